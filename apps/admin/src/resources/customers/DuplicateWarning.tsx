import { Alert, AlertTitle, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { FormDataConsumer, Link, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { SanxinDataProvider } from '../../providers/dataProvider';

export interface CustomerDuplicate {
  customerId: string;
  name: string;
  company: string | null;
  reasons: Array<'PHONE' | 'NAME_AND_COMPANY'>;
  canOpen: boolean;
}

/**
 * 重复客户 while the form is filled: asks the API (customerDuplicates) after each pause in typing
 * and says which customer may be the same and why, with a link the viewer may open. The API never
 * sends the other customer's phone, so nothing here can show it.
 */
export const DuplicateWarning = () => (
  <FormDataConsumer<{ name?: string; company?: string; phone?: string }>>{({ formData }) => <DuplicatesOf name={formData.name} company={formData.company} phone={formData.phone} />}</FormDataConsumer>
);

const DuplicatesOf = ({ name, company, phone }: { name?: string; company?: string; phone?: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<SanxinDataProvider>();
  const record = useRecordContext<{ id: string }>();
  const [found, setFound] = useState<CustomerDuplicate[]>([]);

  useEffect(() => {
    const draft = { name: name?.trim() || undefined, company: company?.trim() || undefined, phone: phone && !phone.includes('*') ? phone.trim() || undefined : undefined, excludeId: record?.id };
    if (!draft.phone && !(draft.name && draft.company)) {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      Promise.resolve()
        .then(() => dataProvider.records('customerDuplicates', draft))
        .then((rows) => live && setFound(rows as unknown as CustomerDuplicate[]))
        .catch(() => live && setFound([]));
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [dataProvider, name, company, phone, record?.id]);

  if (found.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, maxWidth: 900 }} data-testid="duplicate-warning">
      <AlertTitle>{translate('app.customerMerge.duplicates.title')}</AlertTitle>
      <Stack spacing={0.5}>
        {found.map((duplicate) => (
          <div key={duplicate.customerId}>
            {duplicate.reasons.map((reason) => translate(`app.customerMerge.duplicates.${reason}`)).join('；')}：{duplicate.name}
            {duplicate.company && duplicate.company !== duplicate.name ? `（${duplicate.company}）` : ''}
            {duplicate.canOpen && (
              <>
                {' '}
                <Link to={createPath({ resource: 'customers', id: duplicate.customerId, type: 'show' })} target="_blank">
                  {translate('app.customerMerge.duplicates.open')}
                </Link>
              </>
            )}
          </div>
        ))}
      </Stack>
    </Alert>
  );
};
