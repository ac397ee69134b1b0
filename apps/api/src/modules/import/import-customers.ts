import { type ContactDraft, CUSTOMER_SOURCES, type CustomerDraft, oneOf, phoneDigits, validateContact, validateCustomer } from '@sanxin/domain';
import { type EntityManager, In, IsNull } from 'typeorm';
import { CSV_LABELS } from '../../shared/csv';
import { optionalText } from '../../shared/normalize';
import { Contact } from '../contact';
import { Customer } from '../customer';
import { batchesOf, type CheckedRow, checked, enumCode, fieldErrors, type ReadRow } from './import-rows';

/** A customer row as the create use case would receive it. */
export interface CustomerRowDraft extends Omit<CustomerDraft, 'kind'> {
  kind: string;
  name: string;
  source?: string | null;
  industry?: string | null;
  contact: ContactDraft | null;
}

/** A customer's contact comes from the `contact…` columns; its errors are reported on those columns. */
const CONTACT_PATH: Record<string, string> = { name: 'contactName', phone: 'contactPhone', position: 'contactPosition', email: 'contactEmail' };

/** The cells of a row as createCustomer's input, normalised as it normalises (trimmed, blanks as null, labels as codes). */
export function customerDraft(values: Record<string, string>): CustomerRowDraft {
  const company = optionalText(values.company) ?? null;
  const contactName = optionalText(values.contactName);
  const hasContact = Boolean(contactName || values.contactPhone || values.contactEmail || values.contactPosition);
  return {
    // A row without a type: a company customer when it names a company, else an individual.
    kind: enumCode(values.kind, CSV_LABELS.kind) ?? (company ? 'COMPANY' : 'INDIVIDUAL'),
    name: values.name?.trim() ?? '',
    company,
    phone: optionalText(values.phone) ?? null,
    email: optionalText(values.email) ?? null,
    address: optionalText(values.address) ?? null,
    source: enumCode(values.source, CSV_LABELS.source) ?? null,
    industry: optionalText(values.industry) ?? null,
    tier: enumCode(values.tier, CSV_LABELS.tier),
    lifecycle: enumCode(values.lifecycle, CSV_LABELS.lifecycle),
    tags: values.tags ? values.tags.split(/[|，,]/).map((tag) => tag.trim()).filter(Boolean) : undefined,
    notes: optionalText(values.notes) ?? null,
    contact: hasContact
      ? { name: contactName ?? '', phone: optionalText(values.contactPhone) ?? null, position: optionalText(values.contactPosition) ?? null, email: optionalText(values.contactEmail) ?? null }
      : null,
  };
}

/** The domain's own rules, as createCustomer and createContact apply them. */
function violationsOf(draft: CustomerRowDraft) {
  return [
    // A kind as typed (not yet a code) is the domain's to refuse: oneOf checks it like any input.
    ...fieldErrors([...validateCustomer(draft as CustomerDraft, 'create'), ...oneOf('source', draft.source, CUSTOMER_SOURCES)]),
    ...(draft.contact ? fieldErrors(validateContact(draft.contact, 'create'), (field) => CONTACT_PATH[field] ?? field) : []),
  ];
}

const nameKey = (name: string, company: string | null) => (company ? `${name}\u0000${company}` : null);
const phoneKey = (phone: string | null | undefined) => {
  const digits = phoneDigits(phone);
  return digits.length >= 7 ? digits : null;
};

/** What the database already holds of a batch: live customers by phone digits and by name + company, contacts by phone digits. */
interface Existing {
  byPhone: Map<string, string>;
  byName: Map<string, string>;
}

