import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { isConflict } from '../providers/graphqlErrors';

type WorkflowRecord = Awaited<ReturnType<SanxinDataProvider['workflow']>>;

/**
 * Runs a workflow mutation the pessimistic way: nothing changes on screen until the server agrees.
 * CONFLICT (someone else moved the record first) says so and reloads; INVALID_TRANSITION and rule
 * violations show the server's message. Returns the updated record, or undefined when refused.
 */
export function useWorkflow() {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return async function run(
    mutation: string,
    variables: Record<string, unknown>,
    success: string,
    options: { many?: boolean; messageArgs?: Record<string, unknown> } = {},
  ) {
    try {
      const result = options.many ? await dataProvider.workflowMany(mutation, variables) : await dataProvider.workflow(mutation, variables);
      notify(success, { type: 'info', messageArgs: options.messageArgs });
      refresh();
      return result as WorkflowRecord | WorkflowRecord[];
    } catch (error) {
      if (isConflict(error)) {
        notify('sanxin.errors.CONFLICT', { type: 'warning', autoHideDuration: 10_000 });
        refresh();
      } else {
        notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
      }
      return undefined;
    }
  };
}
