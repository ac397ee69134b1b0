export * from './call-script.i18n';
export * from './call-script.rules';
export * from './call-script.types';
