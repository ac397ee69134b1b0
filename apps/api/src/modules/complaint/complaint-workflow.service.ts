import {
  approverRolesOf,
  chooseProposal,
  type ComplaintAction,
  complaintMachine,
  type Department,

  mayTakeComplaintAction,
  normalizeMoney,
  validateAssessment,
  validateNote,
  validateOptionalNote,
  validateProposal,
  type Role,
} from '@sanxin/domain';
import { type EntityManager, In } from 'typeorm';
import { assertValid, badUserInput, checkTransition, forbidden } from '../../shared/errors';
import { newRecord } from '../../shared/new-record';
import { optionalText } from '../../shared/normalize';
import { updateVersioned } from '../../shared/versioned-update';
import { auditTarget, recordChanges } from '../audit';
import { readSettings } from '../setting';
import type { ComplaintContext } from './complaint-context';
import { ComplaintProposal } from './complaint-proposal.entity';
import { ComplaintTask } from './complaint-task.entity';
import { pushComplaintChange } from './complaint-push';
import { addTimelineEntry } from './complaint-timeline';
import { Complaint } from './complaint.entity';
import type { AssessComplaintInput, ProposeResolutionInput } from './complaint.inputs';
import { createComplaintFollowUp } from './complaint-follow-up';
import { findComplaint } from './complaint.service';
import { reopeningChanges } from './complaint-reopening';

/** Fields of the complaint a step may change (the audit log records each that did). */
type StepChanges = Partial<Pick<Complaint, 'status' | 'departments' | 'assessmentNote' | 'currentProposalId' | 'closedAt' | 'slaStartAt' | 'slaCycle' | 'dueAt' | 'escalationLevel' | 'escalatedAt'>>;

interface Step {
  action: ComplaintAction;
  note?: string | null;
  /** Writes beside the complaint row (proposal, tasks), inside the step's transaction; returns more changes. */
  write?: (tx: EntityManager, current: Complaint, now: Date) => Promise<StepChanges | undefined>;
  changes?: StepChanges;
}

/**
 * Every step: the role may take it, the machine allows it from the current status, the input is
 * valid, then one transaction writes the version-checked complaint, its side rows, the timeline
 * and the audit. Any failure rolls all of it back.
 */
async function runStep(ctx: ComplaintContext, id: string, version: number, prepare: (current: Complaint) => Step | Promise<Step>): Promise<Complaint> {
  const manager = ctx.dataSource.manager;
  const current = await findComplaint(manager, id);
  const step = await prepare(current);
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    const status = complaintMachine.assertTransition(current.status, step.action);
    const written = step.write ? await step.write(tx, current, now) : undefined;
    const changes: StepChanges = { status, ...step.changes, ...written };
    await updateVersioned(tx, Complaint, 'Complaint', id, version, changes, now);
    await addTimelineEntry(tx, { complaintId: id, at: now, actorId: ctx.viewer.id, step: step.action, note: step.note ?? null });
    const fields = Object.keys(changes) as Array<keyof StepChanges>;
    await recordChanges(tx, auditTarget(ctx, 'complaint', id, now), current, { ...current, ...changes }, fields);
    await pushComplaintChange(tx, now, ctx.viewer.id, current, { status });
  });
  return findComplaint(manager, id);
}

/**
 * Permission first (approval is never an agent's, and only the roles the settings name approve),
 * then the machine: INVALID_TRANSITION names what is allowed.
 */
function authorize(ctx: ComplaintContext, complaint: Complaint, action: ComplaintAction, approverRoles?: readonly Role[]): void {
  if (!mayTakeComplaintAction(action, ctx.viewer.role, { isOwner: complaint.ownerId === ctx.viewer.id, approverRoles })) throw forbidden('complaint', action, `${action} on this complaint`);
  checkTransition(() => complaintMachine.assertTransition(complaint.status, action));
}

/** 判断: invalid → rejected with the explanation given; valid → investigating by the responsible departments. */
export function assessComplaint(ctx: ComplaintContext, id: string, version: number, input: AssessComplaintInput): Promise<Complaint> {
  return runStep(ctx, id, version, (current) => {
    const action = input.valid === false ? 'assessInvalid' : 'assessValid';
    authorize(ctx, current, action);
    const explanation = optionalText(input.explanation) ?? null;
    const departments = [...new Set(input.departments ?? [])];
    assertValid(validateAssessment({ valid: input.valid, explanation, departments }));
    return action === 'assessInvalid'
      ? { action, note: explanation, changes: { assessmentNote: explanation, closedAt: ctx.clock.now() } }
      : { action, note: explanation, changes: { assessmentNote: explanation, departments } };
  });
}

