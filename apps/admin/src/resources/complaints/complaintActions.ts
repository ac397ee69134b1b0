import {
  actionsOf,
  COMPLAINT_ACTIONS,
  COMPLAINT_STEPS,
  COMPLAINT_DEPARTMENTS,
  type ComplaintAction,
  type EscalationLevelName,
  escalationLevelOf,
  mayReassignComplaint,
  mayReferComplaint,
  RESOLUTION_TYPES,
  reassignViolations,
  referViolations,
  type Role,
  validateAssessment,
  validateNote,
  validateOptionalNote,
  validateProposal,
} from '@sanxin/domain';
import { choicesOf } from '../../i18n/choices';
import type { ActionField, ActionValues } from '../../workflow/ActionDialog';
import type { StepSpec } from '../../workflow/WorkflowButtons';

export type StepValues = ActionValues;

/** A complaint step: its mutation and dialog, as every workflow step (workflow/WorkflowButtons.tsx). */
export type StepDialog = StepSpec<StepValues> & { fields: ActionField[] };

export interface ComplaintTaskRef {
  id: string;
  department: string;
  status: string;
}

const text = (values: StepValues, name: string) => String(values[name] ?? '').trim();
const optional = (value: string) => (value === '' ? undefined : value);
const note = (label = 'app.complaint.fields.note', required = false): ActionField => ({ name: 'note', label, type: 'multiline', required });

/**
 * The buttons of a complaint: the steps the API lists in `availableActions` for this viewer (machine
 * + role + ownership, decided on the server), in workflow order. Completing implementation is done
 * task by task, so it shows only while a department task is still open.
 */
export function actionButtons(availableActions: readonly string[] | null | undefined, tasks: readonly ComplaintTaskRef[] | undefined): ComplaintAction[] {
  const allowed = new Set(actionsOf(COMPLAINT_STEPS, availableActions ?? []));
  return COMPLAINT_ACTIONS.filter((action) => allowed.has(action)).filter(
    (action) => action !== 'completeImplementation' || tasks === undefined || tasks.some((task) => task.status === 'OPEN'),
  );
}

