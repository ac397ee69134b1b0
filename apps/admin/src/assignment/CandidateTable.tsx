import { Checkbox, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, type RaRecord, useTranslate } from 'react-admin';

export const CandidateTable = ({ customers, selected, onSelect }: { customers: RaRecord[]; selected: Set<string>; onSelect(ids: Set<string>): void }) => {
  const translate = useTranslate();
  const allSelected = customers.length > 0 && customers.every((customer) => selected.has(String(customer.id)));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <Table size="small" aria-label={translate('resources.customers.name')}>
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <Checkbox
              checked={allSelected}
              indeterminate={!allSelected && customers.some((customer) => selected.has(String(customer.id)))}
              onChange={() => onSelect(allSelected ? new Set() : new Set(customers.map((customer) => String(customer.id))))}
              slotProps={{ input: { 'aria-label': translate('ra.action.select_all') } }}
            />
          </TableCell>
          <TableCell>{translate('resources.customers.fields.name')}</TableCell>
          <TableCell>{translate('resources.customers.fields.tier')}</TableCell>
          <TableCell>{translate('resources.customers.fields.lifecycle')}</TableCell>
          <TableCell>{translate('app.assignment.currentOwner')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {customers.map((customer) => (
          <TableRow key={customer.id} hover selected={selected.has(String(customer.id))}>
            <TableCell padding="checkbox">
              <Checkbox
                checked={selected.has(String(customer.id))}
                onChange={() => toggle(String(customer.id))}
                slotProps={{ input: { 'aria-label': customer.name } }}
              />
            </TableCell>
            <TableCell>
              <Link to={`/customers/${encodeURIComponent(customer.id)}/show`}>{customer.name}</Link>
            </TableCell>
            <TableCell>{translate(`sanxin.enums.tier.${customer.tier}`)}</TableCell>
            <TableCell>{translate(`sanxin.enums.lifecycle.${customer.lifecycle}`)}</TableCell>
            <TableCell>{customer.owner?.name ?? translate('app.assignment.unassigned')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
