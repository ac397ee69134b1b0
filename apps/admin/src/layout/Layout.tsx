import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BarChartIcon from '@mui/icons-material/BarChart';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import SettingsIcon from '@mui/icons-material/Settings';
import { canAccess, type Role } from '@sanxin/domain';
import type { ReactNode } from 'react';
import { Layout as RaLayout, Menu, useGetIdentity } from 'react-admin';
import { canAssignCustomers, canSeeWorkload } from '../assignment/access';
import { ComplaintMenuItems } from '../complaints/InboxMenuItem';
import { HolidayCalendarNotice } from '../resources/holidays/HolidayCalendarNotice';
import { SchedulingMenuItems } from '../scheduling/SchedulingMenuItems';

/** Resources, then the pages that are not resources: workload and assignment for those who run the team. */
export const AppMenu = () => {
  const { identity } = useGetIdentity();
  const role = identity?.role as Role | undefined;
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <ComplaintMenuItems />
      <SchedulingMenuItems />
      <Menu.Item to="/my-first-contacts" primaryText="app.menu.myFirstContacts" leftIcon={<PhoneCallbackIcon />} />
      {canSeeWorkload(role) && <Menu.Item to="/workload" primaryText="app.menu.workload" leftIcon={<BarChartIcon />} />}
      {canAssignCustomers(role) && <Menu.Item to="/assignment" primaryText="app.menu.assignment" leftIcon={<AssignmentIndIcon />} />}
      {role && canAccess(role, 'setting', 'edit') && <Menu.Item to="/settings" primaryText="app.menu.settings" leftIcon={<SettingsIcon />} />}
    </Menu>
  );
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={AppMenu}>
    <HolidayCalendarNotice />
    {children}
  </RaLayout>
);
