import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, downloadCSV, useCanAccess, useDataProvider, useListContext, useNotify } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';

/** The server builds the CSV (masked per viewer, audited), so the export matches what this user may see. */
export const ExportCustomersButton = () => {
  const { filterValues } = useListContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'customers', action: 'export' });
  if (!canAccess) return null;

  const exportCustomers = async () => {
    try {
      const { csv, filename, rowCount } = await dataProvider.exportCustomers(filterValues);
      downloadCSV(csv, filename.replace(/\.csv$/i, ''));
      notify('app.customer.exported', { type: 'info', messageArgs: { count: rowCount } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Button label="ra.action.export" onClick={exportCustomers}>
      <DownloadIcon />
    </Button>
  );
};
