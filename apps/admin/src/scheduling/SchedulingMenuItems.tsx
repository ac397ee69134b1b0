import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import TodayIcon from '@mui/icons-material/Today';
import type { Role } from '@sanxin/domain';
import { Menu, useGetIdentity } from 'react-admin';
import { canApproveLeave, canApproveSwaps } from './useSchedulingData';

/** 排班表 and 我的班次 for everyone; 审批 for shift leaders (swaps) and managers/director (leave). */
export const SchedulingMenuItems = () => {
  const { identity } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  return (
    <>
      <Menu.Item to="/roster" primaryText="app.scheduling.menu.roster" leftIcon={<CalendarMonthIcon />} />
      <Menu.Item to="/my-schedule" primaryText="app.scheduling.menu.mySchedule" leftIcon={<TodayIcon />} />
      {(canApproveSwaps(role) || canApproveLeave(role)) && <Menu.Item to="/approvals" primaryText="app.scheduling.menu.approvals" leftIcon={<FactCheckIcon />} />}
    </>
  );
};