/** The inputs of each step and the mutation it sends (names and arguments as apps/api/schema.graphql declares them). */
export function stepDialog(action: ComplaintAction, complaint: { id: string; version: number }, tasks: readonly ComplaintTaskRef[] = []): StepDialog {
  const key = { id: complaint.id, version: complaint.version };
  const optionalNote = (values: StepValues) => validateOptionalNote('note', text(values, 'note'));
  switch (action) {
    case 'assessValid':
      return {
        mutation: 'assessComplaint',
        fields: [
          {
            name: 'departments',
            label: 'app.complaint.fields.departments',
            type: 'multiselect',
            required: true,
            choices: choicesOf(COMPLAINT_DEPARTMENTS, 'department'),
            defaultValue: [],
          },
          { name: 'explanation', label: 'app.complaint.fields.assessmentNote', type: 'multiline' },
        ],
        validate: (values) => validateAssessment({ valid: true, departments: values.departments as string[], explanation: text(values, 'explanation') }),
        variables: (values) => ({ ...key, input: { valid: true, departments: values.departments, explanation: optional(text(values, 'explanation')) } }),
      };
    case 'assessInvalid':
      return {
        mutation: 'assessComplaint',
        fields: [{ name: 'explanation', label: 'app.complaint.fields.explanation', type: 'multiline', required: true }],
        validate: (values) => validateAssessment({ valid: false, explanation: text(values, 'explanation') }),
        variables: (values) => ({ ...key, input: { valid: false, explanation: text(values, 'explanation') } }),
      };
    case 'propose':
      return {
        mutation: 'proposeResolution',
        fields: [
          {
            name: 'type',
            label: 'app.complaint.fields.resolutionType',
            type: 'select',
            required: true,
            choices: choicesOf(RESOLUTION_TYPES, 'resolutionType'),
          },
          { name: 'amount', label: 'app.complaint.fields.amount', type: 'decimal', required: true, defaultValue: '0' },
          { name: 'description', label: 'app.complaint.fields.proposalDescription', type: 'multiline', required: true },
          { name: 'relationship', label: 'app.complaint.fields.relationship', type: 'text', required: true },
          { name: 'wordOfMouth', label: 'app.complaint.fields.wordOfMouth', type: 'text', required: true },
          { name: 'reasonableness', label: 'app.complaint.fields.reasonableness', type: 'text', required: true },
          { name: 'companyFaultPercent', label: 'app.complaint.fields.companyFaultPercent', type: 'integer', required: true },
        ],
        validate: (values) => validateProposal(proposalOf(values)),
        variables: (values) => ({ ...key, input: proposalOf(values) }),
      };
    case 'approve':
      return {
        mutation: 'approveResolution',
        fields: [note()],
        validate: optionalNote,
        variables: (values) => ({ ...key, input: { note: optional(text(values, 'note')) } }),
      };
    case 'return':
      return {
        mutation: 'returnResolution',
        fields: [note('app.complaint.fields.returnReason', true)],
        validate: (values) => validateNote('note', text(values, 'note')),
        variables: (values) => ({ ...key, input: { note: text(values, 'note') } }),
      };
    case 'customerAccept':
      return {
        mutation: 'recordCustomerDecision',
        fields: [note()],
        validate: optionalNote,
        variables: (values) => ({ ...key, input: { accepted: true, note: optional(text(values, 'note')) } }),
      };
    case 'customerReject':
      return {
        mutation: 'recordCustomerDecision',
        fields: [note('app.complaint.fields.rejectReason', true)],
        validate: (values) => validateNote('note', text(values, 'note')),
        variables: (values) => ({ ...key, input: { accepted: false, note: text(values, 'note') } }),
      };
    case 'startImplementation':
      return {
        mutation: 'startImplementation',
        fields: [note()],
        validate: optionalNote,
        variables: (values) => ({ ...key, input: { note: optional(text(values, 'note')) } }),
      };
    case 'completeImplementation': {
      const open = tasks.filter((task) => task.status === 'OPEN');
      return {
        mutation: 'completeImplementationTask',
        fields: [
          {
            name: 'taskId',
            label: 'app.complaint.fields.task',
            type: 'select',
            required: true,
            choices: open.map((task) => ({ id: task.id, name: `sanxin.enums.department.${task.department}` })),
            defaultValue: open[0]?.id ?? '',
          },
          note(),
        ],
        validate: (values) => [...(text(values, 'taskId') ? [] : [{ rule: 'required', field: 'taskId' }]), ...optionalNote(values)],
        variables: (values) => ({ ...key, input: { taskId: text(values, 'taskId'), note: optional(text(values, 'note')) } }),
      };
    }
    case 'followUpSatisfied':
      return {
        mutation: 'recordComplaintFollowUp',
        fields: [
          {
            name: 'satisfied',
            label: 'app.complaint.fields.satisfaction',
            type: 'select',
            required: true,
            choices: [
              { id: 'true', name: 'app.complaint.satisfaction.satisfied' },
              { id: 'false', name: 'app.complaint.satisfaction.unsatisfied' },
            ],
            defaultValue: 'true',
          },
          note('app.complaint.fields.followUpNote', true),
        ],
        validate: (values) => validateNote('note', text(values, 'note')),
        variables: (values) => ({ ...key, input: { satisfied: text(values, 'satisfied') !== 'false', note: text(values, 'note') } }),
      };
    case 'close':
      return {
        mutation: 'closeComplaint',
        fields: [note()],
        validate: optionalNote,
        variables: (values) => ({ ...key, input: { note: optional(text(values, 'note')) } }),
      };
    case 'reopen':
      return {
        mutation: 'reopenComplaint',
        fields: [{ name: 'reason', label: 'app.complaint.fields.reopenReason', type: 'multiline', required: true }],
        validate: (values) => validateNote('reason', text(values, 'reason')),
        variables: (values) => ({ ...key, input: { reason: text(values, 'reason') } }),
      };
  }
}

