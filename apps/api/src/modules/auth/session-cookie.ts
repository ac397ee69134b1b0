import type { Context } from '../../graphql/context';

export const SESSION_COOKIE = 'sanxin_session';

/** httpOnly (no script reads it) and SameSite=Lax (no cross-site POST carries it). */
export function setSessionCookie(ctx: Context, token: string, expiresAt: Date): void {
  ctx.res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: ctx.config.production, path: '/', expires: expiresAt });
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
