export * from './quality.assessment';
export * from './quality.i18n';
export * from './quality.machine';
export * from './quality.policy';
export * from './quality.sampling';
export * from './quality.scorecard';
export * from './quality.types';
