import { type GraphQLObjectType, type GraphQLSchema, getNamedType, isNonNullType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './db/seed/demo-data';
import { seedDemoData } from './db/seed/seed-demo';
import { getSchema } from './graphql/schema';
import { modules } from './modules';
import { createInputs, createMutation, listQueries, selection } from './test/schema-walk';
import { startTestApp, type TestApp } from './test/test-app';

/**
 * Column budget: outside sign-in and password changes no statement reads `password_hash`, and
 * outside the customer search none reads `search_text`. Every query of the schema runs as each
 * role on the demo data, lists first, then the detail of a record each list returned, selecting
 * every field two relations deep; the SQL of each request is checked.
 */
const DEMO_ACCOUNTS = ['admin', 'director', 'manager', 'leader', 'qa', 'agent'];
const SECRET_COLUMNS = /password_hash|search_text/i;

describe('column budget: no password hash or search text outside the code that needs them', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.dataSource, t.clock.now());
    schema = await getSchema(modules);
    for (const username of DEMO_ACCOUNTS) {
      t.stats.length = 0;
      const login = await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { username, password: DEMO_PASSWORD } });
      tokens[username] = login.data?.login.token;
      // The control: sign-in is the one path that reads the hash, and the captured SQL shows it.
      expect(t.stats.flatMap((s) => s.sql ?? []).some((sql) => /password_hash/.test(sql))).toBe(true);
    }
  }, 120_000);
  afterAll(() => t.close());

  async function secretReads(query: string, token: string, variables?: Record<string, unknown>) {
    t.stats.length = 0;
    const result = await t.gql(query, variables, token);
    const leaks = t.stats.flatMap((s) => s.sql ?? []).filter((sql) => /^\s*SELECT/i.test(sql) && SECRET_COLUMNS.test(sql.replace(/WHERE[\s\S]*$/i, '')));
    return { result, leaks };
  }

  it.each(DEMO_ACCOUNTS)('as %s, no list, detail or other read selects them', async (username) => {
    const leaks: Array<{ field: string; sql: string }> = [];
    let answered = 0;
    for (const { list, itemType, detail } of listQueries(schema)) {
      const { result, leaks: found } = await secretReads(`{ ${list.name} { total items { ${selection(itemType, 2)} } } }`, tokens[username]);
      leaks.push(...found.map((sql) => ({ field: list.name, sql })));
      const first = result.data?.[list.name]?.items?.[0];
      if (!first) continue;
      answered += 1;
      if (detail) {
        const { leaks: inDetail } = await secretReads(`query($id: ID!) { ${detail.name}(id: $id) { ${selection(itemType, 2)} } }`, tokens[username], { id: first.id });
        leaks.push(...inDetail.map((sql) => ({ field: detail.name, sql })));
      }
    }
    // The other reads that need no argument (me, myInbox, settings …).
    for (const field of Object.values((schema.getQueryType() as GraphQLObjectType).getFields())) {
      const type = getNamedType(field.type);
      if (field.args.some((arg) => isNonNullType(arg.type)) || !isObjectType(type) || type.name.endsWith('Page')) continue;
      const { leaks: found } = await secretReads(`{ ${field.name} { ${selection(type, 2)} } }`, tokens[username]);
      leaks.push(...found.map((sql) => ({ field: field.name, sql })));
    }
    expect(answered).toBeGreaterThan(3);
    expect(leaks).toEqual([]);
  }, 120_000);

  it('no create reads them either, answering every field of the new record (createStaff hashes, and reads no hash)', async () => {
    const leaks: Array<{ field: string; sql: string }> = [];
    for (const [name, input] of Object.entries(await createInputs(t.dataSource))) {
      // As the first demo account allowed to create it (a leave request is its requester's).
      for (const username of ['admin', 'manager', 'agent']) {
        const { result, leaks: found } = await secretReads(createMutation(schema, name), tokens[username], { i: input });
        if (result.errors?.[0]?.extensions.code === 'FORBIDDEN') continue;
        expect(result.errors, name).toBeUndefined();
        leaks.push(...found.map((sql) => ({ field: name, sql })));
        break;
      }
    }
    expect(leaks).toEqual([]);
  });

  it('the customer search still filters on the search text (in its WHERE)', async () => {
    const { result, leaks } = await secretReads('{ customers(filter: { q: "投诉" }) { items { name } } }', tokens.admin);
    expect(result.data?.customers.items.length).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });
});