/** 方案: a new proposal, waiting for the manager. */
export function proposeResolution(ctx: ComplaintContext, id: string, version: number, input: ProposeResolutionInput): Promise<Complaint> {
  return runStep(ctx, id, version, (current) => {
    authorize(ctx, current, 'propose');
    const draft = {
      type: input.type,
      amount: input.amount?.trim(),
      description: optionalText(input.description),
      relationship: optionalText(input.relationship),
      wordOfMouth: optionalText(input.wordOfMouth),
      reasonableness: optionalText(input.reasonableness),
      companyFaultPercent: input.companyFaultPercent,
    };
    assertValid(validateProposal(draft));
    return {
      action: 'propose',
      note: draft.description,
      write: async (tx, complaint, now) => {
        const proposal = Object.assign(new ComplaintProposal(), {
          ...newRecord(now),
          ...(draft as Required<typeof draft>),
          amount: normalizeMoney(draft.amount as string),
          complaintId: complaint.id,
          proposedById: ctx.viewer.id,
          decision: 'PENDING' as const,
          decidedById: null,
          decidedAt: null,
          decisionNote: null,
          customerAccepted: null,
        });
        await tx.insert(ComplaintProposal, proposal);
        return { currentProposalId: proposal.id };
      },
    };
  });
}

/**
 * 审批: an approver (settings complaint.approver.*: the manager and the director by default)
 * approves one of the proposals waiting (`proposalId`, needed when there are several); the others
 * are kept as NOT_CHOSEN. Returning sends all of them back.
 */
export function approveResolution(ctx: ComplaintContext, id: string, version: number, note: string | null | undefined, proposalId?: string | null): Promise<Complaint> {
  return decide(ctx, id, version, 'approve', optionalText(note) ?? null, optionalText(proposalId) ?? null);
}

export function returnResolution(ctx: ComplaintContext, id: string, version: number, note: string): Promise<Complaint> {
  return decide(ctx, id, version, 'return', optionalText(note) ?? null, null);
}

