/** What other modules may use of the roster. */
export { findLeaderOnDuty } from './on-duty.service';
