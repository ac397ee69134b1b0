import KeyIcon from '@mui/icons-material/Key';
import { Box, ListSubheader, type Theme } from '@mui/material';
import type { Role } from '@sanxin/domain';
import { type ReactNode, Suspense } from 'react';
import {
  AppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  MenuItemLink,
  Layout as RaLayout,
  Menu,
  UserMenu,
  useGetIdentity,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import { InboxMenuItem } from '../resources/complaints/InboxMenuItem';
import { HolidayCalendarNotice } from '../resources/holidays/HolidayCalendarNotice';
import { lazyPage } from '../lazyPage';
import { DocumentLanguage } from './DocumentLanguage';
import { MENU_ICONS } from './menuIcons';
import { type MenuEntry, menuFor } from './menuModel';

// 未读公告 at sign-in: its own chunk, fetched after the shell shows (the initial bundle stays within budget).
const UnreadNoticesBanner = lazyPage(() => import('../resources/notices/UnreadNoticesBanner'), 'UnreadNoticesBanner');

const Entry = ({ entry }: { entry: MenuEntry }) => {
  if ('resource' in entry) return <Menu.ResourceItem name={entry.resource} />;
  // 我的待办 carries the count of what waits.
  if (entry.page === '/inbox') return <InboxMenuItem />;
  return <Menu.Item to={entry.page} primaryText={entry.label} leftIcon={MENU_ICONS[entry.page]} />;
};

/** The dashboard, then the groups of tasks this role has (menuModel.ts), each under its heading. */
export const AppMenu = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const [open] = useSidebarState();
  const role = identity?.role as Role | undefined;
  return (
    <Menu>
      <Menu.DashboardItem />
      {role &&
        menuFor(role).map((group) => (
          <nav key={group.key} aria-label={translate(`app.menuGroups.${group.key}`)} data-menu-group={group.key}>
            {open && (
              <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
                {translate(`app.menuGroups.${group.key}`)}
              </ListSubheader>
            )}
            {group.entries.map((entry) => (
              <Entry key={'resource' in entry ? entry.resource : entry.page} entry={entry} />
            ))}
          </nav>
        ))}
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

/** react-admin's own toolbar (languages, reload), but on a phone the language button shows its globe only: its name squeezed the page title to a few letters. */
const AppToolbar = () => (
  <>
    <Box component="span" sx={(theme: Theme) => ({ [theme.breakpoints.down('sm')]: { '& .MuiButton-root': { fontSize: 0, minWidth: 0 } } })}>
      <LocalesMenuButton />
    </Box>
    <LoadingIndicator />
  </>
);

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} toolbar={<AppToolbar />} />;

export const Layout = ({ children }: { children: ReactNode }) => (
  // minWidth 0: the content column may be narrower than its widest table, which then scrolls in its own frame (phones).
  // On a phone the frame itself too: react-admin gives it `min-width: fit-content`, so anything whose natural width
  // is wider than the screen (a customer's five scrollable tabs, 450 px) widened the whole page to 466 px.
  // A list's main column likewise (a flex item, min-width auto): a card's one-line title cut with an
  // ellipsis still counted at its full length, so a long complaint description made the list 417 px.
  <RaLayout
    menu={AppMenu}
    appBar={AppAppBar}
    sx={{ minWidth: { xs: 0, sm: 'fit-content' }, '& .RaLayout-content': { minWidth: 0 }, '& .RaList-main': { minWidth: { xs: 0, sm: 'auto' } } }}
  >
    <DocumentLanguage />
    <HolidayCalendarNotice />
    <Suspense fallback={null}>
      <UnreadNoticesBanner />
    </Suspense>
    {children}
  </RaLayout>
);
