import { createServer } from 'node:http';
import { GraphQLID, type GraphQLResolveInfo, GraphQLInputObjectType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import joinMonster from 'join-monster';
import { createPool, escape as sqlLiteral } from 'mysql2/promise';
import type { ServerTotals } from './servers';
import { decodeListCursor } from './workloads';

/**
 * The peer (issue 15): join-monster 4 over the same tables, a hand-written graphql-js schema of the
 * reads the workloads select (the API's names and shapes, so the same query text answers the same
 * bytes), behind a bare node:http server. join-monster compiles each query to SQL joins (batches for
 * the one-to-many lists); it has no mutations, so it has no create. Not part of the product.
 */
export async function startJoinMonster(databaseUrl: string, totals: ServerTotals): Promise<number> {
  const pool = createPool({ uri: databaseUrl, timezone: 'Z', connectionLimit: 10, charset: 'utf8mb4' });
  const dbCall = async (sql: string) => {
    totals.statements += 1;
    const [rows] = await pool.query(sql);
    return rows;
  };
  const schema = benchSchema();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString());
    const result = await graphql({ schema, source: query, variableValues: variables, contextValue: { dbCall } });
    totals.requests += 1;
    const json = `${JSON.stringify(result)}\n`;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

interface Context {
  dbCall: (sql: string) => Promise<unknown>;
  page?: { limit?: number; offset?: number; after?: string };
}

const iso = (field: string) => ({ type: GraphQLString, extensions: { joinMonster: { sqlColumn: field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) } }, resolve: (row: Record<string, Date | null>) => row[field]?.toISOString() ?? null });
const column = (type: GraphQLScalar, sqlColumn?: string) => ({ type, extensions: { joinMonster: { sqlColumn } } });
type GraphQLScalar = typeof GraphQLString | typeof GraphQLID | GraphQLNonNull<typeof GraphQLString | typeof GraphQLID>;
const joinOn = (from: string, to = 'id') => ({ extensions: { joinMonster: { sqlJoin: (parent: string, child: string) => `${parent}.${from} = ${child}.${to}` } } });

