import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { COMPLAINT_SEVERITIES, type ComplaintSeverity, localDateIn, type Role, scopeOf } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import { Loading, Title, useDataProvider, useGetIdentity, useGetList, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { AnalyticsCharts } from './AnalyticsCharts';
import type { AnalyticsFigures } from './analyticsQueries';
import { PERIOD_PRESETS, type PeriodPreset, presetPeriod } from './analyticsPeriod';

const today = () => localDateIn('Asia/Shanghai', new Date());

interface Picked {
  preset: PeriodPreset;
  from: string;
  to: string;
  teamId: string;
  categoryId: string;
  severity: ComplaintSeverity | '';
}

/** Loads the figures for the filters picked; undefined while loading, null after an error (notified). */
function useAnalytics(picked: Picked) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const [figures, setFigures] = useState<AnalyticsFigures | null>();
  const { from, to, teamId, categoryId, severity } = picked;
  useEffect(() => {
    let live = true;
    setFigures(undefined);
    dataProvider.analytics({ from, to, teamId: teamId || null, categoryIds: categoryId ? [categoryId] : null, severities: severity ? [severity] : null }).then(
      (result) => live && setFigures(result),
      (error: Error) => {
        if (!live) return;
        setFigures(null);
        notify(error.message, { type: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [dataProvider, notify, from, to, teamId, categoryId, severity]);
  return figures;
}

const Filters = ({ picked, showTeams, onChange }: { picked: Picked; showTeams: boolean; onChange(change: Partial<Picked>): void }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.analytics.${key}`);
  const { data: teams } = useGetList('teams', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } }, { enabled: showTeams });
  const { data: categories } = useGetList('complaintCategories', { pagination: { page: 1, perPage: 100 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const select = { select: true, size: 'small', sx: { minWidth: 150 } } as const;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ my: 2 }} useFlexGap flexWrap="wrap" role="search" aria-label={t('filters')}>
      <TextField
        {...select}
        label={t('period')}
        value={picked.preset}
        onChange={(event) => {
          const preset = event.target.value as PeriodPreset;
          onChange(preset === 'CUSTOM' ? { preset } : { preset, ...presetPeriod(preset, today()) });
        }}
      >
        {PERIOD_PRESETS.map((preset) => (
          <MenuItem key={preset} value={preset}>
            {t(`preset.${preset}`)}
          </MenuItem>
        ))}
      </TextField>
      {picked.preset === 'CUSTOM' && (
        <>
          <TextField
            type="date"
            size="small"
            label={t('from')}
            value={picked.from}
            onChange={(e) => e.target.value && onChange({ from: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            size="small"
            label={t('to')}
            value={picked.to}
            onChange={(e) => e.target.value && onChange({ to: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </>
      )}
      {showTeams && (
        <TextField {...select} label={t('team')} value={picked.teamId} onChange={(event) => onChange({ teamId: event.target.value })}>
          <MenuItem value="">{t('allTeams')}</MenuItem>
          {teams?.map((team) => (
            <MenuItem key={team.id} value={team.id}>
              {team.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField {...select} label={t('category')} value={picked.categoryId} onChange={(event) => onChange({ categoryId: event.target.value })}>
        <MenuItem value="">{t('allCategories')}</MenuItem>
        {categories?.map((category) => (
          <MenuItem key={category.id} value={category.id}>
            {category.nameZh}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...select}
        label={t('severity')}
        value={picked.severity}
        onChange={(event) => onChange({ severity: event.target.value as ComplaintSeverity | '' })}
      >
        <MenuItem value="">{t('allSeverities')}</MenuItem>
        {COMPLAINT_SEVERITIES.map((severity) => (
          <MenuItem key={severity} value={severity}>
            {translate(`sanxin.enums.complaintSeverity.${severity}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};

/** 统计分析 (/analytics): five charts of a period, each with its table and CSV / Excel downloads. An agent sees their own figures (the API scopes), a leader their team. */
export const AnalyticsPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  const [picked, setPicked] = useState<Picked>(() => ({
    preset: 'THIS_MONTH',
    ...presetPeriod('THIS_MONTH', today()),
    teamId: '',
    categoryId: '',
    severity: '',
  }));
  const figures = useAnalytics(picked);
  // Only those who may see any team pick one; a leader's team and an agent's own figures are the API's default.
  const showTeams = role !== undefined && scopeOf(role, 'report', 'list') === 'all';
  return (
    <Stack sx={{ p: 2 }}>
      <Title title={translate('app.analytics.title')} />
      <Typography variant="h5" component="h1">
        {translate('app.analytics.title')}
      </Typography>
      <Filters picked={picked} showTeams={showTeams} onChange={(change) => setPicked((old) => ({ ...old, ...change }))} />
      {figures === undefined ? <Loading /> : figures === null ? null : <AnalyticsCharts figures={figures} />}
    </Stack>
  );
};
