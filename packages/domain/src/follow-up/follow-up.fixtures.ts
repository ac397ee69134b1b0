import { defaultSettings } from '../setting/settings';
import { followUpPolicy } from './follow-up.policy';

export { nationalDay2026 as calendar, shanghai } from '../calendar/calendar.fixtures';
export const policy = followUpPolicy(defaultSettings());
