import { type EntityManager, IsNull } from 'typeorm';
import { Contact } from '../contact/contact.entity';
import { Customer } from './customer.entity';

const SEARCH_TEXT_MAX = 1000;

/**
 * The text `q` searches with LIKE '%…%': works the same on MySQL, MariaDB (no ngram parser) and
 * SQLite, and finds any Chinese substring. Phone numbers are kept as bare digits so "1381234" finds
 * "138-1234-…". See docs/decisions/0003-customer-search.md.
 */
export function buildSearchText(customer: Pick<Customer, 'name' | 'company' | 'phone' | 'email'>, contacts: Array<Pick<Contact, 'name' | 'phone'>>): string {
  const parts = [customer.name, customer.company, digits(customer.phone), customer.email, ...contacts.flatMap((c) => [c.name, digits(c.phone)])];
  return Array.from(parts.filter(Boolean).join(' ').toLowerCase()).slice(0, SEARCH_TEXT_MAX).join('');
}

export async function refreshSearchText(manager: EntityManager, customerId: string): Promise<void> {
  const customer = await manager.findOneByOrFail(Customer, { id: customerId });
  const contacts = await manager.find(Contact, { where: { customerId, archivedAt: IsNull() }, select: { name: true, phone: true } });
  await manager.update(Customer, { id: customerId }, { searchText: buildSearchText(customer, contacts) });
}

function digits(phone: string | null | undefined): string | null {
  return phone ? phone.replace(/\D/g, '') : null;
}
