import type { BaseRecord } from './base.entity';
import { newId } from './ids';

/** The columns every new record starts with. */
export function newRecord(now: Date): Pick<BaseRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'> {
  return { id: newId(now.getTime()), version: 1, createdAt: now, updatedAt: now };
}
