import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { GraphQLError } from 'graphql';
import { currentRequestId } from '../shared/request-id';

/** Why a request was refused before GraphQL saw it, as `extensions.reason` of a BAD_REQUEST answer. */
const BODY_ERRORS: Record<string, { status: number; reason: string; message: string }> = {
  'entity.parse.failed': { status: 400, reason: 'INVALID_JSON', message: 'The request body must be a JSON object' },
  'entity.too.large': { status: 413, reason: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
  'charset.unsupported': { status: 415, reason: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body must be JSON in UTF-8' },
  'encoding.unsupported': { status: 415, reason: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported content encoding' },
  'request.aborted': { status: 400, reason: 'ABORTED', message: 'The request was aborted' },
  'request.size.invalid': { status: 400, reason: 'CONTENT_LENGTH_MISMATCH', message: 'The request body does not match its Content-Length' },
  'stream.encoding.set': { status: 500, reason: 'INTERNAL', message: 'Internal server error' },
};

function sendGraphQLError(req: express.Request, res: express.Response, status: number, message: string, extensions: Record<string, unknown>): void {
  const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  res.status(status).type(`${type}; charset=utf-8`).send(JSON.stringify({ errors: [{ message, extensions }] }));
}

/** An error answered by Express middleware before GraphQL ran (with the request id, as formatError adds it). */
export function sendAppError(req: express.Request, res: express.Response, status: number, error: GraphQLError): void {
  const requestId = currentRequestId();
  sendGraphQLError(req, res, status, error.message, requestId ? { ...error.extensions, requestId } : error.extensions);
}

/**
 * A body that is not JSON, `null`, a bare string, too large, in another charset: answered like any
 * GraphQL error (JSON, a documented code, never Express's HTML page with a stack trace and file paths).
 */
export function graphqlBodyErrors(error: unknown, req: express.Request, res: express.Response, next: express.NextFunction): void {
  const known = BODY_ERRORS[String((error as { type?: string })?.type)];
  if (res.headersSent || !known) {
    next(error);
    return;
  }
  sendGraphQLError(req, res, known.status, known.message, known.status >= 500 ? { code: 'INTERNAL_SERVER_ERROR' } : { code: 'BAD_REQUEST', reason: known.reason });
}

/** The last resort for anything else that reached Express: logged, and answered without its details. */
export function unexpectedErrors(error: unknown, req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  const status = Number((error as { status?: number })?.status);
  if (status >= 400 && status < 500) {
    sendGraphQLError(req, res, status, 'Bad request', { code: 'BAD_REQUEST' });
    return;
  }
  console.error('[http] unexpected error', error);
  sendGraphQLError(req, res, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
}

/** Subscriptions go over graphql-ws (a WebSocket on /graphql): one sent over HTTP is the client's mistake, answered 400. */
export const noSubscriptions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions go over graphql-ws (a WebSocket on /graphql), not HTTP', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      },
    };
  },
};
