import { Chip, Typography } from '@mui/material';
import type { ContractStatus } from '@sanxin/domain';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatMoney } from '../../workflow/money';

export const CONTRACT_STATUS_COLORS: Record<ContractStatus, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  DRAFT: 'default',
  ACTIVE: 'success',
  EXPIRING: 'warning',
  EXPIRED: 'error',
  TERMINATED: 'default',
  RENEWED: 'info',
};

/** The effective status (EXPIRING/EXPIRED computed by the API today), coloured. */
export const ContractStatusChip = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.status) return null;
  const status = record.status as ContractStatus;
  return (
    <Chip
      size="small"
      color={CONTRACT_STATUS_COLORS[status] ?? 'default'}
      variant={status === 'TERMINATED' ? 'outlined' : 'filled'}
      label={translate(`sanxin.enums.contractStatus.${status}`, { _: status })}
      data-status={status}
    />
  );
};

/** ¥12,800.00, or （无权查看） when this viewer may not see the amount (保密). */
export const AmountField = ({ source = 'amount' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.amountHidden) {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        {translate('app.contract.amountHidden')}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" component="span">
      {formatMoney(record[source]) || '-'}
    </Typography>
  );
};

/** 剩 N 天 for running contracts; nothing for drafts and closed ones. */
export const DaysToEndField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record || !['ACTIVE', 'EXPIRING'].includes(record.status)) return null;
  return (
    <Typography variant="body2" component="span" color={record.status === 'EXPIRING' ? 'warning.main' : undefined}>
      {translate('app.contract.daysLeft', { days: record.daysToEnd })}
    </Typography>
  );
};
