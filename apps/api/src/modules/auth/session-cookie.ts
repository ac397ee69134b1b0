import type { Context } from '../../graphql/context';

export const SESSION_COOKIE = 'sanxin_session';

/**
 * httpOnly (no script reads it) and SameSite=Lax (no cross-site POST carries it). Its lifetime is
 * a duration (Max-Age), not a date: a browser whose clock differs from the server's keeps it anyway.
 */
export function setSessionCookie(ctx: Context, token: string, expiresAt: Date): void {
  const maxAge = Math.max(0, expiresAt.getTime() - ctx.clock.now().getTime());
  ctx.res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: ctx.config.production, path: '/', maxAge });
}

export function clearSessionCookie(ctx: Context): void {
  ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function readSessionToken(authorization: string | undefined, cookieHeader: string | undefined): string | undefined {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  for (const part of cookieHeader?.split(';') ?? []) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}
