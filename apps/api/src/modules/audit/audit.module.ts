import type { ApiModule } from '../../shared/api-module';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';

/** The audit log: one row per change, and the query that reads it. */
export const auditModule: ApiModule = {
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  loaders: [],
  jobs: [],
};
