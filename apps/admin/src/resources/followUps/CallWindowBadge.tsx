import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { callTimeLabel } from './callTime';

/**
 * 能呼叫 / 14:00 后可呼叫: the API's `callWindow`, worked out with the calendar and the followUp.*
 * settings it also refuses calls with, so the badge and the refusal never disagree.
 */
export const CallWindowBadge = ({ window }: { window: { callable: boolean; nextAt: string | null } | null | undefined }) => {
  const translate = useTranslate();
  if (!window) return null;
  if (window.callable) return <Chip size="small" color="success" label={translate('app.followUp.window.callable')} data-callable="yes" />;
  const label = window.nextAt ? translate('app.followUp.window.notBefore', { time: callTimeLabel(window.nextAt) }) : translate('app.followUp.window.never');
  return <Chip size="small" color="warning" variant="outlined" label={label} data-callable="no" />;
};

export const OverdueMark = ({ overdue }: { overdue: boolean | null | undefined }) => {
  const translate = useTranslate();
  return overdue ? <Chip size="small" color="error" label={translate('app.followUp.overdue')} data-overdue="yes" /> : null;
};
