import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { MOVED_TO_INPUT, stepValue } from '../../graphql/step-arguments';
import { complaintContext } from './complaint-context';
import {
  approveResolution,
  assessComplaint,
  closeComplaint,
  completeImplementationTask,
  proposeResolution,
  recordComplaintFollowUp,
  recordCustomerDecision,
  reopenComplaint,
  returnResolution,
  startImplementation,
} from './complaint-workflow.service';
import { Complaint } from './complaint.entity';
import {
  ApproveResolutionInput,
  AssessComplaintInput,
  CloseComplaintInput,
  CompleteImplementationTaskInput,
  ComplaintFollowUpInput,
  CustomerDecisionInput,
  ProposeResolutionInput,
  ReassignComplaintInput,
  ReferComplaintInput,
  ReopenComplaintInput,
  ReturnResolutionInput,
  StartImplementationInput,
} from './complaint.inputs';
import { reassignComplaint, referComplaint } from './complaint-handover.service';

/** One mutation per step; each checks `version`, the role and the machine (INVALID_TRANSITION with `allowed`). */
@Resolver(() => Complaint)
export class ComplaintWorkflowResolver {
  @Authorized('complaint:edit')
  @Mutation(() => Complaint, { description: '判断: valid → INVESTIGATING with departments; invalid → REJECTED with the explanation' })
  assessComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => AssessComplaintInput) input: AssessComplaintInput): Promise<Complaint> {
    return assessComplaint(complaintContext(ctx), id, version, input);
  }

  @Authorized('complaint:edit')
  @Mutation(() => Complaint, { description: '方案: a proposal for the approver; while proposals wait (PROPOSED) another one is an alternative beside them' })
  proposeResolution(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => ProposeResolutionInput) input: ProposeResolutionInput): Promise<Complaint> {
    return proposeResolution(complaintContext(ctx), id, version, input);
  }

  @Authorized('complaint:approve')
  @Mutation(() => Complaint, {
    description:
      'By an approver (settings complaint.approver.*: the department manager and the centre director by default; FORBIDDEN otherwise): approves one proposal waiting, the others are kept as NOT_CHOSEN. BAD_USER_INPUT proposalId required (several waiting) or notPending',
  })
  approveResolution(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ApproveResolutionInput, { nullable: true }) input?: ApproveResolutionInput,
    @Arg('note', () => String, { nullable: true, description: "The manager's note with the approval", deprecationReason: MOVED_TO_INPUT }) note?: string,
    @Arg('proposalId', () => ID, { nullable: true, description: 'The proposal approved; may be left out when only one waits', deprecationReason: MOVED_TO_INPUT }) proposalId?: string,
  ): Promise<Complaint> {
    return approveResolution(complaintContext(ctx), id, version, stepValue('note', input?.note, note), stepValue('proposalId', input?.proposalId, proposalId));
  }

  @Authorized('complaint:approve')
  @Mutation(() => Complaint, { description: 'By an approver (as approveResolution): every proposal waiting goes back (RETURNED); the note says what to change' })
  returnResolution(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ReturnResolutionInput, { nullable: true }) input?: ReturnResolutionInput,
    @Arg('note', () => String, { nullable: true, description: 'Why the proposal goes back to the agent', deprecationReason: MOVED_TO_INPUT }) note?: string,
  ): Promise<Complaint> {
    return returnResolution(complaintContext(ctx), id, version, stepValue('note', input?.note, note, true));
  }

  @Authorized('complaint:edit')
  @Mutation(() => Complaint, { description: 'Accepted: the agreement (处理协议); rejected (note: why): back to a new proposal' })
  recordCustomerDecision(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CustomerDecisionInput, { nullable: true }) input?: CustomerDecisionInput,
    @Arg('accepted', () => Boolean, { nullable: true, description: 'Whether the customer accepts the approved resolution', deprecationReason: MOVED_TO_INPUT }) accepted?: boolean,
    @Arg('note', () => String, { nullable: true, description: 'What the customer said', deprecationReason: MOVED_TO_INPUT }) note?: string,
  ): Promise<Complaint> {
    return recordCustomerDecision(complaintContext(ctx), id, version, stepValue('accepted', input?.accepted, accepted, true), stepValue('note', input?.note, note));
  }

  @Authorized('complaint:edit')
  @Mutation(() => Complaint, { description: 'Creates one task per responsible department' })
  startImplementation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => StartImplementationInput, { nullable: true }) input?: StartImplementationInput,
    @Arg('note', () => String, { nullable: true, description: 'A note for the departments', deprecationReason: MOVED_TO_INPUT }) note?: string,
  ): Promise<Complaint> {
    return startImplementation(complaintContext(ctx), id, version, stepValue('note', input?.note, note));
  }

  @Authorized('complaint:edit')
  @Mutation(() => Complaint, { description: 'The last task done moves the complaint to FOLLOW_UP' })
  completeImplementationTask(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CompleteImplementationTaskInput, { nullable: true }) input?: CompleteImplementationTaskInput,
    @Arg('taskId', () => ID, { nullable: true, description: "The department's task (ComplaintTask.id)", deprecationReason: MOVED_TO_INPUT }) taskId?: string,
    @Arg('note', () => String, { nullable: true, description: 'What the department did', deprecationReason: MOVED_TO_INPUT }) note?: string,
  ): Promise<Complaint> {
    return completeImplementationTask(complaintContext(ctx), id, version, stepValue('taskId', input?.taskId, taskId, true), stepValue('note', input?.note, note));
  }

  @Authorized('complaint:edit')
  @Mutation(() => Complaint, {
    description: '回访: satisfied → FOLLOWED_UP (then close); not satisfied → reopened',
    deprecationReason: 'Removed after 2027-06-01: record the call on the complaint’s follow-up (recordFollowUpAttempt, then completeFollowUp), which moves the complaint',
  })
  recordComplaintFollowUp(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ComplaintFollowUpInput, { nullable: true }) input?: ComplaintFollowUpInput,
    @Arg('satisfied', () => Boolean, { nullable: true, description: 'Whether the customer is satisfied; not satisfied reopens the handling', deprecationReason: MOVED_TO_INPUT }) satisfied?: boolean,
    @Arg('note', () => String, { nullable: true, description: 'What the customer said at the follow-up (回访记录)', deprecationReason: MOVED_TO_INPUT }) note?: string,
  ): Promise<Complaint> {
    return recordComplaintFollowUp(complaintContext(ctx), id, version, stepValue('satisfied', input?.satisfied, satisfied, true), stepValue('note', input?.note, note, true));
  }

  @Authorized('complaint:edit')
  @Mutation(() => Complaint, { description: 'Closes the complaint after the follow-up (办结)' })
  closeComplaint(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CloseComplaintInput, { nullable: true }) input?: CloseComplaintInput,
    @Arg('note', () => String, { nullable: true, description: 'A closing note', deprecationReason: MOVED_TO_INPUT }) note?: string,
  ): Promise<Complaint> {
    return closeComplaint(complaintContext(ctx), id, version, stepValue('note', input?.note, note));
  }

  @Authorized('complaint:edit')
  @Mutation(() => Complaint, { description: 'Back to RECEIVED for a new assessment, with a new time limit' })
  reopenComplaint(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ReopenComplaintInput, { nullable: true }) input?: ReopenComplaintInput,
    @Arg('reason', () => String, { nullable: true, description: 'Why the handling starts again', deprecationReason: MOVED_TO_INPUT }) reason?: string,
  ): Promise<Complaint> {
    return reopenComplaint(complaintContext(ctx), id, version, stepValue('reason', input?.reason, reason, true));
  }

  @Authorized('complaint:edit')
  @Mutation(() => Complaint, {
    description:
      '上交: the owner hands the open complaint up to the shift leader at once (level-1 escalation: the leader\'s inbox; the manager 24 h later if still open). FORBIDDEN unless the owner; BAD_USER_INPUT required reason; RULE_VIOLATION closed or alreadyEscalated; CONFLICT on a stale version',
  })
  referComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => ReferComplaintInput) input: ReferComplaintInput): Promise<Complaint> {
    return referComplaint(complaintContext(ctx), id, version, input);
  }

  @Authorized('complaint:assign')
  @Mutation(() => Complaint, {
    description:
      '转交: a shift leader, the manager or the director makes another active agent or shift leader the owner (首问负责 passes with it), on the timeline and in the new owner\'s inbox. BAD_USER_INPUT reason required, handlerId notFound, notHandler or sameOwner; RULE_VIOLATION closed; CONFLICT on a stale version',
  })
  reassignComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => ReassignComplaintInput) input: ReassignComplaintInput): Promise<Complaint> {
    return reassignComplaint(complaintContext(ctx), id, version, input);
  }
}
