/** What the security log records (安全日志): sign-ins, locks, password, role and activation changes, exports. */
export const SECURITY_EVENT_KINDS = ['SIGN_IN', 'SIGN_IN_FAILED', 'LOCKED', 'SIGN_OUT', 'PASSWORD_CHANGED', 'ROLE_CHANGED', 'ACTIVATION_CHANGED', 'EXPORT'] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

export const SECURITY_OUTCOMES = ['SUCCESS', 'FAILURE', 'REFUSED'] as const;
export type SecurityOutcome = (typeof SECURITY_OUTCOMES)[number];
