/** What other modules may use of imports. */
export { ImportJob, ImportJobRow } from './import-job.entity';
export { dryRunImport, runImport } from './import.service';
