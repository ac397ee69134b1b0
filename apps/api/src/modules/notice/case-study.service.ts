import { caseSourceViolations, domainMessages, scrubContactDetails, validateCaseStudy } from '@sanxin/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { type PageResult, paginate, type SortColumn, whereIds } from '../../db/paginate';
import { SortDirection } from '../../graphql/enums';
import type { PageInput } from '../../graphql/pagination';
import { isUniqueViolation } from '../../shared/db-errors';
import { assertValid, notFound, ruleViolation } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import type { ServiceContext } from '../../shared/service-context';
import { updateVersioned } from '../../shared/versioned-update';
import { assertCan } from '../../shared/viewer';
import { auditTarget, recordAction, recordChanges } from '../audit';
import { Complaint, ComplaintProposal } from '../complaint';
import { Contact } from '../contact';
import { Customer } from '../customer';
import { CaseStudy } from './case-study.entity';
import type { CaseStudyFilter, CaseStudySort, CaseStudySortField, CreateCaseStudyInput, UpdateCaseStudyInput } from './notice.inputs';
import { searchPattern, searchTextOf } from './search-text';

const SORT_COLUMNS: Record<CaseStudySortField, SortColumn<CaseStudy>> = {
  UPDATED_AT: { sql: 'study.updatedAt', read: (c) => c.updatedAt, isDate: true },
  TITLE: { sql: 'study.title', read: (c) => c.title },
};

export async function listCaseStudies(
  ctx: ServiceContext,
  filter: CaseStudyFilter | null | undefined,
  sort: CaseStudySort[] | null | undefined,
  page: PageInput | null | undefined,
): Promise<PageResult<CaseStudy>> {
  assertCan(ctx.viewer, 'caseStudy', 'list');
  const query = ctx.dataSource.getRepository(CaseStudy).createQueryBuilder('study').where('study.archivedAt IS NULL');
  const pattern = searchPattern(filter?.q);
  if (pattern) query.andWhere("study.searchText LIKE :q ESCAPE '!'", { q: pattern });
  whereIds(query, 'study', filter?.ids);
  if (filter?.categoryId?.length) query.andWhere('study.categoryId IN (:...categoryIds)', { categoryIds: filter.categoryId });
  if (filter?.complaintId?.length) query.andWhere('study.complaintId IN (:...complaintIds)', { complaintIds: filter.complaintId });
  return paginate({ query, alias: 'study', columns: SORT_COLUMNS, sort, defaultSort: [{ field: 'UPDATED_AT', direction: SortDirection.DESC }], page });
}

export async function getCaseStudy(ctx: ServiceContext, id: string): Promise<CaseStudy | null> {
  assertCan(ctx.viewer, 'caseStudy', 'show');
  return ctx.dataSource.getRepository(CaseStudy).findOneBy({ id, archivedAt: IsNull() });
}

/**
 * 转为案例: a closed complaint written up for the case library. What happened and how it was handled
 * default to the complaint's own words; every text, given or taken, loses the customer's names,
 * address, phone numbers and e-mail addresses (保密: a case is read by everyone, for years).
 */
export async function createCaseStudy(ctx: ServiceContext, input: CreateCaseStudyInput): Promise<CaseStudy> {
  assertCan(ctx.viewer, 'caseStudy', 'create');
  assertValid(validateCaseStudy({ title: input.title, lesson: input.lesson, facts: input.facts ?? '-', handling: input.handling ?? '-' }, 'create'));
  const now = ctx.clock.now();
  try {
    return await ctx.dataSource.transaction(async (manager) => {
      const complaint = await manager.findOneBy(Complaint, { id: input.complaintId });
      if (!complaint) throw notFound('Complaint', input.complaintId);
      const notClosed = caseSourceViolations(complaint.status);
      if (notClosed.length) throw ruleViolation('Only a closed complaint becomes a case', notClosed);
      if (await manager.existsBy(CaseStudy, { complaintId: complaint.id })) throw caseExists();
      const scrub = await scrubberFor(manager, complaint);
      const texts = {
        title: scrub(input.title.trim()),
        facts: scrub(input.facts?.trim() || factsOf(complaint)),
        handling: scrub(input.handling?.trim() || (await handlingOf(manager, complaint))),
        lesson: scrub(input.lesson.trim()),
      };
      assertValid(validateCaseStudy(texts, 'create'));
      const study = Object.assign(new CaseStudy(), {
        ...newRecord(now),
        ...texts,
        complaintId: complaint.id,
        complaintNumber: complaint.number,
        categoryId: complaint.categoryId,
        severity: complaint.severity,
        channel: complaint.channel,
        authorId: ctx.viewer.id,
        archivedAt: null,
        searchText: searchTextOf(texts.title, texts.facts, texts.handling, texts.lesson),
      });
      await manager.insert(CaseStudy, study);
      await recordAction(manager, auditTarget(ctx, 'caseStudy', study.id, now), 'CREATE', { field: 'complaintId', newValue: complaint.number });
      return study;
    });
  } catch (error) {
    // Two people turning the same complaint into a case at once: the unique key lets one through.
    if (isUniqueViolation(error)) throw caseExists();
    throw error;
  }
}

