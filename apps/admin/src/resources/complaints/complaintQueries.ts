import { selectionFor } from '../../providers/buildQuery';
import { documentOf, type OperationRecord, type Run, type SchemaOf } from '../../providers/operations';

/** The lists buildQuery leaves out, each selected as buildQuery selects its type. */
export interface ComplaintDetail {
  id: string;
  timeline: OperationRecord[];
  tasks: OperationRecord[];
  proposals: OperationRecord[];
  escalations: OperationRecord[];
}

export interface ComplaintInbox {
  approvals: OperationRecord[];
  escalations: (OperationRecord & { complaint: OperationRecord | null })[];
  urged: OperationRecord[];
  /** 转交: complaints transferred to me, until I take a step on them. */
  reassigned: OperationRecord[];
}

const INBOX_PAGE = 100;

const DETAIL_LISTS = { timeline: 'ComplaintTimelineEntry', tasks: 'ComplaintTask', proposals: 'ComplaintProposal', escalations: 'ComplaintEscalation' } as const;

export interface ComplaintMethods {
  /** 投诉处理记录: a complaint's timeline, department tasks, proposals and escalations. */
  complaintDetail(id: string): Promise<ComplaintDetail | null>;
  /** 我的待办: approvals waiting, complaints escalated or handed up to me, complaints transferred to me, my urged complaints. */
  myInbox(): Promise<ComplaintInbox>;
}

export function complaintMethods(run: Run, schemaOf: SchemaOf): ComplaintMethods {
  return {
    complaintDetail: async (id) => {
      const schema = await schemaOf();
      const lists = Object.entries(DETAIL_LISTS).map(([list, type]) => `${list} { ${selectionFor(schema, type)} }`);
      const query = documentOf(`query complaintDetail($id: ID!) { complaint(id: $id) { id ${lists.join(' ')} } }`);
      return (await run<{ complaint: ComplaintDetail | null } | null>('query', query, { id }))?.complaint ?? null;
    },
    myInbox: async () => {
      const schema = await schemaOf();
      const complaint = selectionFor(schema, 'Complaint');
      // Each list is a page ({ items, total, pageInfo }); the inbox shows the first 100 of each.
      const query = documentOf(
        `query myInbox { myInbox { approvals(page: { limit: ${INBOX_PAGE} }) { items { ${complaint} } } urged(page: { limit: ${INBOX_PAGE} }) { items { ${complaint} } } reassigned(page: { limit: ${INBOX_PAGE} }) { items { ${complaint} } } escalations(page: { limit: ${INBOX_PAGE} }) { items { ${selectionFor(schema, 'ComplaintEscalation')} complaint { ${complaint} } } } } }`,
      );
      type Paged = { [K in keyof ComplaintInbox]: { items: ComplaintInbox[K] } };
      const inbox = (await run<{ myInbox: Paged | null } | null>('query', query))?.myInbox;
      return { approvals: inbox?.approvals.items ?? [], escalations: inbox?.escalations.items ?? [], urged: inbox?.urged.items ?? [], reassigned: inbox?.reassigned.items ?? [] };
    },
  };
}
