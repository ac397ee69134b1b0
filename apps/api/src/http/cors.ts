import type { NextFunction, Request, Response } from 'express';

/** Request headers a cross-origin client may send (Bearer tokens, Apollo's CSRF header, request ids, caching). */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
  'idempotency-key',
  'if-none-match',
];
/** Response headers a cross-origin script may read. */
const EXPOSED_HEADERS = ['X-Request-Id', 'Retry-After', 'ETag', 'Idempotent-Replayed'];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the origins of `CORS_ORIGINS` only. Without a list nothing changes: the console is served
 * on the API's own origin and needs none. Credentials are never allowed across origins: a web app on
 * another origin signs in with `login` and sends `Authorization: Bearer <token>`, so the session
 * cookie (SameSite=Lax, httpOnly) and Apollo's CSRF prevention keep protecting cookie sessions.
 * A preflight from an origin outside the list is answered 403 without any `Access-Control-*` header.
 */
export function cors(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    const isPreflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (allowed.size) res.vary('Origin');
    if (!origin || !allowed.has(origin)) {
      if (isPreflight) {
        res.status(403).end();
        return;
      }
      next();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (!isPreflight) {
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
      next();
      return;
    }
    const requestedHeaders = String(req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const requestedMethod = String(req.headers['access-control-request-method']).toUpperCase();
    if (!['GET', 'POST'].includes(requestedMethod) || requestedHeaders.some((h) => !ALLOWED_HEADERS.includes(h))) {
      res.removeHeader('Access-Control-Allow-Origin');
      res.status(403).end();
      return;
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    res.status(204).end();
  };
}
