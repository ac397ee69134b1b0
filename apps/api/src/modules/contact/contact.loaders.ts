import DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { Contact } from './contact.entity';

export const contactLoaders = defineLoaders(({ dataSource }) => ({
  contactById: byIdLoader(dataSource, Contact),
  /** A page's customers' current contacts in one query, the primary one first. */
  contactsByCustomerId: new DataLoader<string, Contact[]>(async (customerIds) => {
    const contacts = await dataSource.getRepository(Contact).find({
      where: { customerId: In([...customerIds]), archivedAt: IsNull() },
      order: { isPrimary: 'DESC', name: 'ASC' },
    });
    return customerIds.map((id) => contacts.filter((contact) => contact.customerId === id));
  }),
}));