function decide(ctx: ComplaintContext, id: string, version: number, action: 'approve' | 'return', note: string | null, proposalId: string | null): Promise<Complaint> {
  return runStep(ctx, id, version, async (current) => {
    const manager = ctx.dataSource.manager;
    authorize(ctx, current, action, approverRolesOf(await readSettings(manager)));
    assertValid(action === 'return' ? validateNote('note', note) : validateOptionalNote('note', note));
    const pending = await manager.find(ComplaintProposal, { where: { complaintId: id, decision: 'PENDING' }, select: { id: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    const choice = action === 'approve' ? chooseProposal(pending, proposalId) : { chosen: null, notChosen: [] };
    if (Array.isArray(choice)) throw badUserInput(choice);
    return {
      action,
      note,
      write: async (tx, _complaint, now) => {
        const decided = { decidedById: ctx.viewer.id, decidedAt: now, decisionNote: note, updatedAt: now, version: () => 'version + 1' };
        if (choice.chosen === null) {
          // Returned: every proposal waiting goes back, the owner proposes again.
          await tx.update(ComplaintProposal, { complaintId: id, decision: 'PENDING' }, { ...decided, decision: 'RETURNED' });
          return undefined;
        }
        await tx.update(ComplaintProposal, { id: choice.chosen }, { ...decided, decision: 'APPROVED' });
        if (choice.notChosen.length) await tx.update(ComplaintProposal, { id: In(choice.notChosen) }, { ...decided, decision: 'NOT_CHOSEN' });
        return { currentProposalId: choice.chosen };
      },
    };
  });
}

/** 答复/确认: acceptance is the agreement (处理协议); a refusal, with the customer's reason, needs a new proposal. */
export function recordCustomerDecision(ctx: ComplaintContext, id: string, version: number, accepted: boolean, note: string | null | undefined): Promise<Complaint> {
  return runStep(ctx, id, version, (current) => {
    const action = accepted ? 'customerAccept' : 'customerReject';
    authorize(ctx, current, action);
    const text = optionalText(note) ?? null;
    assertValid(accepted ? validateOptionalNote('note', text) : validateNote('note', text));
    return {
      action,
      note: text,
      write: async (tx, complaint, now) => {
        await tx.update(ComplaintProposal, { id: complaint.currentProposalId as string }, { customerAccepted: accepted, updatedAt: now });
        return accepted ? undefined : { currentProposalId: null };
      },
    };
  });
}

/** 实施: one task per responsible department. */
export function startImplementation(ctx: ComplaintContext, id: string, version: number, note: string | null | undefined): Promise<Complaint> {
  return runStep(ctx, id, version, (current) => {
    authorize(ctx, current, 'startImplementation');
    const text = optionalText(note) ?? null;
    assertValid(validateOptionalNote('note', text));
    return {
      action: 'startImplementation',
      note: text,
      write: async (tx, complaint, now) => {
        await tx.insert(ComplaintTask, complaint.departments.map((department: Department) => ({ ...newRecord(now), complaintId: complaint.id, department, status: 'OPEN' as const, doneAt: null, doneById: null, note: null })));
        return undefined;
      },
    };
  });
}

/**
 * One department's task is done; the last one completes the implementation (→ follow-up). The
 * complaint's version is checked and bumped either way, so two people finishing the last two
 * tasks at once cannot both think theirs was not the last.
 */
export async function completeImplementationTask(ctx: ComplaintContext, id: string, version: number, taskId: string, note: string | null | undefined): Promise<Complaint> {
  const manager = ctx.dataSource.manager;
  const current = await findComplaint(manager, id);
  authorize(ctx, current, 'completeImplementation');
  const text = optionalText(note) ?? null;
  assertValid(validateOptionalNote('note', text));
  const tasks = await manager.findBy(ComplaintTask, { complaintId: id });
  const task = tasks.find((t) => t.id === taskId && t.status === 'OPEN');
  if (!task) throw badUserInput([{ rule: 'notFound', field: 'taskId' }]);
  const last = tasks.every((t) => t.id === taskId || t.status === 'DONE');
  const now = ctx.clock.now();
  await ctx.dataSource.transaction(async (tx) => {
    await updateVersioned(tx, Complaint, 'Complaint', id, version, last ? { status: 'FOLLOW_UP' } : {}, now);
    await tx.update(ComplaintTask, { id: taskId }, { status: 'DONE', doneAt: now, doneById: ctx.viewer.id, note: text, version: () => 'version + 1', updatedAt: now });
    await addTimelineEntry(tx, { complaintId: id, at: now, actorId: ctx.viewer.id, step: 'completeTask', note: [task.department, text].filter(Boolean).join(': ') });
    if (last) {
      await addTimelineEntry(tx, { complaintId: id, at: now, actorId: ctx.viewer.id, step: 'completeImplementation' });
      await createComplaintFollowUp(tx, current, now);
      await recordChanges(tx, auditTarget(ctx, 'complaint', id, now), current, { ...current, status: 'FOLLOW_UP' }, ['status']);
    }
  });
  return findComplaint(manager, id);
}

/** 回访: satisfied → ready to close; not satisfied → reopened for a new assessment. */
export function recordComplaintFollowUp(ctx: ComplaintContext, id: string, version: number, satisfied: boolean, note: string): Promise<Complaint> {
  return runStep(ctx, id, version, async (current) => {
    const action = satisfied ? 'followUpSatisfied' : 'reopen';
    authorize(ctx, current, action);
    const text = optionalText(note) ?? null;
    assertValid(validateNote('note', text));
    return satisfied ? { action, note: text } : { action, note: text, changes: await reopeningChanges(ctx.dataSource.manager, ctx.timeZone, ctx.clock.now(), current) };
  });
}

export function closeComplaint(ctx: ComplaintContext, id: string, version: number, note: string | null | undefined): Promise<Complaint> {
  return runStep(ctx, id, version, (current) => {
    authorize(ctx, current, 'close');
    const text = optionalText(note) ?? null;
    assertValid(validateOptionalNote('note', text));
    return { action: 'close', note: text, changes: { closedAt: ctx.clock.now() } };
  });
}

export function reopenComplaint(ctx: ComplaintContext, id: string, version: number, reason: string): Promise<Complaint> {
  return runStep(ctx, id, version, async (current) => {
    authorize(ctx, current, 'reopen');
    const text = optionalText(reason) ?? null;
    assertValid(validateNote('reason', text));
    return { action: 'reopen', note: text, changes: await reopeningChanges(ctx.dataSource.manager, ctx.timeZone, ctx.clock.now(), current) };
  });
}
