import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError, getOperationAST, parse } from 'graphql';
import { type DataSource, type EntityManager, LessThan } from 'typeorm';
import { withinRequestTransaction } from '../../db/request-transaction';
import { sendAppError } from '../../graphql/client-errors';
import type { Clock } from '../../shared/clock';
import { badUserInput, contended } from '../../shared/errors';
import { isSqlite } from '../../shared/sql-date';
import { IdempotencyKey } from './idempotency-key.entity';

/** How long a key and its answer are kept (DESIGN §2: a replay within 24 h returns the first result). */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60_000;
/** The body column is TEXT on MySQL: a larger answer (a CSV export) is not kept, and a retry runs again. */
const MAX_KEPT_BYTES = 65_535;

export interface IdempotencyDeps {
  dataSource: DataSource;
  clock: Clock;
  /** The signed-in staff member's id, or null (a key is per staff member; without one it is ignored). */
  staffIdOf(req: Request): Promise<string | null>;
}

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** Raised inside the claim's transaction when another request holds the key: roll back and read its answer. */
const TAKEN = Symbol('idempotency key taken');

/**
 * `Idempotency-Key` on a GraphQL mutation (docs/api/README.md, decision 0016). The first request
 * with a key runs in one transaction that also holds the key's row (staff, key, request hash) and,
 * before it commits, the answer: killed between commit and answer, the process leaves both or
 * neither. A replay of the same request within 24 h gets the stored answer (header
 * `Idempotent-Replayed: true`) and runs nothing; the same key with another request is refused
 * (BAD_USER_INPUT `idempotencyKeyReused`). A second request with a key in flight waits for the
 * first (the row's unique key) and then replays its answer. Answers that did nothing (every root
 * field failed) are not kept, so a retry after an error runs again. Queries ignore the header.
 */
export function idempotentMutations(deps: IdempotencyDeps): RequestHandler {
  return (req, res, next) => {
    const key = req.get('idempotency-key');
    if (key && req.method === 'POST' && isHashOnly(req.body)) {
      // Which operation a bare hash names is known to Apollo only: ask for the text, as for an unknown hash (the client sends it at once).
      sendAppError(req, res, 200, new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }));
      return;
    }
    if (!key || req.method !== 'POST' || !isMutation(req.body)) {
      next();
      return;
    }
    handle(deps, key, req, res, next).catch(next);
  };
}

async function handle(deps: IdempotencyDeps, key: string, req: Request, res: Response, next: NextFunction): Promise<void> {
  const staffId = await deps.staffIdOf(req);
  if (!staffId) {
    next();
    return;
  }
  const { query, operationName, variables } = req.body as GraphQLBody;
  const id = { staffId, keyHash: sha256(key) };
  const requestHash = sha256(canonicalJson({ query, operationName: operationName ?? null, variables: variables ?? {} }));
  // Two rounds: a key taken between our look and our insert is read again once its holder commits.
  for (let round = 0; round < 2; round += 1) {
    const since = new Date(deps.clock.now().getTime() - IDEMPOTENCY_KEY_TTL_MS);
    const stored = await deps.dataSource.getRepository(IdempotencyKey).findOne({ where: id });
    if (stored && stored.createdAt > since) {
      if (stored.requestHash !== requestHash) {
        sendAppError(req, res, 400, badUserInput([{ rule: 'idempotencyKeyReused', params: { header: 'Idempotency-Key' } }]));
        return;
      }
      res.setHeader('Idempotent-Replayed', 'true');
      res.status(stored.status).type(stored.contentType).send(stored.body);
      return;
    }
    const answer = await runClaimed(deps, { ...id, requestHash }, since, req, res, next);
    if (answer === TAKEN) continue;
    answer();
    return;
  }
  sendAppError(req, res, 409, contended());
}

