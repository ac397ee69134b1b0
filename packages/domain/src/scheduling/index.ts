export * from './leave.rules';
export * from './roster.generator';
export * from './roster.rules';
export * from './swap.rules';
export * from './scheduling.i18n';
export * from './scheduling.types';
export * from './shift-time';
export * from './shift-type.rules';
