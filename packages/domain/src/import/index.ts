export * from './import.i18n';
export * from './import.types';
