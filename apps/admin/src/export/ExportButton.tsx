import DownloadIcon from '@mui/icons-material/GetApp';
import { Menu, MenuItem } from '@mui/material';
import { canAccess as domainCanAccess, ROLES, type Resource, type Role, scopeOf } from '@sanxin/domain';
import { useState } from 'react';
import { Button, useDataProvider, useGetIdentity, useListContext, useNotify } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { RESOURCES } from '../providers/resources';
import type { ExportFormat } from './exportQueries';
import { exportColumnsOf } from './exportTitles';
import { saveFile } from './saveFile';

/** The matrix's row of a list that is a react-admin resource. */
const domainOf = (list: string) => (RESOURCES as Record<string, { domain: Resource }>)[list]?.domain;

/** Where the matrix has an `export` action for the list's resource, exporting needs it; elsewhere reading the list is enough. */
function exportAction(domain: Resource): 'export' | 'list' {
  return ROLES.some((role) => scopeOf(role, domain, 'export') !== false) ? 'export' : 'list';
}

/**
 * 导出 for every list: CSV or Excel of the list as filtered and sorted on screen. The server makes
 * the file from the list's own query (labels not codes, masked for this viewer, audited), so the
 * file holds what this user may see; `list` names the list query when it is not the page's resource.
 */
export const ExportButton = ({ list }: { list?: string }) => {
  const { resource, filterValues, sort } = useListContext();
  return <ExportMenu list={list ?? resource} filter={filterValues} sort={sort} />;
};

interface ExportMenuProps {
  /** The list query, e.g. `followUps`. */
  list: string;
  /** The permission matrix's row, for a list that is no react-admin resource (违纪记录: `attendance`). */
  domain?: Resource;
  /** The list's filter as the page sends it. */
  filter: Record<string, unknown>;
  sort?: { field: string; order: string };
}

/** The same 导出 for a page that shows a list without react-admin's list context (我的回访, 复核, 违纪记录 …). */
export const ExportMenu = ({ list, filter, sort, domain }: ExportMenuProps) => {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  // Read from the matrix directly, not through react-admin's useCanAccess: a second canAccess query in the
  // list's toolbar left the list loading for good on a phone (the security log's e2e at 390 px).
  const { identity } = useGetIdentity();
  const row = domain ?? domainOf(list);
  const canAccess = !!identity && !!row && domainCanAccess(identity.role as Role, row, domain ? 'list' : exportAction(row));
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  if (!canAccess || !exportColumnsOf(list).length) return null;

  const download = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      const file = await dataProvider.exportList(list, filter, sort, exportColumnsOf(list), format);
      saveFile(file.filename, file.mimeType, file.contentBase64);
      notify(file.truncated ? 'app.export.truncated' : 'app.export.exported', {
        type: file.truncated ? 'warning' : 'info',
        messageArgs: { count: file.rowCount },
      });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="ra.action.export" onClick={(event) => setAnchor(event.currentTarget)} disabled={busy} aria-haspopup="menu">
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => download('XLSX')}>Excel (.xlsx)</MenuItem>
        <MenuItem onClick={() => download('CSV')}>CSV (.csv)</MenuItem>
      </Menu>
    </>
  );
};
