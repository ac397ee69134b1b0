import type { Widen } from '../i18n/folderMessages';
import type { analyticsMessages } from './messages';
export const analyticsMessagesEn: Widen<typeof analyticsMessages> = { app: { analytics: { title: 'Analytics' } } };
