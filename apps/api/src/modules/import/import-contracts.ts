import { canAccess, canOwnContracts, type ContractDraft, phoneDigits, validateContract, type Violation } from '@sanxin/domain';
import { type EntityManager, In, IsNull } from 'typeorm';
import { optionalText } from '../../shared/normalize';
import type { ServiceContext } from '../../shared/service-context';
import { Contract } from '../contract';
import { Customer } from '../customer';
import { Staff } from '../staff';
import { batchesOf, type CheckedRow, checked, fieldErrors, type ReadRow } from './import-rows';

const YES = new Set(['是', 'true', 'yes', 'y', '1', '保密']);

/** The cells of a contract row as createContract's input (the customer and owner still as typed). */
export function contractDraft(values: Record<string, string>): ContractDraft & { number: string; title: string } {
  return {
    number: values.number?.trim() ?? '',
    title: values.title?.trim() ?? '',
    scope: optionalText(values.scope) ?? null,
    startDate: values.startDate ?? '',
    endDate: values.endDate ?? '',
    warrantyEndDate: values.warrantyEndDate ?? null,
    amount: values.amount?.replace(/[,，¥￥\s]/g, '') || undefined,
    confidential: values.confidential ? YES.has(values.confidential.toLowerCase()) : false,
    confidentialityText: optionalText(values.confidentialityText) ?? null,
  };
}

/** What a contract row refers to, found for a batch at once. */
interface References {
  numbers: Map<string, string>;
  customers: Customer[];
  staff: Staff[];
}

async function referencesFor(manager: EntityManager, rows: readonly ReadRow[]): Promise<References> {
  const numbers = [...new Set(rows.map((r) => r.values.number?.trim()).filter(Boolean))];
  const customerRefs = [...new Set(rows.map((r) => r.values.customer).filter(Boolean))];
  const phones = [...new Set(customerRefs.flatMap((ref) => (phoneDigits(ref).length >= 7 ? [ref, phoneDigits(ref)] : [])))];
  const ownerRefs = [...new Set(rows.map((r) => r.values.owner).filter(Boolean))];
  const customerSelect = { id: true, name: true, phone: true } as const;
  const [taken, byId, byName, byPhone, staff] = await Promise.all([
    numbers.length ? manager.find(Contract, { where: { number: In(numbers) }, select: { id: true, number: true } }) : [],
    customerRefs.length ? manager.find(Customer, { where: { id: In(customerRefs), archivedAt: IsNull() }, select: customerSelect }) : [],
    customerRefs.length ? manager.find(Customer, { where: { name: In(customerRefs), archivedAt: IsNull() }, select: customerSelect }) : [],
    phones.length ? manager.find(Customer, { where: { phone: In(phones), archivedAt: IsNull() }, select: customerSelect }) : [],
    ownerRefs.length
      ? manager.find(Staff, { where: [{ username: In(ownerRefs) }, { name: In(ownerRefs) }], select: { id: true, username: true, name: true, role: true, active: true } })
      : [],
  ]);
  const customers = new Map([...byId, ...byName, ...byPhone].map((c) => [c.id, c]));
  return { numbers: new Map(taken.map((c) => [c.number, c.id])), customers: [...customers.values()], staff };
}

/** One record by id, else by exact name or phone digits; several is ambiguous. */
function resolve<T extends { id: string }>(ref: string | undefined, candidates: T[], matches: (candidate: T, ref: string) => boolean): { id?: string; rule?: string } {
  if (!ref) return {};
  const byId = candidates.find((c) => c.id === ref);
  if (byId) return { id: byId.id };
  const found = candidates.filter((c) => matches(c, ref));
  return found.length === 1 ? { id: found[0].id } : { rule: found.length ? 'importAmbiguous' : 'notFound' };
}

/** The owner as createContract chooses it: the importer unless one who may assign owners names another eligible one. */
function ownerOf(ctx: ServiceContext, ref: string | undefined, staff: Staff[]): { ownerId?: string; violation?: Violation } {
  if (!ref) return canOwnContracts(ctx.viewer.role) ? { ownerId: ctx.viewer.id } : { violation: { rule: 'cannotOwnContracts', field: 'owner' } };
  const found = resolve(ref, staff, (s, r) => s.username === r || s.name === r);
  const owner = staff.find((s) => s.id === found.id);
  if (!owner) return { violation: { rule: found.rule ?? 'notFound', field: 'owner' } };
  const rule = !owner.active ? 'inactive' : !canOwnContracts(owner.role) ? 'cannotOwnContracts' : null;
  if (rule) return { violation: { rule, field: 'owner' } };
  if (owner.id !== ctx.viewer.id && !canAccess(ctx.viewer.role, 'contract', 'assign')) return { violation: { rule: 'importCannotAssign', field: 'owner' } };
  return { ownerId: owner.id };
}

/** The dry run of a contract file: the domain's rules, the customer and owner found, the number new (in the database and the file). */
export async function checkContractRows(ctx: ServiceContext, manager: EntityManager, rows: readonly ReadRow[]): Promise<CheckedRow[]> {
  const numbersSeen = new Map<string, number>();
  const results: CheckedRow[] = [];
  for (const batch of batchesOf(rows)) {
    const refs = await referencesFor(manager, batch);
    for (const row of batch) {
      const draft = contractDraft(row.values);
      const customer = resolve(row.values.customer, refs.customers, (c, r) => c.name === r || (phoneDigits(r).length >= 7 && phoneDigits(c.phone) === phoneDigits(r)));
      const owner = ownerOf(ctx, row.values.owner, refs.staff);
      const violations: Violation[] = [
        ...validateContract({ ...draft, customerId: customer.id ?? (row.values.customer ? 'unknown' : '') }, 'create').map((v) => (v.field === 'customerId' ? { ...v, field: 'customer' } : v)),
        ...(customer.rule ? [{ rule: customer.rule, field: 'customer' }] : []),
        ...(owner.violation ? [owner.violation] : []),
      ];
      const earlier = numbersSeen.get(draft.number);
      const result = violations.length
        ? checked(row, 'INVALID', fieldErrors(violations))
        : refs.numbers.has(draft.number)
          ? checked(row, 'DUPLICATE', [{ path: 'number', code: 'duplicateExisting', params: null }], { id: refs.numbers.get(draft.number) })
          : earlier !== undefined
            ? checked(row, 'DUPLICATE', [{ path: 'number', code: 'duplicateInFile', params: { row: earlier } }], { row: earlier })
            : checked(row, 'VALID');
      if (result.status === 'VALID') {
        numbersSeen.set(draft.number, row.rowNumber);
        // Kept for the import: the customer and owner as found now.
        result.values = { ...row.values, customerId: customer.id as string, ownerId: owner.ownerId as string };
      }
      results.push(result);
    }
  }
  return results;
}
