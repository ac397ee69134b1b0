import UploadFileIcon from '@mui/icons-material/UploadFile';
import { canAccess, type ImportKind, type Role } from '@sanxin/domain';
import { Button, useGetIdentity, useRedirect } from 'react-admin';

/** 导入: a list's way to the import page, for those who may import what the list shows. */
export const ImportButton = ({ kind }: { kind: ImportKind }) => {
  const { identity } = useGetIdentity();
  const redirect = useRedirect();
  const role = identity?.role as Role | undefined;
  if (!role || !canAccess(role, 'importJob', 'create') || !canAccess(role, kind === 'CUSTOMERS' ? 'customer' : 'contract', 'create')) return null;
  return (
    <Button label="app.imports.button" onClick={() => redirect(`/imports?kind=${kind}`)}>
      <UploadFileIcon />
    </Button>
  );
};
