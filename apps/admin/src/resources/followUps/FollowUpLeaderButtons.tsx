import ReplayIcon from '@mui/icons-material/Replay';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import CancelIcon from '@mui/icons-material/Cancel';
import type { ReactElement } from 'react';
import { RecordContextProvider, type RaRecord, useGetList } from 'react-admin';
import { WorkflowButtons } from '../../workflow/WorkflowButtons';
import { LEADER_STEPS, type LeaderAction, leaderStep } from './followUpSteps';

const ICONS: Record<LeaderAction, ReactElement> = { reassign: <SwapHorizIcon />, retry: <ReplayIcon />, cancel: <CancelIcon /> };

/** 转派 / 重新回访 / 取消: the leader's steps the API lists in `availableActions`, for one follow-up. */
export const FollowUpLeaderButtons = ({ record, onDone }: { record: RaRecord; onDone(): void }) => {
  const { data: staff = [] } = useGetList('staffMembers', { filter: { active: true }, pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } }, { enabled: (record.availableActions ?? []).includes('REASSIGN') });
  return (
    <RecordContextProvider value={record}>
      <WorkflowButtons
        steps={LEADER_STEPS}
        icons={ICONS}
        actionLabels="sanxin.enums.followUpAction"
        messages="app.followUp"
        subject={(r) => r.customer?.name ?? ''}
        stepOf={(action, r, translate) => leaderStep(action, r, translate, staff.map((s) => ({ id: String(s.id), name: String(s.name) })))}
        onDone={onDone}
      />
    </RecordContextProvider>
  );
};
