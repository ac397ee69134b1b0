import { parse } from 'graphql';
import { connect, type SanxinConnection } from './client';
import { apiErrorsOf, type CatalogEntry, renderError } from './errors';
import { COMPLAINTS, CUSTOMERS, ERROR_CATALOG, LOGIN, MY_INBOX_CHANGED, REASSIGN_COMPLAINT } from './operations';

export interface ExampleOptions {
  /** The GraphQL endpoint, e.g. http://localhost:3000/graphql. */
  url: string;
  /** An agent, who listens to their inbox, and a shift leader, who transfers (转交) a complaint to them. */
  agent?: string;
  leader?: string;
  /** The password of both (the demo accounts'). */
  password?: string;
  log?: (line: string) => void;
}

export interface ExampleReport {
  forward: string[];
  backward: string[];
  /** The same customers in one page of the size of all pages together. */
  expected: string[];
  push: { complaintId: string; kind: string; elapsedMs: number };
  /** What a person sees for each code the run provoked (its first occurrence), in zh-CN and in en. */
  provoked: Record<string, { zhCN: string; en: string }>;
  /** Every code of the catalog rendered from `{ extensions: { code } }` alone. */
  catalog: Record<string, { zhCN: string; en: string }>;
}

const PAGE = 4;

/** Signs in (the token, for `Authorization: Bearer`). */
export async function signIn(anonymous: SanxinConnection, username: string, password: string): Promise<{ token: string; staff: { id: string } }> {
  const { data } = await anonymous.apollo.mutate({ mutation: LOGIN, variables: { username, password } });
  if (!data) throw new Error(`no answer to the sign-in of ${username}`);
  return data.login;
}

/** The error an operation failed with, as the client sees it (the operation must fail). */
async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to fail');
}

/**
 * The example: sign in with Bearer tokens, page forward and backward through `customers` with
 * `fetchMore` and the @sanxin/client cache policies, hear a transfer (转交) reach the agent's inbox over
 * graphql-ws, and render errors from `extensions` with the `errorCatalog` messages.
 */
