import HistoryIcon from '@mui/icons-material/History';
import RestoreIcon from '@mui/icons-material/Restore';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Button, Card, CardContent, CardHeader, Collapse, IconButton, InputAdornment, MenuItem, Stack, Table, TableBody, TableCell, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { canAccess, type Role, SETTING_AREAS, type Settings, settingsFrom, validateSettingChange } from '@sanxin/domain';
import { useCallback, useEffect, useState } from 'react';
import { Loading, Title, useDataProvider, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import type { AuditEntry } from '../audit/auditQueries';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { isConflict } from '../providers/graphqlErrors';
import { choicesOfSetting, formatSetting, labelOfSetting, parseSetting } from './settingFormat';
import type { Setting } from './settingsQueries';

/** 变更记录 of one setting, from the audit log, newest first. */
const SettingHistory = ({ setting }: { setting: Setting }) => {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const translate = useTranslate();
  const [entries, setEntries] = useState<AuditEntry[]>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the history is read again after each save, when the version moves
  useEffect(() => {
    let live = true;
    dataProvider.auditEntries('setting', setting.key).then((loaded) => live && setEntries([...loaded].reverse()));
    return () => {
      live = false;
    };
  }, [dataProvider, setting.key, setting.version]);
  if (!entries) return null;
  if (entries.length === 0) return <Typography variant="body2" color="text.secondary">{translate('app.settings.neverChanged')}</Typography>;
  return (
    <Table size="small" aria-label={translate('app.settings.history')}>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell>{new Date(entry.at).toLocaleString()}</TableCell>
            <TableCell>{entry.actor?.name ?? ''}</TableCell>
            <TableCell>
              {labelOfSetting(setting, Number(entry.oldValue), translate)} → {labelOfSetting(setting, Number(entry.newValue), translate)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** One setting: its value (a time picker for a time of day), the default and range, reset, save and history. */
const SettingRow = ({ setting, current, onSaved }: { setting: Setting; current: Settings; onSaved: () => Promise<void> }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [text, setText] = useState(formatSetting(setting.value, setting.unit));
  const [busy, setBusy] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  useEffect(() => setText(formatSetting(setting.value, setting.unit)), [setting.value, setting.unit]);

  const value = parseSetting(text, setting.unit);
  const choices = choicesOfSetting(setting, translate);
  const violation = validateSettingChange(setting.key, value, current)[0];
  const error = violation ? translate(`sanxin.validation.${violation.rule}`, { _: violation.rule, ...violation.params }) : null;
  const label = translate(`sanxin.settings.${setting.key}`, { _: setting.key });
  const save = async (next: number) => {
    setBusy(true);
    try {
      await dataProvider.updateSetting(setting.key, setting.version, next);
      notify('app.settings.saved', { type: 'success', messageArgs: { label } });
    } catch (failure) {
      notify(isConflict(failure) ? 'sanxin.errors.CONFLICT' : (failure as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      await onSaved();
    }
  };

  return (
    <Box data-setting={setting.key} sx={{ py: 1.5, borderBottom: '1px solid', borderColor: 'divider' }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems={{ sm: 'flex-start' }}>
        <Box flex={1} minWidth={0}>
          <Typography component="label" htmlFor={`setting-${setting.key}`} fontWeight={500}>
            {label}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {choices
              ? translate('app.settings.defaultChoice', { default: choices.find((choice) => choice.value === setting.defaultValue)?.label ?? '' })
              : translate('app.settings.defaultAndRange', {
                  default: formatSetting(setting.defaultValue, setting.unit),
                  min: formatSetting(setting.min, setting.unit),
                  max: formatSetting(setting.max, setting.unit),
                })}
          </Typography>
        </Box>
        {choices ? (
          <TextField
            id={`setting-${setting.key}`}
            select
            size="small"
            value={text}
            onChange={(event) => setText(event.target.value)}
            error={!!error}
            helperText={error ?? ' '}
            inputProps={{ name: setting.key }}
            SelectProps={{ inputProps: { 'aria-label': label } }}
            sx={{ width: 260 }}
          >
            {choices.map((choice) => (
              <MenuItem key={choice.value} value={String(choice.value)}>
                {choice.label}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <TextField
            id={`setting-${setting.key}`}
            size="small"
            type={setting.unit === 'MINUTE_OF_DAY' ? 'time' : 'number'}
            value={text}
            onChange={(event) => setText(event.target.value)}
            error={!!error}
            helperText={error ?? ' '}
            inputProps={{ 'aria-label': label, name: setting.key, min: setting.unit === 'MINUTE_OF_DAY' ? undefined : setting.min, max: setting.unit === 'MINUTE_OF_DAY' ? undefined : setting.max }}
            InputProps={{ endAdornment: setting.unit === 'MINUTE_OF_DAY' ? undefined : <InputAdornment position="end">{translate(`sanxin.enums.settingUnit.${setting.unit}`)}</InputAdornment> }}
            sx={{ width: 190 }}
          />
        )}
        <Stack direction="row" spacing={0.5} alignItems="center" sx={{ pt: 0.5 }}>
          <Button size="small" variant="contained" startIcon={<SaveIcon />} disabled={busy || !!error || value === setting.value} onClick={() => save(value)}>
            {translate('ra.action.save')}
          </Button>
          <Tooltip title={translate('app.settings.resetTo', { value: formatSetting(setting.defaultValue, setting.unit) })}>
            <span>
              <IconButton aria-label={translate('app.settings.reset')} disabled={busy || setting.value === setting.defaultValue} onClick={() => save(setting.defaultValue)}>
                <RestoreIcon />
              </IconButton>
            </span>
          </Tooltip>
          <Tooltip title={translate('app.settings.history')}>
            <IconButton aria-label={translate('app.settings.history')} aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
              <HistoryIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      </Stack>
      <Collapse in={showHistory} unmountOnExit>
        <SettingHistory setting={setting} />
      </Collapse>
    </Box>
  );
};

/** /settings: every setting the API has, grouped by area, for administrators (others are not offered the page). */
export const SettingsPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [settings, setSettings] = useState<Setting[]>();
  const allowed = !!identity && canAccess(identity.role as Role, 'setting', 'edit');
  const load = useCallback(async () => setSettings(await dataProvider.settings()), [dataProvider]);
  useEffect(() => {
    if (allowed) void load();
  }, [allowed, load]);

  if (identity && !allowed) return <Alert severity="warning" sx={{ mt: 2 }}>{translate('sanxin.errors.FORBIDDEN')}</Alert>;
  if (!settings) return <Loading />;
  const current = settingsFrom(settings);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.settings.title')} />
      <Stack spacing={2}>
        {SETTING_AREAS.map((area) => (
          <Card key={area} component="section" aria-label={translate(`sanxin.enums.settingArea.${area}`)}>
            <CardHeader title={translate(`sanxin.enums.settingArea.${area}`)} titleTypographyProps={{ variant: 'h6' }} />
            <CardContent sx={{ pt: 0 }}>
              {settings
                .filter((setting) => setting.area === area)
                .map((setting) => (
                  <SettingRow key={setting.key} setting={setting} current={current} onSaved={load} />
                ))}
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
};
