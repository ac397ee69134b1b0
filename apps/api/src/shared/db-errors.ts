interface DriverErrorFields {
  code?: string;
  errno?: number;
}

function driverFields(error: unknown): DriverErrorFields {
  const wrapped = error as DriverErrorFields & { driverError?: DriverErrorFields };
  return { code: wrapped?.driverError?.code ?? wrapped?.code, errno: wrapped?.driverError?.errno ?? wrapped?.errno };
}

/** A UNIQUE or PRIMARY KEY violation, on MySQL/MariaDB or SQLite: the loser of an insert race. */
export function isUniqueViolation(error: unknown): boolean {
  const { code } = driverFields(error);
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * The database gave up on this transaction because another one wanted the same rows, and says to
 * try again: 1213 (an InnoDB deadlock, and also how Galera reports a transaction that lost
 * certification against another node's commit) or 1205 (a lock wait timeout). Nothing of the
 * transaction was written.
 */
export function isTransientConflict(error: unknown): boolean {
  const { errno } = driverFields(error);
  return errno === 1213 || errno === 1205;
}

/**
 * Codes of a database that cannot be reached, went away mid-request, or (Galera) is not part of the
 * primary component; or that did not answer in time (db/database-timeouts: the client's statement
 * timeout, no free connection in the pool).
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'ER_SERVER_SHUTDOWN',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'POOL_ACQUIRE_TIMEOUT',
]);
/**
 * 1047: a Galera node that is not ready for application use (it lost the cluster); 1053: the server is
 * shutting down; 1969 (MariaDB max_statement_time) and 3024 (MySQL max_execution_time): the statement ran too long.
 */
const UNAVAILABLE_ERRNOS = new Set([1047, 1053, 1969, 3024]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, errno } = driverFields(error);
  return (code !== undefined && UNAVAILABLE_CODES.has(code)) || (errno !== undefined && UNAVAILABLE_ERRNOS.has(errno));
}
