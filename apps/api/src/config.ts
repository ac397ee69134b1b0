import { z } from 'zod';

const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true');

/** `scheme://host[:port]`, as browsers send it in `Origin`. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^(mysql|mariadb):\/\/[^/]+(\/[A-Za-z0-9_$-]*)?(\?.*)?$/, 'must look like mysql://user:password@host:3306/database (or mariadb://…)')
    .optional(),
  SQLITE_PATH: z.string().min(1).default('data/sanxin.sqlite'),
  TZ_BUSINESS: z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai').default('Asia/Shanghai'),
  SANXIN_DEMO: booleanFlag.optional(),
  ADMIN_DIST: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  NODE_ENV: z.string().default('development'),
  SANXIN_TEST_NOW: z.iso.datetime({ offset: true }).optional(),
  ESCALATION_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(60),
  DB_CAUSAL_READS: z.enum(['auto', 'on', 'off']).default('auto'),
  HOLIDAYS_DIR: z.string().min(1).optional(),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  CORS_ORIGINS: z
    .string()
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean))
    .refine((origins) => origins.every((origin) => ORIGIN.test(origin)), 'must be a comma-separated list of origins such as https://app.example.com')
    .default([]),
  TRUST_PROXY: z
    .string()
    .regex(/^\s*[\w.:/]+(\s*,\s*[\w.:/]+)*\s*$/, 'must list proxies as addresses, subnets or loopback/linklocal/uniquelocal, comma-separated')
    .optional(),
  FILES_DIR: z.string().min(1).default('data/files'),
  S3_URL: z
    .url()
    .regex(/^https?:\/\/[^:@/]+:[^@/]+@[^/]+\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/?$/, 'must look like http://key:secret@host:9000/bucket')
    .optional(),
});

export interface Config {
  port: number;
  database: { type: 'mysql'; url: string } | { type: 'sqlite'; path: string };
  businessTimeZone: string;
  /** Demo mode seeds demo data and demo accounts; on by default only for the embedded database outside production. */
  demo: boolean;
  adminDist?: string;
  session: { idleMinutes: number; absoluteHours: number };
  production: boolean;
  /** Tests only: the whole process runs on a clock that starts at this instant. */
  testNow?: Date;
  /** How often this process runs the escalation sweep. */
  escalationIntervalSeconds: number;
  /** Session reads wait for the cluster (Galera `wsrep_sync_wait`): `auto` does so when the server is a Galera node. */
  causalReads: 'auto' | 'on' | 'off';
  /** A folder of `<year>.json` official schedules for years the chinese-days package does not have yet. */
  holidaysDir?: string;
  /** On SIGTERM/SIGINT, how long open requests may take to finish before the process exits anyway. */
  shutdownGraceSeconds: number;
  /** MySQL/MariaDB: a statement, or a wait for a pooled connection, gives up after this long (db/database-timeouts). */
  statementTimeoutMs: number;
  /** Origins of web apps served elsewhere that may call /graphql (CORS); empty: the API's own origin only. */
  corsOrigins: string[];
  /**
   * The proxies whose `X-Forwarded-For` names the client (addresses, subnets, or Express's `loopback`,
   * `linklocal`, `uniquelocal`); none when unset, so a client cannot pick the IP the login lock counts.
   */
  trustProxy: string[];
  /** Where attachments are stored: a folder on local disk, or an S3-compatible bucket when `s3Url` is set. */
  files: { dir: string; s3Url?: string };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  if (values.SANXIN_TEST_NOW && values.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration:\n  SANXIN_TEST_NOW: tests only; it cannot be set with NODE_ENV=production');
  }
  const database = values.DATABASE_URL
    ? ({ type: 'mysql', url: values.DATABASE_URL } as const)
    : ({ type: 'sqlite', path: values.SQLITE_PATH } as const);
  return {
    port: values.PORT,
    database,
    businessTimeZone: values.TZ_BUSINESS,
    // Never by default in production, whatever the database: the demo accounts' password is public.
    demo: values.SANXIN_DEMO ?? (database.type === 'sqlite' && values.NODE_ENV !== 'production'),
    adminDist: values.ADMIN_DIST,
    session: { idleMinutes: values.SESSION_IDLE_MINUTES, absoluteHours: values.SESSION_ABSOLUTE_HOURS },
    production: values.NODE_ENV === 'production',
    testNow: values.SANXIN_TEST_NOW ? new Date(values.SANXIN_TEST_NOW) : undefined,
    escalationIntervalSeconds: values.ESCALATION_INTERVAL_SECONDS,
    causalReads: values.DB_CAUSAL_READS,
    holidaysDir: values.HOLIDAYS_DIR,
    shutdownGraceSeconds: values.SHUTDOWN_GRACE_SECONDS,
    statementTimeoutMs: values.DB_STATEMENT_TIMEOUT_MS,
    corsOrigins: values.CORS_ORIGINS,
    trustProxy: (values.TRUST_PROXY ?? '')
      .split(',')
      .map((proxy) => proxy.trim())
      .filter(Boolean),
    files: { dir: values.FILES_DIR, s3Url: values.S3_URL },
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