async function existingFor(manager: EntityManager, drafts: CustomerRowDraft[]): Promise<Existing> {
  const phones = [...new Set(drafts.flatMap((d) => [d.phone, d.contact?.phone]).filter((p): p is string => Boolean(p && phoneKey(p))).flatMap((p) => [p, phoneDigits(p)]))];
  const names = [...new Set(drafts.filter((d) => d.company && d.name).map((d) => d.name))];
  const [customersByPhone, contactsByPhone, customersByName] = await Promise.all([
    phones.length ? manager.find(Customer, { where: { phone: In(phones), archivedAt: IsNull() }, select: { id: true, phone: true } }) : [],
    phones.length ? manager.find(Contact, { where: { phone: In(phones), archivedAt: IsNull() }, select: { id: true, phone: true, customerId: true } }) : [],
    names.length ? manager.find(Customer, { where: { name: In(names), archivedAt: IsNull() }, select: { id: true, name: true, company: true } }) : [],
  ]);
  const byPhone = new Map<string, string>();
  for (const c of contactsByPhone) byPhone.set(phoneDigits(c.phone), c.customerId);
  for (const c of customersByPhone) byPhone.set(phoneDigits(c.phone), c.id);
  const byName = new Map<string, string>();
  for (const c of customersByName) {
    const key = nameKey(c.name, c.company);
    if (key) byName.set(key, c.id);
  }
  return { byPhone, byName };
}

/**
 * The dry run of a customer file: each row through the domain's rules, then against the database and
 * the rows before it. A duplicate has the same phone (a customer's or a contact's, by its digits) or
 * the same name and company. A row with the same name and company as an earlier valid row and a
 * contact of its own adds that contact to the earlier row's customer (one contact per row).
 */
export async function checkCustomerRows(manager: EntityManager, rows: readonly ReadRow[]): Promise<CheckedRow[]> {
  const leaders = new Map<string, { row: number; valid: boolean; phone: string | null }>();
  const phonesSeen = new Map<string, number>();
  const results: CheckedRow[] = [];
  for (const batch of batchesOf(rows)) {
    const drafts = batch.map((row) => customerDraft(row.values));
    const existing = await existingFor(manager, drafts);
    batch.forEach((row, i) => {
      const draft = drafts[i];
      const errors = violationsOf(draft);
      const key = nameKey(draft.name, draft.company ?? null);
      const leader = key ? leaders.get(key) : undefined;
      const result = errors.length ? checked(row, 'INVALID', errors) : judge(row, draft, key, leader, existing, phonesSeen);
      if (key && !leader) leaders.set(key, { row: row.rowNumber, valid: result.status === 'VALID', phone: phoneKey(draft.phone) });
      if (result.status === 'VALID') {
        for (const phone of [draft.phone, draft.contact?.phone]) {
          const digits = phoneKey(phone);
          if (digits && !phonesSeen.has(digits)) phonesSeen.set(digits, row.rowNumber);
        }
      }
      results.push(result);
    });
  }
  return results;
}

function judge(
  row: ReadRow,
  draft: CustomerRowDraft,
  key: string | null,
  leader: { row: number; valid: boolean; phone: string | null } | undefined,
  existing: Existing,
  phonesSeen: Map<string, number>,
): CheckedRow {
  const customerPhone = phoneKey(draft.phone);
  const contactPhone = phoneKey(draft.contact?.phone);
  const existingId = (key && existing.byName.get(key)) || (customerPhone && existing.byPhone.get(customerPhone)) || (contactPhone && existing.byPhone.get(contactPhone));
  if (existingId) {
    const path = key && existing.byName.has(key) ? 'name' : customerPhone && existing.byPhone.has(customerPhone) ? 'phone' : 'contactPhone';
    return checked(row, 'DUPLICATE', [{ path, code: 'duplicateExisting', params: null }], { id: existingId });
  }
  // One more contact of the customer an earlier row creates: its own phone must be new.
  const addsContact = leader?.valid && draft.contact && (!customerPhone || customerPhone === leader.phone);
  const ownPhones: Array<[string, string | null]> = addsContact ? [['contactPhone', contactPhone]] : [['phone', customerPhone], ['contactPhone', contactPhone]];
  for (const [path, digits] of ownPhones) {
    const earlier = digits ? phonesSeen.get(digits) : undefined;
    if (earlier !== undefined) return checked(row, 'DUPLICATE', [{ path, code: 'duplicateInFile', params: { row: earlier } }], { row: earlier });
  }
  if (leader && !addsContact) return checked(row, 'DUPLICATE', [{ path: 'name', code: 'duplicateInFile', params: { row: leader.row } }], { row: leader.row });
  return checked(row, 'VALID', [], { row: addsContact ? leader?.row : null });
}
