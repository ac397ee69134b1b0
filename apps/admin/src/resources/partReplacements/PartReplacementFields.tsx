import { Box, Chip, Stack, Typography } from '@mui/material';
import type { PartReplacementStatus } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { formatMoney } from '../../workflow/money';

const COLORS: Record<PartReplacementStatus, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  REQUESTED: 'default',
  FORWARDED: 'info',
  QUOTED: 'warning',
  ACCEPTED: 'info',
  DECLINED: 'error',
  DONE: 'success',
};

export const PartReplacementStatusChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.status) return null;
  const status = record.status as PartReplacementStatus;
  return <Chip size="small" color={COLORS[status] ?? 'default'} label={translate(`sanxin.enums.partReplacementStatus.${status}`, { _: status })} />;
};

export const MoneyField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  return (
    <Typography variant="body2" component="span">
      {formatMoney(record?.[source]) || '-'}
    </Typography>
  );
};

type Step = { id: string; action: string; at: string; note: string | null; toStatus: string; actor?: { name: string } | null };

/** 换件处理记录: who did which step when, with the department, price or the customer's words. */
export const PartReplacementSteps = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const translate = useTranslate();
  const [steps, setSteps] = useState<Step[]>();
  const id = record?.id;
  const version = record?.version;
  useEffect(() => {
    if (id == null || version == null) return;
    let current = true;
    dataProvider.partReplacementSteps(String(id)).then(
      (loaded) => current && setSteps(loaded as unknown as Step[]),
      () => current && setSteps([]),
    );
    return () => {
      current = false;
    };
  }, [dataProvider, id, version]);
  if (!steps?.length) return null;
  const noteOf = (step: Step) =>
    step.action === 'forward' && step.note ? translate(`sanxin.enums.department.${step.note}`, { _: step.note }) : (step.note ?? '');
  return (
    <Stack spacing={1}>
      {steps.map((step) => (
        <Box key={step.id} sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 2 }}>
          <Typography variant="caption" component="div">
            {new Date(step.at).toLocaleString()} · {step.actor?.name ?? ''} ·{' '}
            {translate(`sanxin.enums.partReplacementStatus.${step.toStatus}`, { _: step.toStatus })}
          </Typography>
          {noteOf(step) && <Typography variant="body2">{noteOf(step)}</Typography>}
        </Box>
      ))}
    </Stack>
  );
};
