export * from './calendar.rules';
export * from './calendar.types';
export * from './local-time';
export * from './holiday-schedule';
