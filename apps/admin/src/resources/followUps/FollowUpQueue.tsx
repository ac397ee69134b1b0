import { Box, Card, Checkbox, FormControlLabel, List, ListItemButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { FOLLOW_UP_STATUSES, FOLLOW_UP_TRIGGERS, type FollowUpStatus, type FollowUpTrigger, type Role } from '@sanxin/domain';
import { useEffect, useRef, useState } from 'react';
import { Loading, Title, useGetIdentity, useNavigate, useTranslate } from 'react-admin';
import { formatInstant } from '../scheduling';
import { CallWindowBadge, OverdueMark } from './CallWindowBadge';
import { FollowUpLeaderButtons } from './FollowUpLeaderButtons';
import { LEADER_STEPS } from './followUpSteps';
import type { FollowUpRow, QueueFilter } from './followUpQueries';
import { useFollowUpQueue } from './useFollowUpQueue';
import { ExportMenu } from '../../export/ExportButton';

/** The work: still to call or being called. */
const ACTIVE: FollowUpStatus[] = ['OPEN', 'IN_PROGRESS'];

/** Typing in a filter must not move the selection. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable);

/** j/k or ↓/↑ move the selection, Enter opens the call screen: a caller works the queue without the mouse. */
export function useQueueKeys(rows: readonly { id: string }[], open: (id: string) => void, enabled = true) {
  const [selected, setSelected] = useState(0);
  useEffect(() => setSelected((index) => Math.min(index, Math.max(rows.length - 1, 0))), [rows.length]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!enabled || typing(event.target) || event.altKey || event.ctrlKey || event.metaKey || rows.length === 0) return;
      if (event.key === 'j' || event.key === 'ArrowDown') setSelected((index) => Math.min(index + 1, rows.length - 1));
      else if (event.key === 'k' || event.key === 'ArrowUp') setSelected((index) => Math.max(index - 1, 0));
      else if (event.key === 'Enter') open(rows[Math.min(selected, rows.length - 1)].id);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rows, selected, open, enabled]);
  return selected;
}

const Row = ({
  row,
  selected,
  showAssignee,
  leader,
  onOpen,
  onDone,
}: {
  row: FollowUpRow;
  selected: boolean;
  showAssignee: boolean;
  leader: boolean;
  onOpen(): void;
  onDone(): void;
}) => {
  const translate = useTranslate();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const last = row.lastAttempt;
  return (
    <Box sx={{ borderBottom: 1, borderColor: 'divider' }} data-follow-up={row.id}>
      <ListItemButton ref={ref} selected={selected} onClick={onOpen} aria-current={selected ? 'true' : undefined} sx={{ display: 'block', py: 1 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography component="span" sx={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '100%' }}>
            {row.customer?.name ?? '-'}
          </Typography>
          <CallWindowBadge window={row.callWindow} />
          <OverdueMark overdue={row.overdue} />
        </Stack>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', color: 'text.secondary', fontSize: 14, mt: 0.5 }}>
          <span>{translate(`sanxin.enums.followUpTrigger.${row.trigger}`)}</span>
          <span>{translate(`sanxin.enums.followUpStatus.${row.status}`)}</span>
          <span>
            {translate('resources.followUps.fields.dueAt')} {formatInstant(row.dueAt)}
          </span>
          <span>
            {last ? `${translate(`sanxin.enums.attemptOutcome.${last.outcome}`)} · ${formatInstant(last.at)}` : translate('app.followUp.queue.noAttempt')}
          </span>
          {showAssignee && <span>{row.assignee?.name}</span>}
        </Stack>
      </ListItemButton>
      {leader && row.availableActions.some((step) => step in LEADER_STEPS) && (
        <Box sx={{ px: 1, pb: 1 }}>
          <FollowUpLeaderButtons record={row} onDone={onDone} />
        </Box>
      )}
    </Box>
  );
};

const QueueList = ({ filter, showAssignee, leader, keyboard = true }: { filter: QueueFilter; showAssignee: boolean; leader: boolean; keyboard?: boolean }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { rows, total, reload } = useFollowUpQueue(filter);
  const open = (id: string) => navigate(`/followUps/${encodeURIComponent(id)}/show`);
  const selected = useQueueKeys(rows ?? [], open, keyboard);
  if (!rows) return <Loading />;
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {translate('app.followUp.queue.total', { total })} · {translate('app.followUp.queue.keys')}
      </Typography>
      <Card>
        {rows.length === 0 ? (
          <Typography sx={{ p: 2 }}>{translate('app.followUp.queue.empty')}</Typography>
        ) : (
          <List disablePadding aria-label={translate('app.followUp.queue.title')}>
            {rows.map((row, index) => (
              <Row
                key={row.id}
                row={row}
                selected={index === selected}
                showAssignee={showAssignee}
                leader={leader}
                onOpen={() => open(row.id)}
                onDone={reload}
              />
            ))}
          </List>
        )}
      </Card>
    </>
  );
};

