export * from './review.i18n';
export * from './review.rules';
export * from './review.stats';
export * from './review.types';
