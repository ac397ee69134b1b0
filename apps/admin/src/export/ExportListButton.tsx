import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, downloadCSV, useCanAccess, useDataProvider, useListContext, useNotify } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import type { ExportableResource } from './exportQueries';

/**
 * The server builds the CSV (labels not codes, masked per viewer, audited), so the export matches
 * what this user may see; it takes the list's filter and sort, so the file is the list as shown.
 */
export const ExportListButton = ({ resource }: { resource: ExportableResource }) => {
  const { filterValues, sort } = useListContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  if (!canAccess) return null;

  const exportList = async () => {
    try {
      const { csv, filename, rowCount } = await dataProvider.exportList(resource, filterValues, sort);
      downloadCSV(csv, filename.replace(/\.csv$/i, ''));
      notify('app.export.exported', { type: 'info', messageArgs: { count: rowCount } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Button label="ra.action.export" onClick={exportList}>
      <DownloadIcon />
    </Button>
  );
};