function proposalOf(values: StepValues) {
  const percent = text(values, 'companyFaultPercent');
  return {
    type: text(values, 'type') || null,
    amount: text(values, 'amount') || null,
    description: text(values, 'description'),
    relationship: text(values, 'relationship'),
    wordOfMouth: text(values, 'wordOfMouth'),
    reasonableness: text(values, 'reasonableness'),
    companyFaultPercent: percent === '' ? null : Number(percent),
  };
}

/** 上交 and 转交: steps beside the machine (the status does not change), offered by the domain's rules. */
export const HANDOVER_STEPS = ['refer', 'reassign'] as const;
export type HandoverStep = (typeof HANDOVER_STEPS)[number];

export interface HandoverRecord {
  ownerId: string;
  closedAt?: string | null;
  escalationLevel?: EscalationLevelName | null;
}

/**
 * Which hand-over steps this viewer may take on the complaint: the same domain rules the API runs
 * (mayReferComplaint + referViolations, mayReassignComplaint), never a role check of the console's own.
 */
export function handoverButtons(record: HandoverRecord, viewer: { id: string; role: Role } | null | undefined): HandoverStep[] {
  if (!viewer) return [];
  const closed = Boolean(record.closedAt);
  const steps: HandoverStep[] = [];
  if (mayReferComplaint(viewer, record) && referViolations({ closed, escalationLevel: escalationLevelOf(record.escalationLevel) }).length === 0) steps.push('refer');
  if (mayReassignComplaint(viewer.role) && !closed) steps.push('reassign');
  return steps;
}

/** A staff member the transfer dialog may offer. */
export interface HandlerCandidate {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

/** The dialog of a hand-over step; the transfer offers the handlers the domain accepts (active agents and shift leaders, not the owner). */
export function handoverDialog(step: HandoverStep, complaint: { id: string; version: number; ownerId: string; closedAt?: string | null }, staff: readonly HandlerCandidate[] = []): StepDialog {
  const key = { id: complaint.id, version: complaint.version };
  const reason: ActionField = { name: 'reason', label: `app.complaint.fields.${step}Reason`, type: 'multiline', required: true };
  if (step === 'refer') {
    return {
      mutation: 'referComplaint',
      fields: [reason],
      validate: (values) => validateNote('reason', text(values, 'reason')),
      variables: (values) => ({ ...key, input: { reason: text(values, 'reason') } }),
    };
  }
  const closed = Boolean(complaint.closedAt);
  const handlers = staff.filter((member) => reassignViolations({ closed, ownerId: complaint.ownerId }, member).length === 0);
  return {
    mutation: 'reassignComplaint',
    fields: [
      {
        name: 'handlerId',
        label: 'app.complaint.fields.handler',
        type: 'select',
        required: true,
        choices: handlers.map((member) => ({ id: member.id, name: member.name })),
      },
      reason,
    ],
    validate: (values) => [
      ...reassignViolations({ closed, ownerId: complaint.ownerId }, staff.find((member) => member.id === text(values, 'handlerId')) ?? null),
      ...validateNote('reason', text(values, 'reason')),
    ],
    variables: (values) => ({ ...key, input: { handlerId: text(values, 'handlerId'), reason: text(values, 'reason') } }),
  };
}

/** 审批 of one alternative: approves this proposal; the others waiting are kept as NOT_CHOSEN (domain chooseProposal). */
export function approveProposalDialog(complaint: { id: string; version: number }, proposalId: string): StepDialog {
  return {
    mutation: 'approveResolution',
    fields: [note()],
    validate: (values) => validateOptionalNote('note', text(values, 'note')),
    variables: (values) => ({ id: complaint.id, version: complaint.version, input: { proposalId, note: optional(text(values, 'note')) } }),
  };
}

/** Proposals still waiting for the approver. */
export const pendingProposals = <P extends object>(proposals: readonly P[] | undefined) => (proposals ?? []).filter((p) => (p as { decision?: unknown }).decision === 'PENDING');
