import { type GraphQLField, type GraphQLObjectType, type GraphQLSchema, getNamedType, isLeafType, isNonNullType, isObjectType } from 'graphql';
import type { DataSource } from 'typeorm';

/** Every field of `type` that needs no argument, and those of the records it points to, `depth` relations deep (connections left out). */
export function selection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((arg) => isNonNullType(arg.type))) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    // A connection (`Customer.complaints`: a page of another list) is one list per record, read on a record's page, not in a list
    if (isObjectType(named) && named.name.endsWith('Page')) return [];
    if (isObjectType(named) && depth > 0) return [`${field.name} { ${selection(named, depth - 1)} }`];
    return [];
  });
  return fields.length ? fields.join(' ') : '__typename';
}

export interface ListQuery {
  list: GraphQLField<unknown, unknown>;
  itemType: GraphQLObjectType;
  /** The query of one record by id that goes with the list (`complaints` → `complaint(id)`), if any. */
  detail: GraphQLField<unknown, unknown> | null;
}

/** The schema's paged lists (`…Page` answers), each with its record type and its detail query. */
export function listQueries(schema: GraphQLSchema): ListQuery[] {
  const fields = (schema.getQueryType() as GraphQLObjectType).getFields();
  return Object.values(fields).flatMap((list) => {
    const page = getNamedType(list.type);
    if (!isObjectType(page) || !page.name.endsWith('Page')) return [];
    const itemType = getNamedType(page.getFields().items.type) as GraphQLObjectType;
    const detail = fields[list.name.replace(/ies$/, 'y').replace(/s$/, '')];
    return [{ list, itemType, detail: detail?.args.length === 1 && detail.args[0].name === 'id' ? detail : null }];
  });
}

/** A valid input of each create the budgets measure, on the demo data (each may run once per database: codes and usernames are unique). */
export async function createInputs(dataSource: DataSource): Promise<Record<string, Record<string, unknown>>> {
  const first = async (table: string) => (await dataSource.query(`SELECT id FROM ${table} ORDER BY id LIMIT 1`))[0].id as string;
  const customerId = await first('customer');
  return {
    createCustomer: { kind: 'COMPANY', name: '预算测试有限公司', phone: '13800138000' },
    createContact: { customerId, name: '预算联系人', phone: '13900139000' },
    createInteraction: { customerId, channel: 'PHONE', direction: 'INBOUND', summary: '咨询保修' },
    createComplaint: { customerId, categoryId: await first('complaint_category'), channel: 'PHONE', severity: 'MEDIUM', emotion: 'CALM', description: '设备异响', customerRequest: '上门检修' },
    createContract: { customerId, number: 'BUDGET-1', title: '维保合同', startDate: '2027-01-01', endDate: '2027-12-31' },
    createPartReplacement: { customerId, partName: '压缩机', quantity: 1 },
    createComplaintCategory: { code: 'BUDGET', nameZh: '预算', nameEn: 'Budget' },
    createHoliday: { date: '2030-10-08', kind: 'HOLIDAY', name: '预算假日' },
    createLeaveRequest: { type: 'PERSONAL', startsAt: '2030-11-20T00:00:00Z', endsAt: '2030-11-20T12:00:00Z', reason: '办事' },
    createStaff: { name: '预算员', username: 'budget1', password: 'Budget-pass-2026', role: 'AGENT' },
    // the latest call of an agent: this month, which the demo's evaluations leave open (within the quota)
    createQualityEvaluation: {
      subjectKind: 'INTERACTION',
      subjectId: (
        await dataSource.query(
          "SELECT i.id FROM interaction i JOIN staff s ON s.id = i.staff_id WHERE s.role = 'AGENT' ORDER BY i.occurred_at DESC, i.id LIMIT 1",
        )
      )[0].id,
      scores: [{ dimension: 'ATTITUDE', score: 8, comment: '态度好' }],
    },
    createScorecardTemplate: {
      name: '预算评分表',
      dimensions: [{ code: 'SERVICE_LANGUAGE', weight: 100, maxScore: 10 }],
      criticalItems: ['RUDE_LANGUAGE'],
      active: false,
    },
    createNotice: { kind: 'OFFER', title: '预算公告', body: '本月优惠' },
    createStandardAnswer: { topic: '预算', question: '怎么退货？', answer: '七天无理由退货' },
  };
}

/** The create mutation `name` with its input as `$i`, answering every field of the new record. */
export function createMutation(schema: GraphQLSchema, name: string): string {
  const field = (schema.getMutationType() as GraphQLObjectType).getFields()[name];
  const inputType = getNamedType(field.args[0].type).name;
  return `mutation($i: ${inputType}!) { ${name}(input: $i) { ${selection(getNamedType(field.type) as GraphQLObjectType, 0)} } }`;
}
