/** What other modules may use of the security log: recording an event. */
export { recordSecurityEvent, type SecurityEventDraft } from './security.service';
