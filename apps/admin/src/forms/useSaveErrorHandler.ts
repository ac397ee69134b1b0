import { useNotify, useRefresh } from 'react-admin';
import { isConflict } from '../providers/graphqlErrors';

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
      // Field errors from the server are shown next to their inputs by react-admin itself.
      if ((error as { body?: { errors?: object } })?.body?.errors) return;
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    },
  };
}

/** Keeps the user's typed values when the record is reloaded underneath the form. */
export const KEEP_TYPED_VALUES = { keepDirtyValues: true } as const;
