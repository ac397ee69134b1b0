export * from './report.figures';
export * from './report.i18n';
export * from './report.machine';
export * from './report.types';
export * from './report.daily';
export * from './home-screen';
export * from './monthly-report';
export * from './monthly-report.i18n';
