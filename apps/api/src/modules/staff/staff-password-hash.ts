import type { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { Staff } from './staff.entity';

/**
 * Staff with their `password_hash`, which no other read selects (the column is `select: false`): for
 * sign-in and password checks only, so a list, a loader or a detail never carries the hash around.
 */
export function findStaffWithPasswordHash(db: DataSource | EntityManager, where: FindOptionsWhere<Staff>): Promise<Staff[]> {
  return db.getRepository(Staff).createQueryBuilder('staff').addSelect('staff.passwordHash').where(where).getMany();
}
