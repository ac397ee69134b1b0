import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Radio, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useCallback, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import {
  type RaRecord,
  SaveButton,
  Toolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useRegisterMutationMiddleware,
  useResourceContext,
  useSaveContext,
  useTranslate,
} from 'react-admin';
import { isConflict } from '../providers/graphqlErrors';
import { markConflictShown } from './useSaveErrorHandler';

type Choice = 'theirs' | 'mine';
interface Clash {
  latest: RaRecord;
  fields: string[];
  mine: Record<string, unknown>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const shown = (value: unknown) => (value == null || value === '' ? '—' : Array.isArray(value) ? value.join('、') : String(value));

/**
 * The fields both changed, differently: the user typed over them and the other person saved a new
 * value (`original` is the version the form was opened on). A second save would silently overwrite
 * these; fields only one side changed need no decision.
 */
export function clashingFields(typed: Record<string, unknown>, dirty: Record<string, unknown>, original: Record<string, unknown>, latest: Record<string, unknown>): string[] {
  return Object.keys(dirty).filter((field) => field !== 'version' && !same(original[field], latest[field]) && !same(typed[field], latest[field]));
}

/**
 * The edit form's save button, aware of CONFLICT (该记录已被他人修改): it loads what the other person
 * saved and, for every field both changed, shows theirs beside what this user typed. The user keeps
 * either per field, and only then the form saves on top of the new version: never a blind overwrite.
 */
export const ConflictToolbar = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const resource = useResourceContext() as string;
  const record = useRecordContext();
  const { save } = useSaveContext();
  const { getValues, setValue, formState } = useFormContext();
  const [clash, setClash] = useState<Clash | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});

  const showConflict = async () => {
    const typed = getValues();
    const { data: latest } = await dataProvider.getOne(resource, { id: record?.id });
    // The form keeps the user's typed values while the record underneath becomes the latest version.
    refresh();
    const fields = clashingFields(typed, formState.dirtyFields, record ?? {}, latest);
    if (fields.length === 0) {
      notify('sanxin.errors.CONFLICT', { type: 'warning', autoHideDuration: 10_000 });
      return;
    }
    setChoices(Object.fromEntries(fields.map((field) => [field, 'mine'])));
    setClash({ latest, fields, mine: Object.fromEntries(fields.map((field) => [field, typed[field]])) });
  };
  const showConflictNow = useRef(showConflict);
  showConflictNow.current = showConflict;

  // Around the update itself, so every save of the form takes this path: the button's, Enter's in a
  // field (the form's own submit, which never sees a button's options) and the dialog's. The edit
  // page's error handler (useSaveErrorHandler) then leaves the conflict to the dialog.
  const conflictDialog = useCallback(async (resource: string, params: unknown, next: (resource: string, params: unknown) => Promise<unknown>) => {
    try {
      return await next(resource, params);
    } catch (error) {
      if (isConflict(error)) {
        await showConflictNow.current();
        markConflictShown(error);
      }
      throw error;
    }
  }, []);
  useRegisterMutationMiddleware(conflictDialog);

  const resolve = async () => {
    if (!clash || !save) return;
    for (const field of clash.fields) if (choices[field] === 'theirs') setValue(field, clash.latest[field], { shouldDirty: true });
    const values = getValues();
    setClash(null);
    // Saved against the version just reloaded (refresh above): if a third person saved meanwhile, the same question comes again.
    await save(values);
  };

  const label = (field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });
  const choice = (field: string, value: Choice) => (
    <Radio
      size="small"
      checked={choices[field] === value}
      onChange={() => setChoices({ ...choices, [field]: value })}
      inputProps={{ 'aria-label': `${label(field)}：${translate(value === 'mine' ? 'app.conflict.keepMine' : 'app.conflict.takeTheirs')}` }}
    />
  );

  return (
    <>
      <Toolbar>
        <SaveButton />
      </Toolbar>
      <Dialog open={clash !== null} onClose={() => setClash(null)} maxWidth="md" fullWidth aria-labelledby="conflict-title">
        <DialogTitle id="conflict-title">{translate('app.conflict.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('app.conflict.explain')}</DialogContentText>
          <Table size="small" aria-label={translate('app.conflict.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.conflict.field')}</TableCell>
                <TableCell>{translate('app.conflict.theirs')}</TableCell>
                <TableCell>{translate('app.conflict.mine')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {clash?.fields.map((field) => (
                <TableRow key={field} data-field={field}>
                  <TableCell>{label(field)}</TableCell>
                  <TableCell data-side="theirs">
                    {choice(field, 'theirs')}
                    {shown(clash.latest[field])}
                  </TableCell>
                  <TableCell data-side="mine">
                    {choice(field, 'mine')}
                    {shown(clash.mine[field])}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setClash(null)}>{translate('app.conflict.backToForm')}</Button>
          <Button variant="contained" onClick={resolve}>
            {translate('app.conflict.saveChosen')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
