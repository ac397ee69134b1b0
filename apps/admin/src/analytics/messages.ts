import type { MessageTree } from '../i18n/folderMessages';
export const analyticsMessages = { app: { analytics: { title: '统计分析' } } } satisfies MessageTree;
