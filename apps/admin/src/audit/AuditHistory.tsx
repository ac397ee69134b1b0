import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { Resource } from '@sanxin/domain';
import { useEffect, useState } from 'react';
import { useDataProvider, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import type { AuditEntry } from './auditQueries';

/** Fields whose stored values are enum codes, shown with their domain labels. */
const ENUM_OF_FIELD: Record<string, string> = { tier: 'tier', lifecycle: 'lifecycle', kind: 'kind', source: 'source', role: 'role', jobType: 'jobType', channel: 'channel', direction: 'direction', outcome: 'outcome' };

/** 变更记录: who changed what and when, old → new, read from the audit log the API writes. */
export const AuditHistory = ({ entity }: { entity: Resource }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const translate = useTranslate();
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [failure, setFailure] = useState<string>();
  const id = record?.id;
  const version = record?.version;

  // Reloads whenever the record's version moves, so a save shows up without a page reload.
  useEffect(() => {
    if (id == null || version == null) return;
    let current = true;
    dataProvider.auditEntries(entity, String(id)).then(
      (loaded) => current && setEntries(loaded),
      (error: Error) => current && setFailure(error.message),
    );
    return () => {
      current = false;
    };
  }, [dataProvider, entity, id, version]);

  if (failure) return <Typography color="error">{translate(failure)}</Typography>;
  if (!entries) return null;
  if (entries.length === 0) return <Typography variant="body2">{translate('app.audit.empty')}</Typography>;

  const fieldLabel = (field: string | null) => (field ? translate(`resources.${resource}.fields.${field}`, { _: field }) : '');
  const valueLabel = (field: string | null, value: string | null) => {
    if (value == null || value === '') return '∅';
    const enumName = field ? ENUM_OF_FIELD[field] : undefined;
    return enumName ? translate(`sanxin.enums.${enumName}.${value}`, { _: value }) : value;
  };

  return (
    <Table size="small" aria-label={translate('app.customer.tabs.history')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.audit.at')}</TableCell>
          <TableCell>{translate('app.audit.actor')}</TableCell>
          <TableCell>{translate('app.audit.action')}</TableCell>
          <TableCell>{translate('app.audit.field')}</TableCell>
          <TableCell>{translate('app.audit.change')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell>{new Date(entry.at).toLocaleString()}</TableCell>
            <TableCell>{entry.actor?.name ?? ''}</TableCell>
            <TableCell>{translate(`sanxin.enums.auditAction.${entry.action}`, { _: entry.action })}</TableCell>
            <TableCell>{fieldLabel(entry.field)}</TableCell>
            <TableCell>{entry.field ? `${valueLabel(entry.field, entry.oldValue)} → ${valueLabel(entry.field, entry.newValue)}` : ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
