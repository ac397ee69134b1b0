import { Alert, Button } from '@mui/material';
import { canAccess, type Role } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import { Link, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';

/** Who is told that a year has no public holidays yet: those who import them, and those who roster and publish. */
const NOTIFIED_ROLES: readonly Role[] = ['ADMIN', 'SHIFT_LEADER', 'DEPT_MANAGER'];

/**
 * 节假日提醒: from the notice month (setting, 1 November by default) a next year without public
 * holidays is announced on every page, as the API computes it by the business clock.
 */
export const HolidayCalendarNotice = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const [missingYears, setMissingYears] = useState<number[]>([]);
  const role = identity?.role as Role | undefined;
  const notified = !!role && NOTIFIED_ROLES.includes(role);
  useEffect(() => {
    if (!notified) return;
    let live = true;
    Promise.resolve()
      .then(() => dataProvider.holidayMissingYears())
      .then(
      (years) => live && setMissingYears(years),
      () => live && setMissingYears([]),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, notified]);

  if (!notified || missingYears.length === 0) return null;
  const mayImport = canAccess(role, 'holiday', 'create');
  return (
    <Alert
      severity="warning"
      role="status"
      data-testid="holiday-notice"
      sx={{ mt: 1 }}
      action={
        mayImport ? (
          <Button component={Link} to="/holiday-import" color="inherit" size="small">
            {translate('app.holidayImport.title')}
          </Button>
        ) : undefined
      }
    >
      {translate(mayImport ? 'app.holidayNotice.admin' : 'app.holidayNotice.leader', { years: missingYears.join('、') })}
    </Alert>
  );
};
