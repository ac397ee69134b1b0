import type { Role } from '@sanxin/domain';
import { type GraphQLInputType, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../modules';
import { startTestApp, type TestApp } from '../test/test-app';
import { getSchema } from './schema';

const HUGE = `${'𠮷'.repeat(3000)}${'x'.repeat(7000)}😀`;

/** A value of the type: only required fields, or every field at its most awkward. */
function awkwardValue(type: GraphQLInputType, everyField: boolean): unknown {
  if (isNonNullType(type)) return awkwardValue(type.ofType, everyField);
  if (isListType(type)) return [awkwardValue(type.ofType, everyField)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => everyField || isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, awkwardValue(field.type, everyField)]));
  }
  const scalars: Record<string, unknown> = {
    Int: everyField ? 2_147_483_647 : 1,
    Float: 1e308,
    Boolean: true,
    ID: 'no-such-id',
    DateTimeISO: '2026-11-25T02:00:00.000Z',
    LocalDate: '2026-11-25',
    Decimal: '99999999999.99',
  };
  return type.name in scalars ? scalars[type.name] : HUGE;
}

/**
 * Every mutation, for every role, with unknown ids and 10,000-character texts full of 4-byte
 * characters: each answer carries a documented code, never INTERNAL_SERVER_ERROR (a bug or SQL).
 */
describe('bad input on every mutation', () => {
  let t: TestApp;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ['AGENT', 'SHIFT_LEADER', 'DEPT_MANAGER', 'ADMIN'] as Role[]) tokens[role] = (await t.staffWithToken(role)).token;
  });
  afterAll(() => t.close());

  it('answers with a documented error code, never an internal error', async () => {
    const schema = await getSchema(modules);
    const internal: string[] = [];
    let calls = 0;
    for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      if (mutation.name === 'login' || mutation.name === 'logout') continue;
      const declarations = mutation.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
      const args = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const returned = getNamedType(mutation.type);
      const selection = isScalarType(returned) || isEnumType(returned) ? '' : '{ __typename }';
      const query = `mutation${declarations ? `(${declarations})` : ''} { ${mutation.name}${args ? `(${args})` : ''} ${selection} }`;
      for (const everyField of [false, true]) {
        const variables = Object.fromEntries(mutation.args.map((arg) => [arg.name, awkwardValue(arg.type, everyField)]));
        for (const [role, token] of Object.entries(tokens)) {
          const result = await t.gql(query, variables, token);
          calls += 1;
          for (const error of result.errors ?? []) {
            if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') internal.push(`${mutation.name} as ${role}: ${error.message}`);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(300);
    expect(internal).toEqual([]);
  }, 120_000);
});
