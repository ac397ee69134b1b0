import CheckIcon from '@mui/icons-material/Check';
import EditNoteIcon from '@mui/icons-material/EditNote';
import GavelIcon from '@mui/icons-material/Gavel';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import SendIcon from '@mui/icons-material/Send';
import { EVALUATION_STEPS, type EvaluationAction } from '@sanxin/domain';
import type { ReactElement } from 'react';
import { type RaRecord, RecordContextProvider } from 'react-admin';
import { WorkflowButtons } from '../../workflow/WorkflowButtons';
import { evaluationStep } from './evaluationSteps';

const ICONS: Record<EvaluationAction, ReactElement> = {
  submit: <SendIcon />,
  acknowledge: <CheckIcon />,
  dispute: <ReportProblemIcon />,
  uphold: <GavelIcon />,
  revise: <EditNoteIcon />,
};

/**
 * 提交 / 确认 / 申诉 / 维持 / 改分: exactly the steps the API lists in `availableActions` for this viewer
 * (the domain's evaluation machine and who they are to it), run the pessimistic way.
 */
export const EvaluationButtons = ({ record, onDone }: { record: RaRecord; onDone?(): void }) => (
  <RecordContextProvider value={record}>
    <WorkflowButtons
      steps={EVALUATION_STEPS}
      icons={ICONS}
      actionLabels="sanxin.enums.evaluationAction"
      messages="app.quality"
      subject={(r) => r.agent?.name ?? ''}
      stepOf={evaluationStep}
      onDone={onDone}
    />
  </RecordContextProvider>
);
