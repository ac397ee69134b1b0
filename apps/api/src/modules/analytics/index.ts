/** What other code may use of analytics: nothing yet; the module is registered in modules/index.ts. */
export { analyticsModule } from './analytics.module';
