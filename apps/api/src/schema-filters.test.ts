import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from './schema-file';

/**
 * One filter vocabulary on every list (decision 0021): `q` for text, `<field>From`/`<field>To` ranges
 * named after an output field of the same type, list-valued enum filters, `mine`/`awaitingMe` as
 * booleans, and a removal date on every deprecated filter field. Lists without text say why.
 */
const WITHOUT_Q: Record<string, string> = {
  LeaveRequestFilter: "the only text is a sick-leave reason, withheld from most viewers: searching it would reveal it",
  RosterFilter: 'a month of a team: no text',
  MonthlyReportFilter: 'a month of a team or the department: found by month, team and status; the commentary is read in its report',
  AttendanceRecordFilter: 'times and people: no text',
  AttendanceViolationFilter: 'the only text is a leader’s note about a person: searched by month, person and kind instead',
  ShiftFilter: 'no text of its own',
  ShiftAssignmentFilter: 'no text',
  ShiftSwapRequestFilter: "the reason is the requester's note to two leaders, not a thing people look for",
  CustomerAssignmentFilter: 'the reason is a short audit note, not a thing people look for',
  MonthlyAssessmentFilter: 'figures per agent and month: no text (the adjustment reason is a manager’s note, not a thing people look for)',
  SecurityEventFilter: '`username` and `ip` name what is searched; the detail is machine text',
  PendingChangeFilter: 'the held values are a customer phone or a contract amount a viewer may see masked: searching them would reveal them',
};
const SKIPPED = new Set<string>();
/** Enum filters that are thresholds on an ordered scale, not a choice among values. */
const THRESHOLDS: Record<string, string> = {
  'ComplaintFilter.escalated': 'escalated at least to this level (1 shift leader, 2 manager)',
};
const REMOVAL = /removed after \d{4}-\d{2}-\d{2}/;

function vocabularyBreaches(schema: GraphQLSchema): string[] {
  const breaches: string[] = [];
  for (const list of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const filterArg = list.args.find((arg) => arg.name === 'filter');
    const filter = filterArg && getNamedType(filterArg.type);
    const page = getNamedType(list.type);
    if (!filter || !isInputObjectType(filter) || SKIPPED.has(filter.name) || !isObjectType(page)) continue;
    const items = page.getFields().items;
    const record = items && getNamedType(items.type);
    if (!record || !isObjectType(record)) continue;
    const outputs = record.getFields();
    const fields = filter.getFields();
    if (!fields.q && !WITHOUT_Q[filter.name]) breaches.push(`${filter.name}.q is missing (or say why in WITHOUT_Q)`);
    for (const [name, field] of Object.entries(fields)) {
      const path = `${filter.name}.${name}`;
      if (field.deprecationReason) {
        if (!REMOVAL.test(field.deprecationReason)) breaches.push(`${path} is deprecated without "removed after <date>"`);
        continue;
      }
      const named = getNamedType(field.type);
      if (name === 'q' && named.name !== 'String') breaches.push(`${path} is not a String`);
      if ((name === 'mine' || name === 'awaitingMe') && named.name !== 'Boolean') breaches.push(`${path} is not a Boolean`);
      if (isEnumType(named) && !THRESHOLDS[path] && !(isListType(field.type) && isNonNullType(field.type.ofType))) breaches.push(`${path} is not a list [${named.name}!]`);
      const range = /^(\w+?)(From|To)$/.exec(name);
      if (range) {
        const output = outputs[range[1]];
        if (!output) breaches.push(`${path} is not named after a field of ${record.name} (${range[1]} is none)`);
        else if (getNamedType(output.type).name !== named.name) breaches.push(`${path} is a ${named.name}, ${record.name}.${range[1]} a ${getNamedType(output.type).name}`);
      }
    }
  }
  return breaches;
}

describe('filters in schema.graphql', () => {
  it('speak one vocabulary', () => {
    expect(vocabularyBreaches(buildSchema(readFileSync(SCHEMA_FILE, 'utf8'))), 'see docs/decisions/0021-filter-vocabulary-and-workflow-actions.md').toEqual([]);
  });

  it('names each breach', () => {
    const schema = buildSchema(`
      type Query { xs(filter: XFilter): XPage! }
      type XPage { items: [X!]! }
      type X { at: String, kind: K }
      enum K { A }
      input XFilter { atFrom: String, whenTo: String, kind: K, mine: String, old: Int @deprecated(reason: "use new") }`);
    expect(vocabularyBreaches(schema)).toEqual([
      'XFilter.q is missing (or say why in WITHOUT_Q)',
      'XFilter.whenTo is not named after a field of X (when is none)',
      'XFilter.kind is not a list [K!]',
      'XFilter.mine is not a Boolean',
      'XFilter.old is deprecated without "removed after <date>"',
    ]);
  });
});
