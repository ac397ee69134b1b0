import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, IsNull, type ObjectLiteral } from 'typeorm';
import { Contact } from '../modules/contact/contact.entity';
import { Customer } from '../modules/customer/customer.entity';
import { Staff } from '../modules/staff/staff.entity';
import { Team } from '../modules/team/team.entity';

/** Per-request batching: one query per relation and page, whatever the page size. */
export function createLoaders(dataSource: DataSource) {
  return {
    customerById: byId(dataSource, Customer),
    staffById: byId(dataSource, Staff),
    teamById: byId(dataSource, Team),
    contactById: byId(dataSource, Contact),
    contactsByCustomerId: new DataLoader<string, Contact[]>(async (customerIds) => {
      const contacts = await dataSource.getRepository(Contact).find({
        where: { customerId: In([...customerIds]), archivedAt: IsNull() },
        order: { isPrimary: 'DESC', name: 'ASC' },
      });
      return customerIds.map((id) => contacts.filter((contact) => contact.customerId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function byId<E extends ObjectLiteral & { id: string }>(dataSource: DataSource, target: EntityTarget<E>) {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await dataSource.getRepository(target).findBy({ id: In([...ids]) } as never);
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}
