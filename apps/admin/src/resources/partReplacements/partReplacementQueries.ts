import { selectionFor } from '../../providers/buildQuery';
import { documentOf, type OperationRecord, type Run, type SchemaOf } from '../../providers/operations';

export interface PartReplacementMethods {
  /** 换件处理记录: the timeline of one part replacement, oldest first. */
  partReplacementSteps(id: string): Promise<OperationRecord[]>;
}

export function partReplacementMethods(run: Run, schemaOf: SchemaOf): PartReplacementMethods {
  return {
    partReplacementSteps: async (id) => {
      const query = documentOf(`query partReplacementSteps($id: ID!) { partReplacement(id: $id) { id steps { ${selectionFor(await schemaOf(), 'PartReplacementStep')} } } }`);
      const data = await run<{ partReplacement: { steps: OperationRecord[] } | null } | null>('query', query, { id });
      return data?.partReplacement?.steps ?? [];
    },
  };
}
