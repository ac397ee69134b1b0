import InboxIcon from '@mui/icons-material/Inbox';
import { Badge } from '@mui/material';
import { Menu } from 'react-admin';
import { inboxCount, useInbox } from './useInbox';

/** 我的待办 with the number of things waiting (refreshed every minute). */
export const InboxMenuItem = () => {
  const { inbox } = useInbox(60_000);
  const count = inboxCount(inbox);
  return (
    <Menu.Item
      to="/inbox"
      primaryText="app.complaint.menu.inbox"
      leftIcon={
        <Badge badgeContent={count} color="error" max={99} data-inbox-count={count}>
          <InboxIcon />
        </Badge>
      }
    />
  );
};
