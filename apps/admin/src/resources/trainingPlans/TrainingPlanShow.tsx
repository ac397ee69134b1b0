import ArchiveIcon from '@mui/icons-material/Archive';
import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { TRAINING_PLAN_STATUSES, TRAINING_PLAN_STEPS } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import {
  DateField,
  EditButton,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useGetMany,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { useSmallScreen } from '../../layout/useSmallScreen';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { WorkflowButtons } from '../../workflow/WorkflowButtons';
import type { TrainingSessionRecord } from './trainingPlanQueries';
import { DimensionField } from './DimensionField';
import { RecordSessionButton } from './RecordSessionButton';

const statuses = choicesOf(TRAINING_PLAN_STATUSES, 'trainingPlanStatus');

const ARCHIVE = { ARCHIVE: TRAINING_PLAN_STEPS.ARCHIVE };

/** 修改 / 归档 / 记录培训 only while the API offers them (availableActions): an archived plan is read-only. */
const PlanActions = () => {
  const record = useRecordContext();
  if (!record) return null;
  const mayEdit = ((record.availableActions ?? []) as string[]).includes('UPDATE');
  return (
    <TopToolbar sx={{ justifyContent: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
      {mayEdit && <RecordSessionButton />}
      {mayEdit && <EditButton />}
      <WorkflowButtons
        steps={ARCHIVE}
        icons={{ archive: <ArchiveIcon /> }}
        actionLabels="sanxin.enums.trainingPlanAction"
        messages="app.trainingPlan"
        subject={(plan) => String(plan.topic)}
        stepOf={(_, plan, translate) => ({
          mutation: 'archiveTrainingPlan',
          confirmText: translate('app.trainingPlan.confirmArchive'),
          variables: () => ({ id: plan.id, version: plan.version }),
        })}
      />
    </TopToolbar>
  );
};

const Agents = () => {
  const record = useRecordContext();
  const { data } = useGetMany('staffMembers', { ids: (record?.agentIds as string[] | undefined) ?? [] }, { enabled: !!record });
  return (
    <Labeled label="resources.trainingPlans.fields.agentIds">
      <Box>
        {data?.map((agent) => (
          <Chip key={agent.id} label={agent.name} size="small" sx={{ mr: 0.5, mb: 0.5 }} />
        ))}
      </Box>
    </Labeled>
  );
};

const score = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(value));

/** Each session: who attended, with their exam score; on a phone one line per person. */
const SessionResults = ({ session }: { session: TrainingSessionRecord }) => {
  const translate = useTranslate();
  const small = useSmallScreen();
  const attended = (value: boolean) => translate(value ? 'app.trainingPlan.attended' : 'app.trainingPlan.absent');
  if (small)
    return (
      <Stack component="ul" sx={{ pl: 2, m: 0 }}>
        {session.results.map((result) => (
          <li key={result.staffId} data-staff-id={result.staffId}>
            {result.staff?.name ?? result.staffId} · {attended(result.attended)} · {score(result.examScore)}
          </li>
        ))}
      </Stack>
    );
  return (
    <Table size="small" aria-label={translate('app.trainingPlan.sessionOf', { date: session.heldOn })}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.trainingPlan.person')}</TableCell>
          <TableCell>{translate('app.trainingPlan.attendance')}</TableCell>
          <TableCell align="right">{translate('app.trainingPlan.examScore')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {session.results.map((result) => (
          <TableRow key={result.staffId} data-staff-id={result.staffId}>
            <TableCell>{result.staff?.name ?? result.staffId}</TableCell>
            <TableCell>{attended(result.attended)}</TableCell>
            <TableCell align="right">{score(result.examScore)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Sessions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [sessions, setSessions] = useState<TrainingSessionRecord[]>();
  const id = record?.id ? String(record.id) : undefined;
  // Read again when the plan's version moves: recording a session bumps it, and the page refreshes after.
  const version = record?.version;
  useEffect(() => {
    if (!id || version == null) return;
    let live = true;
    dataProvider.trainingPlanSessions(id).then(
      (value) => live && setSessions(value),
      () => live && setSessions([]),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, id, version]);
  return (
    <Box component="section" sx={{ p: 2 }} aria-label={translate('app.trainingPlan.sessions')}>
      <Typography variant="h6">{translate('app.trainingPlan.sessions')}</Typography>
      {sessions?.length === 0 && <Typography color="text.secondary">{translate('app.trainingPlan.noSessions')}</Typography>}
      <Stack spacing={2} sx={{ mt: 1 }}>
        {sessions?.map((session) => (
          <Box key={session.id} data-session-id={session.id}>
            <Typography variant="subtitle1">
              {translate('app.trainingPlan.sessionOf', { date: session.heldOn })}
              {session.recordedBy ? ` · ${session.recordedBy.name}` : ''}
            </Typography>
            {session.note && <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{session.note}</Typography>}
            <SessionResults session={session} />
          </Box>
        ))}
      </Stack>
    </Box>
  );
};

const ArchivedNotice = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.status === 'ARCHIVED' ? <Alert severity="info">{translate('app.trainingPlan.readOnly')}</Alert> : null;
};

export const TrainingPlanShow = () => {
  return (
    <Show actions={<PlanActions />}>
      <SimpleShowLayout>
        <ArchivedNotice />
        <TextField source="topic" variant="h6" />
        <DimensionField />
        <DateField source="plannedOn" />
        <SelectField source="status" choices={statuses} />
        <Agents />
        <TextField source="note" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} />
      </SimpleShowLayout>
      <Sessions />
    </Show>
  );
};