function benchSchema(): GraphQLSchema {
  const Staff = new GraphQLObjectType({ name: 'Staff', extensions: { joinMonster: { sqlTable: 'staff', uniqueKey: 'id' } }, fields: { name: column(new GraphQLNonNull(GraphQLString)) } });
  const Contact = new GraphQLObjectType({
    name: 'Contact',
    extensions: { joinMonster: { sqlTable: 'contact', uniqueKey: 'id' } },
    fields: { name: column(new GraphQLNonNull(GraphQLString)), phone: column(GraphQLString) },
  });
  const Customer = new GraphQLObjectType({
    name: 'Customer',
    extensions: { joinMonster: { sqlTable: 'customer', uniqueKey: 'id' } },
    fields: {
      name: column(new GraphQLNonNull(GraphQLString)),
      contacts: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Contact))),
        extensions: {
          joinMonster: {
            sqlBatch: { thisKey: 'customer_id', parentKey: 'id' },
            where: (table: string) => `${table}.archived_at IS NULL`,
            orderBy: { is_primary: 'desc', name: 'asc' },
          },
        },
      },
      owner: { type: Staff, ...joinOn('owner_id') },
    },
  });
  const TimelineEntry = new GraphQLObjectType({
    name: 'ComplaintTimelineEntry',
    extensions: { joinMonster: { sqlTable: 'complaint_timeline_entry', uniqueKey: 'id' } },
    fields: { id: column(new GraphQLNonNull(GraphQLID)), step: column(new GraphQLNonNull(GraphQLString)), at: iso('at'), note: column(GraphQLString), actor: { type: Staff, ...joinOn('actor_id') } },
  });
  const Complaint = new GraphQLObjectType({
    name: 'Complaint',
    extensions: { joinMonster: { sqlTable: 'complaint', uniqueKey: 'id' } },
    fields: {
      id: column(new GraphQLNonNull(GraphQLID)),
      number: column(new GraphQLNonNull(GraphQLString)),
      status: column(new GraphQLNonNull(GraphQLString)),
      description: column(new GraphQLNonNull(GraphQLString)),
      receivedAt: iso('receivedAt'),
      customer: { type: Customer, ...joinOn('customer_id') },
      owner: { type: Staff, ...joinOn('owner_id') },
      timeline: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(TimelineEntry))),
        extensions: { joinMonster: { sqlBatch: { thisKey: 'complaint_id', parentKey: 'id' }, orderBy: { at: 'asc', id: 'asc' } } },
      },
    },
  });
  const Interaction = new GraphQLObjectType({
    name: 'Interaction',
    extensions: { joinMonster: { sqlTable: 'interaction', uniqueKey: 'id' } },
    fields: { id: column(new GraphQLNonNull(GraphQLID)), summary: column(new GraphQLNonNull(GraphQLString)), occurredAt: iso('occurredAt'), customer: { type: Customer, ...joinOn('customer_id') } },
  });
  const PageInput = new GraphQLInputObjectType({ name: 'PageInput', fields: { limit: { type: GraphQLInt }, offset: { type: GraphQLInt }, after: { type: GraphQLString } } });
  /** A page type whose `items` join-monster resolves, its page taken from the parent field's arguments. */
  const pageOf = (item: GraphQLObjectType, order: Record<string, 'desc'>, where: (table: string, ctx: Context) => string | undefined) =>
    new GraphQLObjectType({
      name: `${item.name}Page`,
      fields: {
        items: {
          type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(item))),
          extensions: {
            joinMonster: {
              orderBy: order,
              limit: (_args: unknown, ctx: Context) => ctx.page?.limit ?? 25,
              offset: (_args: unknown, ctx: Context) => ctx.page?.offset ?? 0,
              where: (table: string, _args: unknown, ctx: Context) => where(table, ctx),
              // `offset` is in join-monster 4's code (with `orderBy` and `limit`), not in its typings.
            } as never,
          },
          resolve: (parent: { page: Context['page'] }, _args: unknown, ctx: Context, info: GraphQLResolveInfo) =>
            joinMonster(info, { ...ctx, page: parent.page }, (sql: string) => ctx.dbCall(sql), { dialect: 'mariadb' }),
        },
      },
    });
  const keyset = (table: string, ctx: Context) => {
    if (!ctx.page?.after) return undefined;
    const { receivedAt, id } = decodeListCursor(ctx.page.after);
    const at = sqlLiteral(receivedAt.toISOString().slice(0, 23).replace('T', ' '));
    return `(${table}.received_at < ${at} OR (${table}.received_at = ${at} AND ${table}.id < ${sqlLiteral(id)}))`;
  };
  const query = new GraphQLObjectType({
    name: 'Query',
    fields: {
      complaints: { type: new GraphQLNonNull(pageOf(Complaint, { received_at: 'desc', id: 'desc' }, keyset)), args: { page: { type: PageInput } }, resolve: (_: unknown, args: { page?: Context['page'] }) => ({ page: args.page }) },
      interactions: {
        type: new GraphQLNonNull(pageOf(Interaction, { occurred_at: 'desc', id: 'desc' }, (table) => `${table}.archived_at IS NULL`)),
        args: { page: { type: PageInput } },
        resolve: (_: unknown, args: { page?: Context['page'] }) => ({ page: args.page }),
      },
      complaint: {
        type: Complaint,
        args: { id: { type: new GraphQLNonNull(GraphQLID) } },
        extensions: { joinMonster: { where: (table: string, args: { id: string }) => `${table}.id = ${sqlLiteral(args.id)}` } },
        resolve: (_: unknown, _args: unknown, ctx: Context, info: GraphQLResolveInfo) => joinMonster(info, ctx, (sql: string) => ctx.dbCall(sql), { dialect: 'mariadb' }),
      },
    },
  });
  return new GraphQLSchema({ query });
}
