import { Alert, Box, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { canAccess, type Role } from '@sanxin/domain';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { Loading, Title, useDataProvider, useGetIdentity, useNotify, useLocaleState, useRedirect, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { isConflict } from '../../providers/graphqlErrors';
import { nextYear, weekdayLabel } from '../scheduling';
import type { HolidayImportPreview, OfficialDay } from './holidayImportQueries';

const DaysTable = ({ days, label, render }: { days: OfficialDay[]; label: string; render?: (day: OfficialDay, index: number) => ReactNode }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.holidays.fields.date')}</TableCell>
          <TableCell>{translate('app.holidayImport.weekday')}</TableCell>
          <TableCell>{translate('resources.holidays.fields.kind')}</TableCell>
          <TableCell>{translate('resources.holidays.fields.name')}</TableCell>
          {render && <TableCell>{translate('app.holidayImport.storedNow')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {days.map((day, index) => (
          <TableRow key={day.date} data-date={day.date}>
            <TableCell>{day.date}</TableCell>
            <TableCell>{weekdayLabel(day.date, locale)}</TableCell>
            <TableCell>
              <Chip size="small" color={day.kind === 'HOLIDAY' ? 'error' : 'warning'} variant="outlined" label={translate(`sanxin.enums.calendarDayKind.${day.kind}`)} />
            </TableCell>
            <TableCell>{day.name}</TableCell>
            {render && <TableCell>{render(day, index)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Section = ({ title, count, children }: { title: string; count: number; children: ReactNode }) => (
  <Box component="section" aria-label={title}>
    <Typography variant="subtitle1" sx={{ mt: 2, mb: 1 }}>
      {title}（{count}）
    </Typography>
    {count > 0 && children}
  </Box>
);

/** 导入节假日: the official schedule of a year against what is stored, saved only when the administrator confirms. */
export const HolidayImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [year, setYear] = useState<number>(nextYear());
  const [preview, setPreview] = useState<HolidayImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const allowed = !!identity && canAccess(identity.role as Role, 'holiday', 'create');

  const load = useCallback(
    async (wanted: number) => {
      setBusy(true);
      setFailure(null);
      try {
        setPreview(await dataProvider.holidayImportPreview(wanted));
      } catch (caught) {
        setPreview(null);
        setFailure((caught as Error).message);
      } finally {
        setBusy(false);
      }
    },
    [dataProvider],
  );
  useEffect(() => {
    if (allowed) void load(year);
  }, [allowed, load, year]);

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const result = await dataProvider.importHolidays(preview.year, preview.fingerprint);
      notify('app.holidayImport.imported', { type: 'success', messageArgs: { year: result.year, added: result.added, changed: result.changed } });
      redirect(`/holidays?filter=${encodeURIComponent(JSON.stringify({ year: result.year }))}`);
    } catch (caught) {
      notify(isConflict(caught) ? 'app.holidayImport.changedMeanwhile' : (caught as Error).message, { type: 'error' });
      await load(preview.year);
    } finally {
      setBusy(false);
    }
  };

  if (identity && !allowed) return <Alert severity="warning" sx={{ mt: 2 }}>{translate('sanxin.errors.FORBIDDEN')}</Alert>;
  const nothingToSave = !preview || !preview.available || preview.added.length + preview.changed.length === 0;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.holidayImport.title')} />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 2 }}>
          <TextField
            size="small"
            type="number"
            label={translate('app.holidayImport.year')}
            value={year}
            onChange={(event) => Number(event.target.value) >= 2000 && setYear(Number(event.target.value))}
            inputProps={{ name: 'year', min: 2000, max: 2100 }}
          />
          {preview && <Typography variant="body2" color="text.secondary">{translate('app.holidayImport.source', { source: preview.source })}</Typography>}
          <Box flex={1} />
          <Button variant="contained" disabled={busy || nothingToSave} onClick={confirm}>
            {translate('app.holidayImport.confirm')}
          </Button>
        </Stack>
        {failure && <Alert severity="error">{failure}</Alert>}
        {busy && !preview && <Loading />}
        {preview && !preview.available && <Alert severity="info">{translate('app.holidayImport.notAvailable', { year: preview.year })}</Alert>}
        {preview?.available && (
          <>
            <Alert severity={nothingToSave ? 'success' : 'info'}>
              {nothingToSave
                ? translate('app.holidayImport.upToDate', { year: preview.year })
                : translate('app.holidayImport.summary', { year: preview.year, added: preview.added.length, changed: preview.changed.length, unchanged: preview.unchanged.length })}
            </Alert>
            <Section title={translate('app.holidayImport.added')} count={preview.added.length}>
              <DaysTable days={preview.added} label={translate('app.holidayImport.added')} />
            </Section>
            <Section title={translate('app.holidayImport.changed')} count={preview.changed.length}>
              <DaysTable
                days={preview.changed.map((change) => change.day)}
                label={translate('app.holidayImport.changed')}
                render={(_, index) => {
                  const current = preview.changed[index].current;
                  return `${translate(`sanxin.enums.calendarDayKind.${current.kind}`)} ${current.name}`;
                }}
              />
            </Section>
            <Section title={translate('app.holidayImport.unchanged')} count={preview.unchanged.length}>
              <Typography variant="body2" color="text.secondary">
                {preview.unchanged.map((day) => day.date).join('、')}
              </Typography>
            </Section>
            <Section title={translate('app.holidayImport.kept')} count={preview.kept.length}>
              <DaysTable days={preview.kept} label={translate('app.holidayImport.kept')} />
            </Section>
          </>
        )}
      </CardContent>
    </Card>
  );
};

