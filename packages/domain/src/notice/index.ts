export * from './notice.i18n';
export * from './notice.machine';
export * from './notice.rules';
export * from './notice.types';
