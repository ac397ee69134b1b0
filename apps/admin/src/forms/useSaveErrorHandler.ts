import { useNotify, useRefresh } from 'react-admin';
import { errorCodeOf, isConflict } from '../providers/graphqlErrors';

const SHOWN_IN_DIALOG = Symbol('conflict shown in the conflict dialog');

/** Set by the conflict dialog (ConflictToolbar) on a CONFLICT it has already shown the user. */
export const markConflictShown = (error: unknown) => {
  if (error && typeof error === 'object') Object.assign(error, { [SHOWN_IN_DIALOG]: true });
};

/**
 * mutationOptions for pessimistic edits. On CONFLICT the record is reloaded while the form keeps
 * what the user typed (SimpleForm resetOptions keepDirtyValues), so they can check and save again.
 */
export function useSaveErrorHandler() {
  const notify = useNotify();
  const refresh = useRefresh();
  return {
    onError: (error: unknown) => {
      if (isConflict(error)) {
        if ((error as { [SHOWN_IN_DIALOG]?: boolean })[SHOWN_IN_DIALOG]) return;
        notify('sanxin.errors.CONFLICT', { type: 'warning', autoHideDuration: 10_000 });
        refresh();
        return;
      }
      // Bad input is shown next to its inputs by react-admin itself (body.errors, keyed by each error's path);
      // a broken business rule also gets the server's message, which may concern no input of this form.
      const body = (error as { body?: { code?: string; errors?: object } })?.body;
      if (body?.errors && (body.code ?? errorCodeOf(error)) === 'BAD_USER_INPUT') return;
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    },
  };
}

/** Keeps the user's typed values when the record is reloaded underneath the form. */
export const KEEP_TYPED_VALUES = { keepDirtyValues: true } as const;
