import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import type { Violation } from '@sanxin/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

export type ActionFieldType = 'text' | 'multiline' | 'date' | 'decimal' | 'integer' | 'select' | 'multiselect';

export interface ActionField {
  name: string;
  /** A translation key, or text already translated. */
  label: string;
  type?: ActionFieldType;
  /** `name` is a translation key. */
  choices?: { id: string; name: string }[];
  required?: boolean;
  defaultValue?: string | string[];
}

/** What the user typed: a string per field, a list for a multiselect. */
export type ActionValues = Record<string, string | string[]>;

export interface ActionDialogProps<V extends ActionValues = Record<string, string>> {
  /** Defaults to open: most callers mount the dialog only while it shows. */
  open?: boolean;
  title: string;
  /** A question for steps that need no input (生效, 完成). */
  confirmText?: string;
  fields?: ActionField[];
  /** The same domain rule the API runs (validateRenewal, validateQuote, ...). */
  validate?: (values: V) => readonly Violation[];
  /** The confirm button: its label (a translation key) and colour when it is not a plain 确认 (驳回). */
  confirmLabel?: string;
  confirmColor?: 'primary' | 'error';
  maxWidth?: 'xs' | 'sm';
  onClose(): void;
  /** Resolves true when the step went through (the dialog then closes); false keeps what was typed. */
  onConfirm(values: V): Promise<boolean>;
}

const initialValues = (fields: ActionField[]) => Object.fromEntries(fields.map((field) => [field.name, field.defaultValue ?? (field.type === 'multiselect' ? [] : '')]));

const isEmpty = (value: string | string[] | undefined) => (Array.isArray(value) ? value.length === 0 : !value?.trim());

/**
 * The dialog of one workflow step: its inputs (reason, dates, price, department, ...), checked by the
 * same domain rule the API runs. A refused step (CONFLICT, INVALID_TRANSITION) leaves the dialog open
 * with the user's input, on the reloaded record.
 */
export function ActionDialog<V extends ActionValues = Record<string, string>>({
  open = true,
  title,
  confirmText,
  fields = [],
  validate,
  confirmLabel = 'ra.action.confirm',
  confirmColor = 'primary',
  maxWidth = 'xs',
  onClose,
  onConfirm,
}: ActionDialogProps<V>) {
  const translate = useTranslate();
  const [values, setValues] = useState<V>(() => initialValues(fields) as V);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const missing = fields.some((field) => field.required && isEmpty(values[field.name]));

  const confirm = async () => {
    const violations = validate?.(values) ?? [];
    if (violations.length > 0) {
      // A rule about something the dialog does not ask for is shown under the fields, not lost.
      setErrors(
        Object.fromEntries(
          violations.map(({ field, rule, params }) => [
            field && fields.some((candidate) => candidate.name === field) ? field : 'root',
            translate(`sanxin.validation.${rule}`, { _: rule, ...params }),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    setSaving(true);
    const done = await onConfirm(values).finally(() => setSaving(false));
    if (done) {
      setValues(initialValues(fields) as V);
      onClose();
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth={maxWidth}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {confirmText && <DialogContentText>{confirmText}</DialogContentText>}
        <Stack
          spacing={2}
          sx={{ pt: 1 }}
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!missing && !saving) void confirm();
          }}
        >
          {fields.map((field, index) => (
            <TextField
              key={field.name}
              name={field.name}
              label={translate(field.label, { _: field.label })}
              required={field.required}
              autoFocus={index === 0}
              select={field.type === 'select' || field.type === 'multiselect'}
              type={field.type === 'date' ? 'date' : 'text'}
              multiline={field.type === 'multiline'}
              minRows={field.type === 'multiline' ? 2 : undefined}
              value={values[field.name] ?? ''}
              onChange={(event) => setValues({ ...values, [field.name]: event.target.value as string | string[] })}
              error={Boolean(errors[field.name])}
              helperText={errors[field.name]}
              slotProps={{
                inputLabel: field.type === 'date' ? { shrink: true } : undefined,
                select: field.type === 'multiselect' ? { multiple: true } : undefined,
                htmlInput: field.type === 'decimal' ? { inputMode: 'decimal' } : field.type === 'integer' ? { inputMode: 'numeric' } : undefined,
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
          <button type="submit" hidden />
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" color={confirmColor} onClick={confirm} disabled={missing || saving}>
          {translate(confirmLabel)}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}
