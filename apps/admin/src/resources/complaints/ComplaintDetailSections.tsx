import { Box, Button as MuiButton, Chip, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { type EscalationLevelName, escalationLevelOf } from '@sanxin/domain';
import { useState } from 'react';
import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import type { ComplaintDetail } from './complaintQueries';
import { ActionDialog } from '../../workflow/ActionDialog';
import { useWorkflow } from '../../workflow/useWorkflow';
import { approveProposalDialog, pendingProposals, type StepValues } from './complaintActions';
import { formatMoney } from '../../workflow/money';
import { HandlingOpinionDialog } from './HandlingOpinionDialog';

type Row = Record<string, unknown> & { id: string };
const time = (value: unknown) => (value ? new Date(String(value)).toLocaleString() : '-');
const nameOf = (value: unknown) => (value as { name?: string } | null)?.name ?? '';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box sx={{ mt: 3 }}>
    <Typography variant="h6" gutterBottom>
      {title}
    </Typography>
    {children}
  </Box>
);

/** A department task's note arrives as "WAREHOUSE: 已送达": the department is shown by its label. */
export function noteOf(entry: Row, translate: (key: string, options?: object) => string): string {
  const note = String(entry.note ?? '');
  const match = entry.step === 'completeTask' ? /^([A-Z_]+)(?::\s*(.*))?$/s.exec(note) : null;
  if (!match) return note;
  const department = translate(`sanxin.enums.department.${match[1]}`, { _: match[1] });
  return match[2] ? `${department}：${match[2]}` : department;
}

