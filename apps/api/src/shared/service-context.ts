import type { DataSource } from 'typeorm';
import type { Clock } from './clock';
import type { Viewer } from './viewer';

/** What a use case needs from the request: who acts, the database and the time. */
export interface ServiceContext {
  viewer: Viewer;
  dataSource: DataSource;
  clock: Clock;
  /** The client address, for the security log (absent outside a request: jobs, seeds). */
  ip?: string;
}
