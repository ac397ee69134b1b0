import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';

type OwnerChange = {
  id: string;
  at: string;
  reason: string | null;
  fromOwner?: { name: string } | null;
  toOwner?: { name: string } | null;
  assignedBy?: { name: string } | null;
};

/** 负责人记录: who owned the contract, who assigned them, when and why (contractOwnerHistory). */
export const ContractOwnerHistory = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const translate = useTranslate();
  const [changes, setChanges] = useState<OwnerChange[]>();
  const [failure, setFailure] = useState<string>();
  const id = record?.id;
  const version = record?.version;

  useEffect(() => {
    if (id == null || version == null) return;
    let current = true;
    dataProvider.records('contractOwnerHistory', { contractId: String(id) }).then(
      (loaded) => current && setChanges(loaded as unknown as OwnerChange[]),
      (error: Error) => current && setFailure(error.message),
    );
    return () => {
      current = false;
    };
  }, [dataProvider, id, version]);

  if (failure) return <Typography color="error">{translate(failure)}</Typography>;
  if (!changes) return null;
  if (changes.length === 0) return <Typography variant="body2">{translate('app.contract.history.empty')}</Typography>;
  return (
    <Table size="small" aria-label={translate('app.contract.tabs.owners')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.contract.history.at')}</TableCell>
          <TableCell>{translate('app.contract.history.from')}</TableCell>
          <TableCell>{translate('app.contract.history.to')}</TableCell>
          <TableCell>{translate('app.contract.history.by')}</TableCell>
          <TableCell>{translate('app.contract.history.reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.id}>
            <TableCell>{new Date(change.at).toLocaleString()}</TableCell>
            <TableCell>{change.fromOwner?.name ?? '-'}</TableCell>
            <TableCell>{change.toOwner?.name ?? ''}</TableCell>
            <TableCell>{change.assignedBy?.name ?? ''}</TableCell>
            <TableCell>{change.reason ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
