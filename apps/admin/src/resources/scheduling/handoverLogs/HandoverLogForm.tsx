import { Button, Card, CardContent, MenuItem, Stack, TextField } from '@mui/material';
import { addDays, localDate } from '@sanxin/domain';
import { useCallback, useMemo, useState } from 'react';
import { Title, useNavigate, useNotify, useTranslate } from 'react-admin';
import { type OpenCase, OpenCasePicker } from './OpenCasePicker';
import { BUSINESS_TIME_ZONE } from '../rosterModel';
import type { RosterShift } from '../schedulingQueries';
import { useLoad, useMe, useSchedulingProvider, useShiftLabel, useShiftTypes } from '../useSchedulingData';

/** 交接班: the outgoing leader logs equipment status, open difficult cases and staffing changes for their shift. */
export const HandoverLogForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useSchedulingProvider();
  const me = useMe();
  const shiftTypes = useShiftTypes();
  const types = useMemo(() => new Map((shiftTypes ?? []).map((type) => [type.id, type])), [shiftTypes]);
  const labelOf = useShiftLabel(types);
  const [values, setValues] = useState({ shiftId: '', equipmentStatus: '', staffingChanges: '', notes: '' });
  const [openCases, setOpenCases] = useState<OpenCase[]>([]);
  // The server's BAD_USER_INPUT messages by field name: the field they name turns red with the message.
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  // The shifts I lead or work around now: yesterday's night shift ends this morning.
  const load = useCallback(() => {
    const today = localDate(new Date(), BUSINESS_TIME_ZONE);
    return dataProvider.rosterShifts({ staffId: me?.id as string, dateFrom: addDays(today, -1), dateTo: today });
  }, [dataProvider, me?.id]);
  const shifts = useLoad<RosterShift[]>(me?.id ? load : null).value ?? [];
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }));
  const marked = (name: string) => (fieldErrors[name] ? { error: true, helperText: fieldErrors[name] } : {});
  const field = (name: string) => translate(`resources.handoverLogs.fields.${name}`);

  const submit = async () => {
    setSaving(true);
    setFieldErrors({});
    try {
      await dataProvider.create('handoverLogs', {
        data: {
          shiftId: values.shiftId,
          equipmentStatus: values.equipmentStatus.trim(),
          openCaseIds: openCases.map((complaint) => complaint.id),
          staffingChanges: values.staffingChanges.trim(),
          notes: values.notes.trim(),
        },
      });
      notify('ra.notification.created', { type: 'success', messageArgs: { smart_count: 1 } });
      navigate('/handoverLogs');
    } catch (error) {
      const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
      if (errors) setFieldErrors(errors);
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 760 }}>
      <Title title={translate('resources.handoverLogs.name', { smart_count: 1 })} />
      <CardContent>
        <Stack spacing={2}>
          <TextField select label={field('shiftId')} value={values.shiftId} onChange={set('shiftId')} inputProps={{ name: 'shiftId' }} required {...marked('shiftId')}>
            {shifts.map((shift) => (
              <MenuItem key={shift.id} value={shift.id}>
                {labelOf(shift)} {shift.team?.name ?? ''}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={field('equipmentStatus')} value={values.equipmentStatus} onChange={set('equipmentStatus')} multiline minRows={2} required inputProps={{ name: 'equipmentStatus' }} {...marked('equipmentStatus')} />
          <OpenCasePicker label={field('openCaseIds')} value={openCases} onChange={setOpenCases} error={fieldErrors.openCaseIds} />
          <TextField label={field('staffingChanges')} value={values.staffingChanges} onChange={set('staffingChanges')} multiline minRows={2} inputProps={{ name: 'staffingChanges' }} {...marked('staffingChanges')} />
          <TextField label={field('notes')} value={values.notes} onChange={set('notes')} multiline minRows={2} inputProps={{ name: 'notes' }} {...marked('notes')} />
          <div>
            <Button variant="contained" disabled={saving || !values.shiftId || !values.equipmentStatus.trim()} onClick={submit}>
              {translate('ra.action.save')}
            </Button>
          </div>
        </Stack>
      </CardContent>
    </Card>
  );
};