/** 投诉处理记录: who did which step when, with the note; escalations name who they went to. */
export const ComplaintTimeline = ({ detail }: { detail?: ComplaintDetail }) => {
  const translate = useTranslate();
  const title = translate('app.complaint.sections.timeline');
  if (!detail) return null;
  return (
    <Section title={title}>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.complaint.timeline.at')}</TableCell>
            <TableCell>{translate('app.complaint.timeline.actor')}</TableCell>
            <TableCell>{translate('app.complaint.timeline.step')}</TableCell>
            <TableCell>{translate('app.complaint.timeline.note')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(detail.timeline as Row[]).map((entry) => (
            <TableRow key={entry.id} data-step={String(entry.step)}>
              <TableCell>{time(entry.at)}</TableCell>
              <TableCell>{nameOf(entry.actor) || translate('app.complaint.timeline.system')}</TableCell>
              <TableCell>
                {translate(`sanxin.enums.complaintTimelineStep.${entry.step}`)}
                {entry.recipient ? ` → ${nameOf(entry.recipient)}` : ''}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{noteOf(entry, translate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

/** 实施任务: one per responsible department, tracked to done. */
export const ComplaintTasks = ({ detail }: { detail?: ComplaintDetail }) => {
  const translate = useTranslate();
  const title = translate('app.complaint.sections.tasks');
  if (!detail?.tasks.length) return null;
  return (
    <Section title={title}>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.complaint.fields.department')}</TableCell>
            <TableCell>{translate('app.complaint.fields.taskStatus')}</TableCell>
            <TableCell>{translate('app.complaint.fields.doneAt')}</TableCell>
            <TableCell>{translate('app.complaint.fields.note')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(detail.tasks as Row[]).map((task) => (
            <TableRow key={task.id} data-task={String(task.status)}>
              <TableCell>{translate(`sanxin.enums.department.${task.department}`)}</TableCell>
              <TableCell>{translate(`sanxin.enums.complaintTaskStatus.${task.status}`)}</TableCell>
              <TableCell>{task.doneAt ? time(task.doneAt) : '-'}</TableCell>
              <TableCell>{String(task.note ?? '')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

/**
 * 处理方案: every proposal side by side with its rationale (relationship, word of mouth, reasonableness,
 * share of fault) and decision; alternatives not chosen are labelled 未采纳. When the API offers this
 * viewer `approve` and several wait, each waiting one has its own 批准此方案.
 */
export const ComplaintProposals = ({ detail }: { detail?: ComplaintDetail }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const run = useWorkflow();
  const [approving, setApproving] = useState<string>();
  const title = translate('app.complaint.sections.proposals');
  if (!detail?.proposals.length || !record) return null;
  const pickOne = ((record.availableActions ?? []) as string[]).includes('APPROVE_RESOLUTION') && pendingProposals(detail.proposals).length > 1;
  const spec = approving ? approveProposalDialog({ id: String(record.id), version: record.version }, approving) : undefined;
  return (
    <Section title={title}>
      <Grid container spacing={1.5}>
        {(detail.proposals as Row[]).map((proposal, index) => (
          <Grid key={proposal.id} size={{ xs: 12, md: 6, lg: 4 }}>
            <Box
              sx={{
                borderLeft: 3,
                borderColor: proposal.decision === 'APPROVED' ? 'success.main' : 'divider',
                pl: 2,
                height: '100%',
                opacity: proposal.decision === 'NOT_CHOSEN' ? 0.7 : 1,
              }}
              data-proposal={String(proposal.decision)}
              data-proposal-id={proposal.id}
              role="group"
              aria-label={`${translate('app.complaint.proposal', { index: index + 1 })}`}
            >
              <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap">
                <Typography variant="subtitle2">
                  {translate('app.complaint.proposal', { index: index + 1 })} · {translate(`sanxin.enums.resolutionType.${proposal.type}`)} ·{' '}
                  {formatMoney(String(proposal.amount ?? '0'))}
                </Typography>
                <Chip
                  size="small"
                  label={translate(`sanxin.enums.proposalDecision.${proposal.decision}`)}
                  color={proposal.decision === 'APPROVED' ? 'success' : proposal.decision === 'PENDING' ? 'warning' : 'default'}
                  variant={proposal.decision === 'NOT_CHOSEN' ? 'outlined' : 'filled'}
                />
                {proposal.customerAccepted != null && (
                  <Typography variant="caption">{translate(proposal.customerAccepted ? 'app.complaint.customerAccepted' : 'app.complaint.customerRejected')}</Typography>
                )}
              </Stack>
              <Typography variant="body2">{String(proposal.description ?? '')}</Typography>
              <Typography variant="caption" component="div" color="text.secondary">
                {translate('app.complaint.fields.relationship')}：{String(proposal.relationship ?? '')}；{translate('app.complaint.fields.wordOfMouth')}：
                {String(proposal.wordOfMouth ?? '')}；{translate('app.complaint.fields.reasonableness')}：{String(proposal.reasonableness ?? '')}；
                {translate('app.complaint.fields.companyFaultPercent')}：{String(proposal.companyFaultPercent ?? '')}%
              </Typography>
              {Boolean(proposal.decisionNote) && (
                <Typography variant="caption" component="div">
                  {translate('app.complaint.fields.decisionNote')}：{String(proposal.decisionNote)}
                </Typography>
              )}
              {pickOne && proposal.decision === 'PENDING' && (
                <MuiButton size="small" variant="outlined" sx={{ mt: 1 }} onClick={() => setApproving(proposal.id)} data-action="approveProposal">
                  {translate('app.complaint.actions.approveThis')}
                </MuiButton>
              )}
            </Box>
          </Grid>
        ))}
      </Grid>
      {spec && (
        <ActionDialog<StepValues>
          key={approving}
          title={translate('app.complaint.actions.approveThis')}
          fields={spec.fields}
          validate={spec.validate}
          maxWidth="sm"
          onClose={() => setApproving(undefined)}
          onConfirm={async (values) => Boolean(await run(spec.mutation, spec.variables(values), 'app.complaint.done.approve'))}
        />
      )}
    </Section>
  );
};

/** 投诉计时: the original clock (first received) and, after a reopening, the restarted one, with the next escalation due. */
export const ComplaintClock = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  const clock = record?.clock as
    | {
        clock: string;
        originalStartAt: string;
        startAt: string;
        hoursSinceOriginal: number;
        hoursSinceStart: number;
        reopenCount: number;
        nextLevel: EscalationLevelName | null;
        nextEscalationAt: string | null;
      }
    | undefined;
  if (!clock) return null;
  const hours = (value: number) => translate('app.complaint.clock.hours', { hours: (Math.round(value * 10) / 10).toFixed(1) });
  const title = translate('app.complaint.sections.clock');
  return (
    <Section title={title}>
      <Table size="small" aria-label={title}>
        <TableBody>
          <TableRow data-clock="original">
            <TableCell>{translate('app.complaint.clock.original')}</TableCell>
            <TableCell>{time(clock.originalStartAt)}</TableCell>
            <TableCell>{hours(clock.hoursSinceOriginal)}</TableCell>
          </TableRow>
          {clock.reopenCount > 0 && (
            <TableRow data-clock="restarted">
              <TableCell>{translate('app.complaint.clock.restarted', { count: clock.reopenCount })}</TableCell>
              <TableCell>{time(clock.startAt)}</TableCell>
              <TableCell>{hours(clock.hoursSinceStart)}</TableCell>
            </TableRow>
          )}
          <TableRow>
            <TableCell>{translate('app.complaint.clock.kind')}</TableCell>
            <TableCell colSpan={2}>{translate(`sanxin.enums.escalationClock.${clock.clock}`, { _: clock.clock })}</TableCell>
          </TableRow>
          {clock.nextLevel != null && (
            <TableRow data-clock="next">
              <TableCell>{translate('app.complaint.clock.next')}</TableCell>
              <TableCell colSpan={2}>
                {translate(`app.complaint.sla.escalated${escalationLevelOf(clock.nextLevel)}`)} · {time(clock.nextEscalationAt)}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Section>
  );
};

/** 超时升级: to whom, when, and their handling opinion; the escalated leader records it here or in the inbox. */
export const ComplaintEscalations = ({ detail }: { detail?: ComplaintDetail }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState(false);
  const title = translate('app.complaint.sections.escalations');
  if (!detail?.escalations.length || !record) return null;
  const mine = (detail.escalations as Row[]).some((escalation) => escalation.escalatedToId === identity?.id && !escalation.opinion);
  return (
    <Section title={title}>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.complaint.escalation.level')}</TableCell>
            <TableCell>{translate('app.complaint.escalation.to')}</TableCell>
            <TableCell>{translate('app.complaint.escalation.at')}</TableCell>
            <TableCell>{translate('app.complaint.escalation.opinion')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(detail.escalations as Row[]).map((escalation) => (
            <TableRow key={escalation.id}>
              <TableCell>{translate(`app.complaint.sla.escalated${escalationLevelOf(escalation.level as EscalationLevelName)}`)}</TableCell>
              <TableCell>
                {nameOf(escalation.escalatedTo) || '-'}
                {escalation.referredById ? `（${translate('sanxin.enums.complaintTimelineStep.refer')}：${nameOf(escalation.referredBy)}，${String(escalation.reason ?? '')}）` : ''}
              </TableCell>
              <TableCell>{time(escalation.escalatedAt)}</TableCell>
              <TableCell>
                {escalation.opinion ? `${escalation.opinion}（${time(escalation.opinionAt)}）` : translate('app.complaint.escalation.noOpinion')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {mine && (
        <MuiButton sx={{ mt: 1 }} variant="outlined" onClick={() => setOpen(true)}>
          {translate('app.complaint.escalation.record')}
        </MuiButton>
      )}
      {open && <HandlingOpinionDialog complaintId={String(record.id)} onClose={() => setOpen(false)} />}
    </Section>
  );
};
