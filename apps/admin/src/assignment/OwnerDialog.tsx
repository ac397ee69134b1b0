import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { isConflict } from '../providers/graphqlErrors';

export interface OwnerDialogProps {
  open: boolean;
  title: string;
  /** StaffFilter for the picker (active staff only, and a role where the API filters by one). */
  staffFilter?: Record<string, unknown>;
  /** Who may own this kind of record, where the API filter cannot say it (contract owners: several roles). */
  eligible?: (staff: RaRecord) => boolean;
  defaultReason?: string;
  onClose(): void;
  /** Throws, or resolves false, when the assignment did not go through: the dialog then keeps what was typed. */
  onConfirm(ownerId: string, reason: string): Promise<boolean | undefined>;
}

/** Agent picker + reason: the one dialog for assigning customers and contract owners, one record or many. */
export const OwnerDialog = ({
  open,
  title,
  staffFilter = { active: true },
  eligible = () => true,
  defaultReason = '',
  onClose,
  onConfirm,
}: OwnerDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [ownerId, setOwnerId] = useState('');
  const [reason, setReason] = useState(defaultReason);
  const [saving, setSaving] = useState(false);
  const { data: staff = [] } = useGetList(
    'staffMembers',
    { filter: staffFilter, pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: open },
  );
  const choices = staff.filter(eligible);

  const confirm = async () => {
    setSaving(true);
    try {
      if ((await onConfirm(ownerId, reason.trim())) === false) return;
      setOwnerId('');
      setReason(defaultReason);
    } catch (error) {
      if (isConflict(error)) {
        notify('sanxin.errors.CONFLICT', { type: 'warning', autoHideDuration: 10_000 });
        refresh();
      } else {
        notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField select label={translate('app.assignment.agent')} value={ownerId} onChange={(event) => setOwnerId(event.target.value)} required>
            {choices.map((member) => (
              <MenuItem key={member.id} value={String(member.id)}>
                {member.name}
                {member.skillLevel ? `（${translate(`sanxin.enums.role.${member.role}`, { _: member.role })} · ${member.skillLevel} 级）` : ''}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={translate('app.assignment.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            multiline
            minRows={2}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('app.assignment.cancel')}</MuiButton>
        <MuiButton variant="contained" onClick={confirm} disabled={!ownerId || !reason.trim() || saving}>
          {translate('ra.action.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