const LEADS = new Set<Role>(['SHIFT_LEADER', 'DEPT_MANAGER', 'CENTER_DIRECTOR']);

/** 我的回访: due first, whether the customer may be called now, overdue, the last call; leaders may widen it to their team. */
export const FollowUpQueue = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const leader = LEADS.has(identity?.role as Role);
  const [mine, setMine] = useState(true);
  const [status, setStatus] = useState<string>('ACTIVE');
  const [trigger, setTrigger] = useState<string>('');
  const [overdue, setOverdue] = useState(false);
  const filter: QueueFilter = {
    ...(mine ? { mine: true } : {}),
    status: status === 'ACTIVE' ? ACTIVE : status ? [status as FollowUpStatus] : null,
    ...(trigger ? { trigger: [trigger as FollowUpTrigger] } : {}),
    ...(overdue ? { overdue: true } : {}),
  };
  return (
    <>
      <Title title={mine ? 'app.followUp.queue.title' : 'app.followUp.queue.teamTitle'} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mt: 1 }}>
        <TextField
          select
          size="small"
          label={translate('app.followUp.queue.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          sx={{ minWidth: 140 }}
          inputProps={{ 'aria-label': translate('app.followUp.queue.status') }}
        >
          <MenuItem value="ACTIVE">
            {FOLLOW_UP_STATUSES.filter((s) => ACTIVE.includes(s))
              .map((s) => translate(`sanxin.enums.followUpStatus.${s}`))
              .join(' / ')}
          </MenuItem>
          <MenuItem value="">{translate('app.followUp.queue.any')}</MenuItem>
          {FOLLOW_UP_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(`sanxin.enums.followUpStatus.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.followUp.queue.trigger')}
          value={trigger}
          onChange={(e) => setTrigger(e.target.value)}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="">{translate('app.followUp.queue.any')}</MenuItem>
          {FOLLOW_UP_TRIGGERS.map((t) => (
            <MenuItem key={t} value={t}>
              {translate(`sanxin.enums.followUpTrigger.${t}`)}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={<Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />}
          label={translate('app.followUp.queue.overdueOnly')}
        />
        {leader && (
          <FormControlLabel control={<Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)} />} label={translate('app.followUp.queue.mine')} />
        )}
        <ExportMenu list="followUps" filter={filter} />
      </Stack>
      <QueueList filter={filter} showAssignee={!mine} leader={leader} />
    </>
  );
};

/** 无法联系 / 超期: what the leader must act on in their team (the API limits a leader to their team): reassign, send back or cancel. */
export const FollowUpAttentionPage = () => {
  const translate = useTranslate();
  return (
    <>
      <Title title="app.followUp.queue.attentionTitle" />
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('sanxin.enums.followUpStatus.UNREACHABLE')}
      </Typography>
      <QueueList filter={{ status: ['UNREACHABLE'] }} showAssignee leader />
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('app.followUp.overdue')}
      </Typography>
      <QueueList filter={{ overdue: true }} showAssignee leader keyboard={false} />
    </>
  );
};
