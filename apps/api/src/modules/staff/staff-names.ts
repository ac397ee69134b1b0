import { type DataSource, In } from 'typeorm';
import { Staff } from './staff.entity';

/** Names of the given staff members in one query (an export writes owners by name, not one query per row). */
export async function staffNamesByIds(dataSource: DataSource, ids: ReadonlyArray<string | null>): Promise<ReadonlyMap<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id != null))];
  if (!unique.length) return new Map();
  const staff = await dataSource.getRepository(Staff).find({ where: { id: In(unique) }, select: { id: true, name: true } });
  return new Map(staff.map((s) => [s.id, s.name]));
}