export async function updateCaseStudy(ctx: ServiceContext, id: string, version: number, input: UpdateCaseStudyInput): Promise<CaseStudy> {
  assertCan(ctx.viewer, 'caseStudy', 'edit');
  const trim = (value: string | null | undefined) => (value === undefined ? undefined : (value?.trim() ?? null));
  const draft = { title: trim(input.title), facts: trim(input.facts), handling: trim(input.handling), lesson: trim(input.lesson) };
  assertValid(validateCaseStudy(draft, 'update'));
  const now = ctx.clock.now();
  return ctx.dataSource.transaction(async (manager) => {
    const current = await findCase(manager, id);
    const complaint = await manager.findOneByOrFail(Complaint, { id: current.complaintId });
    const scrub = await scrubberFor(manager, complaint);
    const given = Object.fromEntries(Object.entries(draft).flatMap(([key, value]) => (value != null ? [[key, scrub(value)]] : []))) as Partial<CaseStudy>;
    const next = { ...current, ...given };
    await updateVersioned(
      manager,
      CaseStudy,
      'CaseStudy',
      id,
      version,
      { ...given, searchText: searchTextOf(next.title, next.facts, next.handling, next.lesson) },
      now,
    );
    await recordChanges(manager, auditTarget(ctx, 'caseStudy', id, now), current, next, ['title', 'facts', 'handling', 'lesson']);
    return manager.findOneByOrFail(CaseStudy, { id });
  });
}

export async function archiveCaseStudy(ctx: ServiceContext, id: string, version: number): Promise<void> {
  assertCan(ctx.viewer, 'caseStudy', 'delete');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (manager) => {
    await findCase(manager, id);
    await updateVersioned(manager, CaseStudy, 'CaseStudy', id, version, { archivedAt: now }, now);
    await recordAction(manager, auditTarget(ctx, 'caseStudy', id, now), 'ARCHIVE');
  });
}

const caseExists = () => ruleViolation('This complaint is already a case', [{ rule: 'caseExists', field: 'complaintId' }]);

/** The customer's and the contact's names, company and address, as they stand now. */
async function scrubberFor(manager: EntityManager, complaint: Complaint): Promise<(text: string) => string> {
  const customer = await manager.findOne(Customer, { where: { id: complaint.customerId }, select: { id: true, name: true, company: true, address: true } });
  const contact = complaint.contactId ? await manager.findOne(Contact, { where: { id: complaint.contactId }, select: { id: true, name: true } }) : null;
  return (text) => scrubContactDetails(text, [customer?.name, customer?.company, contact?.name], [customer?.address]);
}

function factsOf(complaint: Complaint): string {
  const product = [complaint.productName, complaint.productSpec].filter(Boolean).join(' ');
  return [complaint.description, product && `产品：${product}`, `客户诉求：${complaint.customerRequest}`].filter(Boolean).join('\n');
}

/** The assessment and the approved resolution, in the complaint's words. */
async function handlingOf(manager: EntityManager, complaint: Complaint): Promise<string> {
  const labels = domainMessages['zh-CN'].enums.resolutionType as Record<string, string>;
  const approved = await manager.find(ComplaintProposal, {
    where: { complaintId: complaint.id, decision: 'APPROVED' },
    order: { decidedAt: 'ASC', id: 'ASC' },
  });
  const lines = [
    complaint.assessmentNote && `判断：${complaint.assessmentNote}`,
    ...approved.map(
      (proposal) =>
        `方案：${labels[proposal.type] ?? proposal.type}（${proposal.amount} 元）${proposal.description}${proposal.customerAccepted ? '，客户已接受' : ''}`,
    ),
    complaint.status === 'REJECTED' ? '投诉判定无效，已向客户解释说明' : null,
  ];
  return lines.filter(Boolean).join('\n') || '（无处理记录）';
}

async function findCase(manager: EntityManager, id: string): Promise<CaseStudy> {
  const study = await manager.findOneBy(CaseStudy, { id, archivedAt: IsNull() });
  if (!study) throw notFound('CaseStudy', id);
  return study;
}
