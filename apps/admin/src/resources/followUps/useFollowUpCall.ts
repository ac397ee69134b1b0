import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';
import { fieldErrorsOf, isConflict } from '../../providers/graphqlErrors';
import type { FollowUpCall } from './followUpQueries';
import { callRefusal } from './followUpSteps';

/**
 * The follow-up on the call screen, and its steps run the pessimistic way: nothing changes until the
 * server agrees, then the record is read again. A refusal (休息时间 …) is answered in words, with
 * the time the customer may be called.
 */
export function useFollowUpCall(id: string) {
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [followUp, setFollowUp] = useState<FollowUpCall | null>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const reload = useCallback(() => {
    dataProvider.followUpCall(id).then(setFollowUp, (error: Error) => {
      setFollowUp(null);
      notify(error.message, { type: 'error' });
    });
  }, [dataProvider, id, notify]);
  useEffect(() => reload(), [reload]);

  const run = async (mutation: string, input: object, done: string): Promise<boolean> => {
    if (!followUp) return false;
    try {
      await dataProvider.workflow(mutation, { id: followUp.id, version: followUp.version, input });
      setRefusal(null);
      notify(done, { type: 'info' });
      reload();
      return true;
    } catch (error) {
      if (isConflict(error)) {
        notify('sanxin.errors.CONFLICT', { type: 'warning', autoHideDuration: 10_000 });
        reload();
        return false;
      }
      const message = callRefusal(fieldErrorsOf(error), translate) ?? (error as Error).message;
      setRefusal(message);
      notify(message, { type: 'error' });
      return false;
    }
  };
  return { followUp, reload, run, refusal };
}
