import KeyIcon from '@mui/icons-material/Key';
import DefaultResourceIcon from '@mui/icons-material/ViewList';
import { Box, ListSubheader, type Theme } from '@mui/material';
import type { Role } from '@sanxin/domain';
import { createElement, type ReactNode, Suspense } from 'react';
import {
  AppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  MenuItemLink,
  Layout as RaLayout,
  Menu,
  UserMenu,
  useCreatePath,
  useGetIdentity,
  useGetResourceLabel,
  useLocation,
  useResourceDefinitions,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import { InboxMenuItem } from '../resources/complaints/InboxMenuItem';
import { HolidayCalendarNotice } from '../resources/holidays/HolidayCalendarNotice';
import { lazyPage } from '../lazyPage';
import { DocumentLanguage } from './DocumentLanguage';
import { useAfterFirstScreen } from './firstScreen';
import { MENU_ICONS } from './menuIcons';
import { type MenuEntry, menuFor } from './menuModel';

// 未读公告 at sign-in: its own chunk, fetched after the shell shows (the initial bundle stays within budget).
const UnreadNoticesBanner = lazyPage(() => import('../resources/notices/UnreadNoticesBanner'), 'UnreadNoticesBanner');

/**
 * A resource's list in the menu, as react-admin's Menu.ResourceItem draws it, without its own
 * canAccess query per entry: menuFor(role) has already kept only the lists this role may open (the
 * same domain matrix), and twenty such queries re-rendered the menu twenty times after sign-in.
 * The label is an element, as react-admin passes it, so that Menu.Item does not translate it again.
 */
const ResourceEntry = ({ name }: { name: string }) => {
  const resources = useResourceDefinitions();
  const getResourceLabel = useGetResourceLabel();
  const createPath = useCreatePath();
  const definition = resources[name];
  if (!definition) return null;
  return (
    <Menu.Item
      to={createPath({ resource: name, type: 'list' })}
      state={{ _scrollToTop: true }}
      primaryText={<>{getResourceLabel(name, 2)}</>}
      leftIcon={definition.icon ? createElement(definition.icon) : <DefaultResourceIcon />}
    />
  );
};

/** The shell's lower-priority parts wait for the first screen (firstScreen.ts, decision 0049). */
const useShellDeferred = () => useAfterFirstScreen(useLocation().pathname === '/');

const Entry = ({ entry }: { entry: MenuEntry }) => {
  if ('resource' in entry) return <ResourceEntry name={entry.resource} />;
  // 我的待办 carries the count of what waits.
  if (entry.page === '/inbox') return <InboxMenuItem />;
  return <Menu.Item to={entry.page} primaryText={entry.label} leftIcon={MENU_ICONS[entry.page]} />;
};

/** The dashboard, then (once the first screen is painted) the groups of tasks this role has (menuModel.ts), each under its heading. */
export const AppMenu = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const [open] = useSidebarState();
  const deferred = useShellDeferred();
  const role = identity?.role as Role | undefined;
  return (
    <Menu>
      <Menu.DashboardItem />
      {role &&
        deferred &&
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

/** 节假日提醒 and 未读公告 above every page, from just after the first screen. */
const ShellNotices = () =>
  useShellDeferred() ? (
    <>
      <HolidayCalendarNotice />
      <Suspense fallback={null}>
        <UnreadNoticesBanner />
      </Suspense>
    </>
  ) : null;

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
    <ShellNotices />
    {children}
  </RaLayout>
);
