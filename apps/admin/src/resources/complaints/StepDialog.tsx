import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { StepField, StepDialog as StepDialogSpec, StepValues } from './complaintActions';

const initialValues = (fields: StepField[]): StepValues =>
  Object.fromEntries(fields.map((field) => [field.name, field.defaultValue ?? (field.type === 'multiselect' ? [] : '')]));

const isEmpty = (value: string | string[] | undefined) => (Array.isArray(value) ? value.length === 0 : !value?.trim());

export interface StepDialogProps {
  title: string;
  spec: StepDialogSpec;
  onClose(): void;
  /** Resolves true when the step went through; false keeps the dialog open with what was typed. */
  onConfirm(values: StepValues): Promise<boolean>;
}

/**
 * The inputs of one complaint step, checked by the same domain rule the API runs. A refused step
 * (CONFLICT, INVALID_TRANSITION) leaves the dialog open with the user's input, on the reloaded record.
 */
export const StepDialog = ({ title, spec, onClose, onConfirm }: StepDialogProps) => {
  const translate = useTranslate();
  const [values, setValues] = useState<StepValues>(() => initialValues(spec.fields));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const missing = spec.fields.some((field) => field.required && isEmpty(values[field.name]));

  const confirm = async () => {
    const violations = spec.validate(values);
    if (violations.length > 0) {
      setErrors(
        Object.fromEntries(
          violations.map(({ field, rule, params }) => [
            field && spec.fields.some((f) => f.name === field) ? field : 'root',
            translate(`sanxin.validation.${rule}`, { _: rule, ...params }),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    setSaving(true);
    const done = await onConfirm(values).finally(() => setSaving(false));
    if (done) onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack
          spacing={2}
          sx={{ pt: 1 }}
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!missing && !saving) void confirm();
          }}
        >
          {spec.fields.map((field, index) => (
            <TextField
              key={field.name}
              name={field.name}
              label={translate(field.label)}
              required={field.required}
              autoFocus={index === 0}
              select={field.type === 'select' || field.type === 'multiselect'}
              multiline={field.type === 'multiline'}
              minRows={field.type === 'multiline' ? 2 : undefined}
              value={values[field.name] ?? ''}
              onChange={(event) => setValues({ ...values, [field.name]: event.target.value as string | string[] })}
              error={Boolean(errors[field.name])}
              helperText={errors[field.name]}
              slotProps={{
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
        <MuiButton variant="contained" onClick={confirm} disabled={missing || saving}>
          {translate('ra.action.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
