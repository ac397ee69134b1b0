/** What other modules and the composition root may use of sign-in and sessions. */
export { resolveViewer, revokeSessionsOf, type SessionLookup, settleSessionTouches } from './auth.service';
export { hashPassword } from './password';
export { readSessionToken } from './session-cookie';
