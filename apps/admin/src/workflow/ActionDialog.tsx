import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import type { Violation } from '@sanxin/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

export interface ActionField {
  name: string;
  label: string;
  type?: 'text' | 'multiline' | 'date' | 'decimal' | 'select';
  choices?: { id: string; name: string }[];
  required?: boolean;
  defaultValue?: string;
}

export interface ActionDialogProps {
  open: boolean;
  title: string;
  /** A question for steps that need no input (生效, 完成). */
  confirmText?: string;
  fields?: ActionField[];
  /** The same domain rule the API runs (validateRenewal, validateQuote, ...). */
  validate?: (values: Record<string, string>) => readonly Violation[];
  onClose(): void;
  /** Resolves true when the step went through (the dialog then closes). */
  onConfirm(values: Record<string, string>): Promise<boolean>;
}

const initialValues = (fields: ActionField[]) => Object.fromEntries(fields.map((field) => [field.name, field.defaultValue ?? '']));

/** The dialog of one workflow step: its inputs (reason, dates, price, department), validated by the domain. */
export const ActionDialog = ({ open, title, confirmText, fields = [], validate, onClose, onConfirm }: ActionDialogProps) => {
  const translate = useTranslate();
  const [values, setValues] = useState<Record<string, string>>(() => initialValues(fields));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const missing = fields.some((field) => field.required && !values[field.name]?.trim());
  const confirm = async () => {
    const violations = validate?.(values) ?? [];
    if (violations.length > 0) {
      setErrors(
        Object.fromEntries(violations.map(({ field, rule, params }) => [field ?? 'root', translate(`sanxin.validation.${rule}`, { _: rule, ...params })])),
      );
      return;
    }
    setErrors({});
    setSaving(true);
    const done = await onConfirm(values).finally(() => setSaving(false));
    if (done) {
      setValues(initialValues(fields));
      onClose();
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {confirmText && <DialogContentText>{confirmText}</DialogContentText>}
        <Stack spacing={2} sx={{ pt: 1 }}>
          {fields.map((field) => (
            <TextField
              key={field.name}
              name={field.name}
              label={field.label}
              required={field.required}
              select={field.type === 'select'}
              type={field.type === 'date' ? 'date' : 'text'}
              multiline={field.type === 'multiline'}
              minRows={field.type === 'multiline' ? 2 : undefined}
              value={values[field.name] ?? ''}
              onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
              error={Boolean(errors[field.name])}
              helperText={errors[field.name]}
              slotProps={{
                inputLabel: field.type === 'date' ? { shrink: true } : undefined,
                htmlInput: field.type === 'decimal' ? { inputMode: 'decimal' } : undefined,
              }}
            >
              {field.choices?.map((choice) => (
                <MenuItem key={choice.id} value={choice.id}>
                  {translate(choice.name)}
                </MenuItem>
              ))}
            </TextField>
          ))}
          {errors.root && <DialogContentText color="error">{errors.root}</DialogContentText>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" onClick={confirm} disabled={missing || saving}>
          {translate('ra.action.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
