export * from './call-list.rules';
export * from './call-list.types';
