import { Accordion, AccordionDetails, AccordionSummary, Box, Chip, LinearProgress, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { CALL_TYPES } from '@sanxin/domain';
import { BooleanField, DateField, EditButton, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import type { CallScriptDetail } from './callScriptQueries';
import { CallScriptPanel } from './CallScriptPanel';
import { useCallScriptDetail } from './useCallScriptDetail';

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** A script: its current steps and phrases, a try-out of the call screen's panel, and every earlier revision. */
export const CallScriptShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <SelectField source="callType" choices={choicesOf(CALL_TYPES, 'callType')} />
      <TextField source="name" />
      <BooleanField source="active" />
      <TextField source="revision" />
      <DateField source="updatedAt" showTime />
      <ScriptContent />
    </SimpleShowLayout>
  </Show>
);

const ScriptContent = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { detail } = useCallScriptDetail(record?.id as string | undefined, record?.version);
  if (!detail) return <LinearProgress />;
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <Box sx={{ flex: 1 }}>
          <Lines steps={detail.steps} phrases={detail.phrases} />
        </Box>
        <Box sx={{ flex: 1 }}>
          <CallScriptPanel script={detail} context={{ customerSurname: '王', customerGender: 'MALE', agentName: '张思远', product: '空压机' }} />
        </Box>
      </Stack>
      <Typography variant="h6" sx={{ mt: 3 }}>
        {translate('app.callScript.history')}
      </Typography>
      {detail.revisions.map((revision) => (
        <Accordion key={revision.id} disableGutters>
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Stack direction="row" spacing={1} alignItems="center">
              <Typography>{translate('app.callScript.revision', { revision: revision.revision })}</Typography>
              {revision.revision === detail.revision && <Chip size="small" color="primary" label={translate('app.callScript.current')} />}
              <Typography variant="body2" color="text.secondary">
                {revision.name} · {translate('app.callScript.savedBy', { at: new Date(revision.createdAt).toLocaleString(), name: revision.author?.name ?? '—' })}
              </Typography>
            </Stack>
          </AccordionSummary>
          <AccordionDetails>
            <Lines steps={revision.steps} phrases={revision.phrases} />
          </AccordionDetails>
        </Accordion>
      ))}
    </Box>
  );
};

const Lines = ({ steps, phrases }: Pick<CallScriptDetail, 'steps' | 'phrases'>) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle2">{translate('resources.callScripts.fields.steps')}</Typography>
      <List dense>
        {steps.map((step, index) => (
          <ListItem key={`${index}-${step.kind}`} disableGutters>
            <ListItemText
              primary={`${index + 1}. ${translate(`sanxin.enums.scriptStepKind.${step.kind}`)}${step.branch === 'ALL' ? '' : ` · ${translate(`sanxin.enums.scriptBranch.${step.branch}`)}`}`}
              secondary={step.text}
            />
          </ListItem>
        ))}
      </List>
      <Typography variant="subtitle2">{translate('resources.callScripts.fields.phrases')}</Typography>
      <List dense>
        {phrases.map((phrase, index) => (
          <ListItem key={`${index}-${phrase.situation}`} disableGutters>
            <ListItemText primary={translate(`sanxin.enums.scriptSituation.${phrase.situation}`)} secondary={phrase.text} />
          </ListItem>
        ))}
      </List>
    </>
  );
};
