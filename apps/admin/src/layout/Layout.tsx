import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BarChartIcon from '@mui/icons-material/BarChart';
import KeyIcon from '@mui/icons-material/Key';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import SettingsIcon from '@mui/icons-material/Settings';
import { canAccess, type Role } from '@sanxin/domain';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Logout, Menu, MenuItemLink, UserMenu, useGetIdentity } from 'react-admin';
import { canAssignCustomers, canSeeWorkload } from '../assignment/access';
import { ComplaintMenuItems } from '../complaints/InboxMenuItem';
import { HolidayCalendarNotice } from '../resources/holidays/HolidayCalendarNotice';
import { SchedulingMenuItems } from '../scheduling/SchedulingMenuItems';
import { DocumentLanguage } from './DocumentLanguage';

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

/** 修改密码 for everyone, beside 退出. */
const AppUserMenu = () => (
  <UserMenu>
    <MenuItemLink to="/change-password" primaryText="app.account.menu" leftIcon={<KeyIcon />} />
    <Logout />
  </UserMenu>
);

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={AppMenu} appBar={AppAppBar}>
    <DocumentLanguage />
    <HolidayCalendarNotice />
    {children}
  </RaLayout>
);