export async function runExample(options: ExampleOptions): Promise<ExampleReport> {
  const { url, agent = 'agent', leader = 'leader', password = 'sanxin-demo', log = () => undefined } = options;
  const anonymous = connect(url, null);
  const connections: SanxinConnection[] = [anonymous];
  try {
    const catalog: CatalogEntry[] = (await anonymous.apollo.query({ query: ERROR_CATALOG })).data?.errorCatalog ?? [];
    const render = (error: unknown) => {
      const [first] = apiErrorsOf(error);
      if (!first) throw error;
      return { code: String(first.extensions?.code), zhCN: renderError(first, catalog, 'zh-CN'), en: renderError(first, catalog, 'en') };
    };
    const provoked: ExampleReport['provoked'] = {};
    const note = (error: unknown) => {
      const rendered = render(error);
      provoked[rendered.code] ??= { zhCN: rendered.zhCN, en: rendered.en };
      log(`  ${rendered.zhCN}\n  ${rendered.en}`);
      return rendered.code;
    };

    log('1. No token: the list is refused');
    note(await failure(() => anonymous.apollo.query({ query: CUSTOMERS, variables: { page: { limit: PAGE } } })));

    log(`2. Sign in as ${agent} and ${leader} (Bearer tokens)`);
    const agentSession = await signIn(anonymous, agent, password);
    const agentConnection = connect(url, agentSession.token);
    const leaderConnection = connect(url, (await signIn(anonymous, leader, password)).token);
    connections.push(agentConnection, leaderConnection);

    log('3. Customers, forward: three pages with fetchMore({ after: endCursor }), appended by the cache');
    const forwardQuery = agentConnection.apollo.watchQuery({ query: CUSTOMERS, variables: { page: { limit: PAGE } } });
    const watching = forwardQuery.subscribe(() => undefined);
    let list = (await forwardQuery.refetch()).data?.customers;
    for (let i = 0; i < 2 && list; i++) {
      await forwardQuery.fetchMore({ variables: { page: { limit: PAGE, after: list.pageInfo.endCursor } } });
      // The cached list, as the watched query now sees it: the pages merged by @sanxin/client.
      list = agentConnection.apollo.readQuery({ query: CUSTOMERS, variables: forwardQuery.variables })?.customers;
    }
    watching.unsubscribe();
    const forward = list?.items.map((c) => c.name) ?? [];
    log(`   ${forward.join(', ')}`);
    const endCursor = list?.pageInfo.endCursor ?? null;

    log('4. Backward: the last page again in a fresh cache, then fetchMore({ before: startCursor }), prepended');
    const fresh = connect(url, (await signIn(anonymous, agent, password)).token);
    connections.push(fresh);
    const all = await fresh.apollo.query({ query: CUSTOMERS, variables: { page: { limit: 3 * PAGE } }, fetchPolicy: 'network-only' });
    const expected = all.data?.customers.items.map((c) => c.name) ?? [];
    const lastStart = all.data?.customers.items[2 * PAGE] ? await cursorBefore(fresh, 2 * PAGE) : null;
    const backwardQuery = fresh.apollo.watchQuery({ query: CUSTOMERS, variables: { page: { limit: PAGE, after: lastStart } } });
    const watchingBack = backwardQuery.subscribe(() => undefined);
    let back = (await backwardQuery.refetch()).data?.customers;
    for (let i = 0; i < 2 && back?.pageInfo.hasPreviousPage; i++) {
      await backwardQuery.fetchMore({ variables: { page: { limit: PAGE, before: back.pageInfo.startCursor } } });
      back = fresh.apollo.readQuery({ query: CUSTOMERS, variables: backwardQuery.variables })?.customers;
    }
    watchingBack.unsubscribe();
    const backward = back?.items.map((c) => c.name) ?? [];
    log(`   ${backward.join(', ')}`);

    log('5. A cursor together with an offset is refused');
    note(await failure(() => agentConnection.apollo.query({ query: CUSTOMERS, variables: { page: { offset: PAGE, after: endCursor } }, fetchPolicy: 'network-only' })));

    log(`6. Push: ${agent} listens to myInboxChanged; ${leader} transfers (转交) a complaint to ${agent}`);
    const open = (await leaderConnection.apollo.query({ query: COMPLAINTS, variables: { filter: { open: true } }, fetchPolicy: 'network-only' })).data;
    const complaint = open?.complaints.items.find((c) => c.ownerId !== agentSession.staff.id);
    if (!complaint) throw new Error(`no open complaint of someone other than ${agent}`);
    const transfer = (variables: { id?: string; version?: number; handlerId?: string; reason?: string }, connection = leaderConnection) =>
      connection.apollo.mutate({
        mutation: REASSIGN_COMPLAINT,
        variables: { id: complaint.id, version: complaint.version, handlerId: agentSession.staff.id, reason: '客户要求换一位专员跟进', ...variables },
      });

    log('   first, errors a person may meet on the way, rendered from extensions alone:');
    note(await failure(() => transfer({ version: complaint.version + 7 }))); // someone saved first: CONFLICT
    note(await failure(() => transfer({ handlerId: complaint.ownerId }))); // the owner already: BAD_USER_INPUT
    note(await failure(() => transfer({}, agentConnection))); // agents may not transfer: FORBIDDEN
    note(await failure(() => transfer({ id: '01JZZZZZZZZZZZZZZZZZZZZZZZ' }))); // NOT_FOUND
    const closed = (await leaderConnection.apollo.query({ query: COMPLAINTS, variables: { filter: { status: ['CLOSED'] } }, fetchPolicy: 'network-only' })).data;
    const done = closed?.complaints.items[0];
    if (done) note(await failure(() => transfer({ id: done.id, version: done.version }))); // closed: RULE_VIOLATION
    note(await failure(() => agentConnection.apollo.query({ query: parse('query ExampleNoSuchField { noSuchField }') }))); // GRAPHQL_VALIDATION_FAILED (built with parse(): codegen would refuse it)

    const heard = new Promise<{ kind: string; complaintId: string | null }>((resolve, reject) => {
      const subscription = agentConnection.apollo.subscribe({ query: MY_INBOX_CHANGED }).subscribe({
        next: (result) => {
          if (result.error) return reject(result.error);
          const event = result.data?.myInboxChanged;
          if (event?.complaintId !== complaint.id) return;
          subscription.unsubscribe();
          resolve(event);
        },
        error: reject,
      });
    });
    await listening(agentConnection);
    const started = Date.now();
    await transfer({});
    const event = await heard;
    const push = { complaintId: complaint.id, kind: event.kind, elapsedMs: Date.now() - started };
    log(`   ${agent} heard ${event.kind} for ${complaint.number} ${push.elapsedMs} ms after the transfer`);

    const rendered: ExampleReport['catalog'] = {};
    for (const entry of catalog) {
      rendered[entry.code] = { zhCN: renderError({ extensions: { code: entry.code } }, catalog, 'zh-CN'), en: renderError({ extensions: { code: entry.code } }, catalog, 'en') };
    }
    log(`7. The catalog: ${catalog.length} codes rendered in zh-CN and en`);
    return { forward, backward, expected, push, provoked, catalog: rendered };
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
}

/** The endCursor after the first `count` customers: where the last page of the run starts. */
async function cursorBefore(connection: SanxinConnection, count: number): Promise<string | null> {
  const { data } = await connection.apollo.query({ query: CUSTOMERS, variables: { page: { limit: count } }, fetchPolicy: 'network-only' });
  return data?.customers.pageInfo.endCursor ?? null;
}

/** graphql-ws acknowledges the connection before the server starts listening: wait for the ack, then a moment. */
async function listening(connection: SanxinConnection): Promise<void> {
  const socket = connection.socket;
  if (!socket) return;
  await new Promise<void>((resolve) => {
    const off = socket.on('connected', () => {
      off();
      resolve();
    });
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
}
