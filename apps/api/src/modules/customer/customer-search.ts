import { canSeePii } from '@sanxin/domain';
import { type EntityManager, IsNull, type SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../../shared/like';
import type { Viewer } from '../../shared/viewer';
import { Contact } from '../contact';
import { CustomerSearchGram } from './customer-search-gram.entity';
import { Customer } from './customer.entity';

const SEARCH_TEXT_MAX = 1000;
/** Below this many customers for its rarest gram, a query looks them up instead of scanning. */
export const RARE_GRAM_LIMIT = 5000;

/**
 * The text `q` searches: name, company, email, contact names and phone digits, lower-cased.
 * See docs/decisions/0003-customer-search.md.
 */
export function buildSearchText(customer: Pick<Customer, 'name' | 'company' | 'phone' | 'email'>, contacts: Array<Pick<Contact, 'name' | 'phone'>>): string {
  const parts = [customer.name, customer.company, digits(customer.phone), customer.email, ...contacts.flatMap((c) => [c.name, digits(c.phone)])];
  return Array.from(parts.filter(Boolean).join(' ').toLowerCase()).slice(0, SEARCH_TEXT_MAX).join('');
}

/**
 * Every distinct pair of neighbouring characters within a word (4-byte characters count as one),
 * as hex of its UTF-8 bytes: utf8mb4_*_ci collations treat all 4-byte characters as equal.
 */
export function gramsOf(text: string): string[] {
  const grams = new Set<string>();
  for (const word of text.split(/\s+/)) {
    const chars = Array.from(word);
    for (let i = 0; i + 1 < chars.length; i += 1) grams.add(Buffer.from(chars[i] + chars[i + 1]).toString('hex'));
  }
  return [...grams];
}

/** A query made only of a phone number is matched on its digits, as phones are stored that way. */
export function searchTerm(q: string): string {
  const term = q.trim().toLowerCase();
  return /^[\d\s()+-]+$/.test(term) ? term.replace(/\D/g, '') : term;
}

/** The words of `q`, each of which must match: a query made only of a phone number is one word, its digits. */
export function searchWords(q: string): string[] {
  return searchTerm(q).split(/\s+/).filter(Boolean);
}

/**
 * Adds `q` to a customers query: every word must match (`东莞 机械` finds 东莞 customers in machinery). Rare terms go through the gram index (fast whatever the table size);
 * common terms scan along the sort index, which finds a page of matches in the first rows.
 * Either way `search_text LIKE` decides, so the result is exact.
 */
export async function whereSearchMatches(
  manager: EntityManager,
  query: SelectQueryBuilder<Customer>,
  q: string,
  viewer: Viewer,
  rareGramLimit = RARE_GRAM_LIMIT,
): Promise<void> {
  const words = searchWords(q);
  for (const [index, word] of words.entries()) {
    const param = `q${index}`;
    query.andWhere(`customer.searchText LIKE :${param} ESCAPE '!'`, { [param]: containsPattern(word) });
    whereMatchIsVisible(query, viewer, param);
  }
  const grams = gramsOf(words.join(' '));
  if (grams.length === 0) return;
  const counts: Array<{ gram: string; n: number | string }> = await manager
    .createQueryBuilder(CustomerSearchGram, 'g')
    .select('g.gram', 'gram')
    .addSelect('COUNT(*)', 'n')
    .where('g.gram IN (:...grams)', { grams })
    .groupBy('g.gram')
    .getRawMany();
  if (counts.length < grams.length) {
    query.andWhere('1 = 0');
    return;
  }
  const rarest = counts.reduce((a, b) => (Number(a.n) <= Number(b.n) ? a : b));
  if (Number(rarest.n) <= rareGramLimit) {
    query.andWhere('customer.id IN (SELECT sg.customer_id FROM customer_search_gram sg WHERE sg.gram = :rareGram)', { rareGram: rarest.gram });
  }
}

const visibleTextMatches = (param: string) => `(customer.name LIKE :${param} ESCAPE '!' OR customer.company LIKE :${param} ESCAPE '!'
  OR EXISTS (SELECT 1 FROM contact sc WHERE sc.customer_id = customer.id AND sc.archived_at IS NULL AND sc.name LIKE :${param} ESCAPE '!'))`;

/**
 * `search_text` holds phone digits, e-mail and contact phones too: a row may match on them only for a
 * viewer who sees them unmasked on that row (decision 4), or search becomes an oracle that recovers
 * `139****5678` digit by digit. Everyone else matches on name, company and contact names alone, so
 * whether a row is listed (or counted) never depends on PII they cannot see.
 */
function whereMatchIsVisible(query: SelectQueryBuilder<Customer>, viewer: Viewer, param: string): void {
  if (canSeePii(viewer.role, 'customer', { isOwner: false })) return;
  if (canSeePii(viewer.role, 'customer', { isOwner: true })) {
    query.andWhere(`(customer.ownerId = :piiViewerId OR ${visibleTextMatches(param)})`, { piiViewerId: viewer.id });
    return;
  }
  query.andWhere(visibleTextMatches(param));
}

export async function refreshSearchText(manager: EntityManager, customerId: string): Promise<void> {
  const customer = await manager.findOneByOrFail(Customer, { id: customerId });
  const contacts = await manager.find(Contact, { where: { customerId, archivedAt: IsNull() }, select: { name: true, phone: true } });
  const searchText = buildSearchText(customer, contacts);
  await manager.update(Customer, { id: customerId }, { searchText });
  await manager.delete(CustomerSearchGram, { customerId });
  await insertGrams(manager, [{ id: customerId, searchText }]);
}

export async function insertGrams(manager: EntityManager, customers: Array<Pick<Customer, 'id' | 'searchText'>>): Promise<void> {
  const rows = customers.flatMap((c) => gramsOf(c.searchText).map((gram) => ({ gram, customerId: c.id })));
  for (let start = 0; start < rows.length; start += 2000) await manager.insert(CustomerSearchGram, rows.slice(start, start + 2000));
}

function digits(phone: string | null | undefined): string | null {
  return phone ? phone.replace(/\D/g, '') : null;
}
