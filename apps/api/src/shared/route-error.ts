import type { Response } from 'express';
import { AppError, type ErrorCode } from './errors';

const STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };

/**
 * A REST route's error (uploads, downloads) as the GraphQL error body, so the console reads both the
 * same way; `status` overrides the code's; anything unexpected is a bare 500, logged as `failed`.
 */
export function sendRouteError(res: Response, error: unknown, failed: string, status?: number): void {
  if (error instanceof AppError) {
    const code = error.extensions.code as ErrorCode;
    res.status(status ?? STATUS[code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  console.error(failed, error);
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
