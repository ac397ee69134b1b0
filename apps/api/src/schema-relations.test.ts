import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from './schema-file';

/**
 * Every id field of a record has its object beside it (`customerId` and `customer`, `vacatedShiftIds`
 * and `vacatedShifts`), resolved through a loader, so a client never assembles a second query from
 * ids. The exceptions say why.
 */
const EXEMPT: Record<string, string> = {
  'Attachment.ownerId': 'points to a complaint, interaction, part replacement or contract, as ownerType says',
  'FollowUp.sourceId': 'points to the complaint, part replacement, contract, assignment, customer or call list its trigger names',
  'CustomerDuplicate.customerId': 'a warning while a form is filled: it says why, never the other customer (no personal data)',
  'PushNotice.complaintId': 'a push event: the client refetches what it shows',
  'PendingChange.recordId': 'points to the customer or contract its entity names: `customer` and `contract` are beside it',
  'QualityEvaluation.subjectId': 'points to an interaction, complaint or follow-up attempt, as subjectKind says',
  'CalibrationSession.subjectId': 'points to an interaction, complaint or follow-up attempt, as subjectKind says',
  'QualityLowItem.evaluationId': 'a summary line: the evaluation opens through qualityEvaluation(id), which checks who may read it',
  'TrainingSession.planId': 'a session is read from its plan (TrainingPlan.sessions)',
  'TrainingResult.sessionId': 'a result is read from its session (TrainingSession.results)',
};

function idFieldsWithoutObject(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType()) continue;
    const fields = type.getFields();
    for (const [name, field] of Object.entries(fields)) {
      const base = /^(\w+)Ids?$/.exec(name)?.[1];
      if (!base || getNamedType(field.type).name !== 'ID') continue;
      const object = name.endsWith('Ids') ? `${base}s` : base;
      if (!fields[object] && !EXEMPT[`${type.name}.${name}`]) missing.push(`${type.name}.${name} (add ${type.name}.${object})`);
    }
  }
  return missing;
}

describe('id fields in schema.graphql', () => {
  it('each have their object beside them', () => {
    expect(idFieldsWithoutObject(buildSchema(readFileSync(SCHEMA_FILE, 'utf8'))), 'add a field resolver through a loader (see *-relations.resolver.ts)').toEqual([]);
  });

  it('names each id field without its object', () => {
    const schema = buildSchema('type Query { a: A } type A { id: ID!, teamId: ID, team: Int, staffIds: [ID!], shiftId: ID! }');
    expect(idFieldsWithoutObject(schema)).toEqual(['A.staffIds (add A.staffs)', 'A.shiftId (add A.shift)']);
  });
});
