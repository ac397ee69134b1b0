import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { runWithRequestId } from '../shared/request-id';

/** A client's own id is kept if it is short and made of safe characters (it ends up in logs). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Every response carries `X-Request-Id`: the client's, or a new UUID. The same id is in every error's
 * `extensions.requestId` (graphql/format-error.ts) and in the log line of each API request, so a
 * support ticket quoting it leads to the server's log.
 */
export function requestId(log: (line: string) => void) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const sent = req.headers['x-request-id'];
    const id = typeof sent === 'string' && SAFE_REQUEST_ID.test(sent) ? sent : randomUUID();
    res.setHeader('X-Request-Id', id);
    const path = req.path;
    if (path.startsWith('/graphql')) {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
        log(`[http] ${id} ${req.method} ${path} ${res.statusCode} ${ms} ms`);
      });
    }
    runWithRequestId(id, next);
  };
}