/** Runs the request in a transaction that holds the key; answers with the function that sends its answer once committed. */
async function runClaimed(
  deps: IdempotencyDeps,
  claim: Pick<IdempotencyKey, 'staffId' | 'keyHash' | 'requestHash'>,
  since: Date,
  req: Request,
  res: Response,
  next: NextFunction,
): Promise<typeof TAKEN | (() => void)> {
  const id = { staffId: claim.staffId, keyHash: claim.keyHash };
  const answered = holdAnswer(res);
  let ran = false;
  try {
    const claimed = async (manager: EntityManager) => {
      // The request ran once already: this is the conflict retry of a commit that failed, and it must not run twice.
      if (ran) throw contended();
      await manager.delete(IdempotencyKey, { ...id, createdAt: LessThan(since) });
      if (!(await insertClaim(manager, { ...claim, createdAt: deps.clock.now(), status: 0, contentType: '', body: '' }))) throw TAKEN;
      ran = true;
      const answer = await withinRequestTransaction(manager, () => {
        next();
        return answered.answer;
      });
      if (worthKeeping(answer)) await manager.update(IdempotencyKey, id, answer);
      else await manager.delete(IdempotencyKey, id);
    };
    // READ COMMITTED on MySQL/MariaDB: the request's reads see what others committed meanwhile, as
    // they do unkeyed, one statement at a time (a stale save's CONFLICT names the current version).
    await (isSqlite(deps.dataSource) ? deps.dataSource.transaction(claimed) : deps.dataSource.transaction('READ COMMITTED', claimed));
  } catch (error) {
    if (error === TAKEN) {
      answered.release();
      return TAKEN;
    }
    // Nothing was committed: the request's own answer (if it had one) would claim otherwise.
    return () => {
      answered.release();
      if (ran) sendAppError(req, res, 409, contended());
      else next(error);
    };
  }
  return () => answered.send();
}

/**
 * INSERT IGNORE of the key's row: false when another request holds the key. On MySQL/MariaDB the
 * insert waits for that request's transaction (the unique key's lock), so it sees its outcome.
 */
async function insertClaim(manager: EntityManager, row: IdempotencyKey): Promise<boolean> {
  const [sql, params] = manager.createQueryBuilder().insert().into(IdempotencyKey).values(row).orIgnore().getQueryAndParameters();
  const result = await manager.queryRunner?.query(sql, params, true);
  return result?.affected === 1;
}

/**
 * Keeps Express from sending the answer until the transaction committed: `answer` resolves with what
 * would have been sent; `send()` sends it, `release()` gives the response back untouched.
 */
function holdAnswer(res: Response): { answer: Promise<Answer>; send(): void; release(): void } {
  const end = res.end;
  const write = res.write;
  const chunks: Buffer[] = [];
  let resolve: (answer: Answer) => void = () => undefined;
  const answer = new Promise<Answer>((r) => {
    resolve = r;
  });
  const release = () => {
    res.end = end;
    res.write = write;
  };
  res.write = ((chunk: unknown, encoding?: unknown) => {
    chunks.push(toBuffer(chunk, encoding));
    return true;
  }) as Response['write'];
  res.end = ((chunk?: unknown, encoding?: unknown) => {
    if (chunk !== undefined && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    resolve({ status: res.statusCode, contentType: String(res.getHeader('content-type') ?? 'application/json'), body: Buffer.concat(chunks).toString('utf8') });
    return res;
  }) as Response['end'];
  return {
    answer,
    release,
    send: () => {
      release();
      void answer.then((held) => res.status(held.status).send(held.body));
    },
  };
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

/** An answer in which some root field succeeded did something: kept, so a retry does not do it again. Others are not. */
function worthKeeping(answer: Answer): boolean {
  if (Buffer.byteLength(answer.body) > MAX_KEPT_BYTES || answer.status >= 500) return false;
  try {
    const { data } = JSON.parse(answer.body) as { data?: Record<string, unknown> | null };
    return !!data && Object.values(data).some((value) => value !== null);
  } catch {
    return false;
  }
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** A POST body holding a mutation (a body Apollo will refuse, or a query, is left to Apollo and ignores the key). */
function isMutation(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as GraphQLBody;
  if (typeof query !== 'string') return false;
  try {
    return getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)?.operation === 'mutation';
  } catch {
    return false;
  }
}

/** An automatic persisted query sent as its hash alone. */
function isHashOnly(body: unknown): boolean {
  const { query, extensions } = (body ?? {}) as GraphQLBody & { extensions?: { persistedQuery?: unknown } };
  return query === undefined && !!extensions?.persistedQuery;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with object keys sorted, so the same variables in another key order hash the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
