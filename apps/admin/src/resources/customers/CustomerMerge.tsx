import MergeTypeIcon from '@mui/icons-material/MergeType';
import { Autocomplete, Box, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Button as MuiButton, Stack, TextField, Typography } from '@mui/material';
import { checkMergeUndo } from '@sanxin/domain';
import { useCallback, useEffect, useState } from 'react';
import { Button, Link, useCanAccess, useCreatePath, useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { BUSINESS_TIME_ZONE, formatInstant } from '../scheduling';

type CustomerRef = { id: string; version: number; name: string; company?: string | null };
type Merge = { id: string; version: number; sourceId: string; targetId: string; mergedAt: string; undoneAt: string | null; movedCount: number };

const label = (customer: CustomerRef) => (customer.company && customer.company !== customer.name ? `${customer.name}（${customer.company}）` : customer.name);

/** 合并重复客户 (DEPT_MANAGER, ADMIN): this customer is the duplicate; the one chosen is kept. */
export const MergeCustomerButton = () => {
  const record = useRecordContext<CustomerRef>();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'customers', action: 'merge' });
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<CustomerRef[]>([]);
  const [target, setTarget] = useState<CustomerRef | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    // The likely duplicates first (same name and company), then whatever the search finds.
    const timer = setTimeout(() => {
      const q = search.trim() || record?.name || '';
      dataProvider
        .getList<CustomerRef>('customers', { filter: q ? { q } : {}, pagination: { page: 1, perPage: 20 }, sort: { field: 'updatedAt', order: 'DESC' } })
        .then(({ data }) => live && setOptions(data.filter((c) => c.id !== record?.id)))
        .catch(() => live && setOptions([]));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, search, dataProvider, record?.id, record?.name]);

  if (!record || !canAccess) return null;
  const merge = async () => {
    if (!target) return;
    setSaving(true);
    try {
      const kept = (await dataProvider.getOne<CustomerRef>('customers', { id: target.id })).data;
      const done = await dataProvider.workflow('mergeCustomers', { sourceId: record.id, sourceVersion: record.version, targetId: kept.id, targetVersion: kept.version });
      notify('app.customerMerge.merge.done', { type: 'success', messageArgs: { count: done.movedCount } });
      setOpen(false);
      redirect('show', 'customers', kept.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button label="app.customerMerge.merge.button" onClick={() => setOpen(true)}>
        <MergeTypeIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="customer-merge-title">
        <DialogTitle id="customer-merge-title">{translate('app.customerMerge.merge.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('app.customerMerge.merge.explain')}</DialogContentText>
          <Autocomplete
            options={options}
            value={target}
            filterOptions={(all) => all}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            getOptionLabel={label}
            onChange={(_, next) => setTarget(next)}
            onInputChange={(_, text, reason) => reason === 'input' && setSearch(text)}
            renderInput={(params) => <TextField {...params} label={translate('app.customerMerge.merge.target')} />}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" color="warning" disabled={!target || saving} onClick={merge}>
            {translate('app.customerMerge.merge.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** 合并记录 of this customer, with 撤销合并 the same business day for those who may merge. */
export const CustomerMergeHistory = () => {
  const record = useRecordContext<CustomerRef>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'customers', action: 'merge' });
  const [merges, setMerges] = useState<Merge[]>([]);
  const load = useCallback(() => {
    if (record?.id) dataProvider.records('customerMerges', { customerId: record.id }).then((rows) => setMerges(rows as unknown as Merge[]), () => setMerges([]));
  }, [dataProvider, record?.id]);
  useEffect(() => load(), [load]);
  if (!record || merges.length === 0) return null;

  const undo = async (merge: Merge) => {
    try {
      await dataProvider.workflow('undoCustomerMerge', { id: merge.id, version: merge.version });
      notify('app.customerMerge.merge.undone', { type: 'success' });
      load();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Box sx={{ mt: 2 }} data-testid="merge-history">
      <Typography variant="subtitle2">{translate('app.customerMerge.merge.history')}</Typography>
      {merges.map((merge) => {
        const other = merge.targetId === record.id ? merge.sourceId : merge.targetId;
        const undoable = canAccess && checkMergeUndo({ mergedAt: new Date(merge.mergedAt), undoneAt: merge.undoneAt ? new Date(merge.undoneAt) : null }, new Date(), BUSINESS_TIME_ZONE).length === 0;
        return (
          <Stack key={merge.id} direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap">
            <span>{formatInstant(merge.mergedAt)}</span>
            <span>{translate(merge.targetId === record.id ? 'app.customerMerge.merge.from' : 'app.customerMerge.merge.into')}</span>
            <Link to={createPath({ resource: 'customers', id: other, type: 'show' })}>{other.slice(-8)}</Link>
            <span>{translate('app.customerMerge.merge.moved', { count: merge.movedCount })}</span>
            {merge.undoneAt && <span>{translate('app.customerMerge.merge.undoneAt', { at: formatInstant(merge.undoneAt) })}</span>}
            {undoable && <Button label="app.customerMerge.merge.undo" onClick={() => undo(merge)} />}
          </Stack>
        );
      })}
    </Box>
  );
};
