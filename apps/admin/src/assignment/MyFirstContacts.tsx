import { Card, CardContent, CardHeader, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Loading, type RaRecord, Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { LogInteractionButton } from '../resources/customers/LogInteractionButton';
import { deadlineColor, deadlineLabel, deadlineOf } from './firstContactDeadline';

export const DeadlineChip = ({ dueAt, now = new Date() }: { dueAt: string; now?: Date }) => {
  const translate = useTranslate();
  const deadline = deadlineOf(dueAt, now);
  return <Chip size="small" color={deadlineColor(deadline)} label={deadlineLabel(deadline, translate)} />;
};

/** The customer's own page; the interaction dialog closes the deadline through the API. */
const FirstContactRow = ({ assignment }: { assignment: RaRecord }) => {
  const customer = { id: String(assignment.customerId), name: assignment.customer?.name ?? '' };
  return (
    <TableRow data-customer-id={customer.id}>
      <TableCell>
        <Link to={`/customers/${encodeURIComponent(customer.id)}/show`}>{customer.name}</Link>
      </TableCell>
      <TableCell>{new Date(assignment.assignedAt).toLocaleDateString()}</TableCell>
      <TableCell>{new Date(assignment.firstContactDueAt).toLocaleString()}</TableCell>
      <TableCell>
        <DeadlineChip dueAt={assignment.firstContactDueAt} />
      </TableCell>
      <TableCell align="right">
        <LogInteractionButton customer={customer} defaults={{ direction: 'OUTBOUND' }} label="app.firstContacts.logContact" />
      </TableCell>
    </TableRow>
  );
};

/**
 * 待首次联系: customers assigned to the signed-in agent that still await the first contact
 * (DOMAIN §4: within 7 days), earliest deadline first.
 */
export const MyFirstContacts = ({ perPage = 50, showEmpty = true }: { perPage?: number; showEmpty?: boolean }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const me = identity?.id;
  const { data, total, isPending } = useGetList(
    'customerAssignments',
    { filter: { agentId: me, awaitingFirstContact: true }, sort: { field: 'firstContactDueAt', order: 'ASC' }, pagination: { page: 1, perPage } },
    { enabled: Boolean(me) },
  );
  if (!me || isPending) return null;
  if (!data?.length && !showEmpty) return null;
  return (
    <Card>
      <CardHeader
        title={translate('app.firstContacts.title')}
        subheader={total ? `${total}` : undefined}
        action={perPage < 50 && (total ?? 0) > perPage ? <Link to="/my-first-contacts">{translate('app.firstContacts.viewAll')}</Link> : undefined}
      />
      <CardContent>
        {!data?.length ? (
          <Typography variant="body2">{translate('app.firstContacts.empty')}</Typography>
        ) : (
          <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('app.firstContacts.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.customerAssignments.fields.customer')}</TableCell>
                  <TableCell>{translate('app.firstContacts.assignedAt')}</TableCell>
                  <TableCell>{translate('app.firstContacts.due')}</TableCell>
                  <TableCell />
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((assignment) => (
                  <FirstContactRow key={assignment.id} assignment={assignment} />
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </CardContent>
    </Card>
  );
};

export const MyFirstContactsPage = () => {
  const { isPending } = useGetIdentity();
  if (isPending) return <Loading />;
  return (
    <>
      <Title title="app.menu.myFirstContacts" />
      <MyFirstContacts />
    </>
  );
};
