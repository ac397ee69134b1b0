import { Box, Button as MuiButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import type { ComplaintDetail } from './complaintQueries';
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

/** 处理方案: every proposal with its rationale (relationship, word of mouth, reasonableness, share of fault) and decision. */
export const ComplaintProposals = ({ detail }: { detail?: ComplaintDetail }) => {
  const translate = useTranslate();
  const title = translate('app.complaint.sections.proposals');
  if (!detail?.proposals.length) return null;
  return (
    <Section title={title}>
      <Stack spacing={1.5}>
        {(detail.proposals as Row[]).map((proposal) => (
          <Box
            key={proposal.id}
            sx={{ borderLeft: 3, borderColor: proposal.decision === 'APPROVED' ? 'success.main' : 'divider', pl: 2 }}
            data-proposal={String(proposal.decision)}
          >
            <Typography variant="subtitle2">
              {translate(`sanxin.enums.resolutionType.${proposal.type}`)} · {formatMoney(String(proposal.amount ?? '0'))} ·{' '}
              {translate(`sanxin.enums.proposalDecision.${proposal.decision}`)}
              {proposal.customerAccepted != null &&
                ` · ${translate(proposal.customerAccepted ? 'app.complaint.customerAccepted' : 'app.complaint.customerRejected')}`}
            </Typography>
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
          </Box>
        ))}
      </Stack>
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
              <TableCell>{translate(`app.complaint.sla.escalated${Math.min(Number(escalation.level), 2)}`)}</TableCell>
              <TableCell>{nameOf(escalation.escalatedTo) || '-'}</TableCell>
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
