import { Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { type RaRecord, useTranslate } from 'react-admin';
import type { AssignmentSuggestion } from './assignmentQueries';
import { type Choices, topAgentOf } from './assignmentPlan';
import { SuggestionReasons } from './suggestionReasons';

export interface SuggestionTableProps {
  suggestions: AssignmentSuggestion[];
  customers: Map<string, RaRecord>;
  choices: Choices;
  onChoose(customerId: string, agentId: string): void;
}

/** Per customer: the top agent preselected, the alternatives in the picker, and why (in words). */
export const SuggestionTable = ({ suggestions, customers, choices, onChoose }: SuggestionTableProps) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('app.assignment.suggestions')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.assignment.customer')}</TableCell>
          <TableCell>{translate('app.assignment.tier')}</TableCell>
          <TableCell>{translate('app.assignment.suggested')}</TableCell>
          <TableCell>{translate('app.assignment.chosen')}</TableCell>
          <TableCell>{translate('app.assignment.reasonsLabel')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {suggestions.map((suggestion) => {
          const customer = customers.get(suggestion.customerId);
          const chosenId = choices[suggestion.customerId];
          const chosen = suggestion.agents.find((ranked) => ranked.agent.id === chosenId);
          const top = suggestion.agents[0];
          return (
            <TableRow key={suggestion.customerId} data-customer-id={suggestion.customerId}>
              <TableCell>{customer?.name ?? suggestion.customerId}</TableCell>
              <TableCell>{customer ? translate(`sanxin.enums.tier.${customer.tier}`) : ''}</TableCell>
              <TableCell>{top ? top.agent.name : <Typography color="error">{translate('app.assignment.noQualified')}</Typography>}</TableCell>
              <TableCell>
                {suggestion.agents.length > 0 && (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <TextField
                      select
                      size="small"
                      value={chosenId ?? ''}
                      onChange={(event) => onChoose(suggestion.customerId, event.target.value)}
                      slotProps={{ htmlInput: { 'aria-label': `${translate('app.assignment.chosen')} ${customer?.name ?? ''}` } }}
                      sx={{ minWidth: 220 }}
                    >
                      {suggestion.agents.map((ranked) => (
                        <MenuItem key={ranked.agent.id} value={ranked.agent.id}>
                          {ranked.agent.name}（{translate('app.assignment.projectedLoad', { count: ranked.projectedLoad })}）
                        </MenuItem>
                      ))}
                    </TextField>
                    {chosenId && chosenId !== topAgentOf(suggestion) && <Chip size="small" color="warning" label={translate('app.assignment.overridden')} />}
                  </Stack>
                )}
              </TableCell>
              <TableCell>{chosen && <SuggestionReasons reasons={chosen.reasons} />}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
