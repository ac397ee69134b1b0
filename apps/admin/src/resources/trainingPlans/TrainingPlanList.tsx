import { TRAINING_PLAN_STATUSES } from '@sanxin/domain';
import { DataTable, DateField, FunctionField, List, SelectArrayInput, SelectField, TextInput, useTranslate } from 'react-admin';
import { choicesOf } from '../../i18n/choices';
import { PhoneCardList } from '../../layout/PhoneCardList';
import { useSmallScreen } from '../../layout/useSmallScreen';
import { dimensionLabel } from '../../qualitySummary/trainingPlanDraft';
import { DimensionField } from './DimensionField';
import { ExportingListActions } from '../../export/ExportingListActions';

const statuses = choicesOf(TRAINING_PLAN_STATUSES, 'trainingPlanStatus');
const filters = [<TextInput key="q" source="q" alwaysOn />, <SelectArrayInput key="status" source="status" choices={statuses} />];

/** 培训计划: the next planned first; archived ones stay listed (kept, never deleted). */
export const TrainingPlanList = () => {
  const small = useSmallScreen();
  const translate = useTranslate();
  return (
    <List actions={<ExportingListActions />} filters={filters} sort={{ field: 'plannedOn', order: 'DESC' }} exporter={false}>
      {small ? (
        <PhoneCardList
          primaryText={(plan) => plan.topic}
          secondaryText={(plan) => [plan.plannedOn, plan.dimension && dimensionLabel(translate, plan.dimension)].filter(Boolean).join(' · ')}
          tertiaryText={(plan) =>
            `${translate(`sanxin.enums.trainingPlanStatus.${plan.status}`, { _: plan.status })} · ${translate('app.trainingPlan.agentCount', { count: plan.agentIds?.length ?? 0 })}`
          }
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="topic" />
          <DataTable.Col source="dimension" disableSort>
            <DimensionField />
          </DataTable.Col>
          <DataTable.Col source="plannedOn">
            <DateField source="plannedOn" />
          </DataTable.Col>
          <DataTable.Col source="agentIds" disableSort>
            <FunctionField render={(plan) => translate('app.trainingPlan.agentCount', { count: plan.agentIds?.length ?? 0 })} />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <SelectField source="status" choices={statuses} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
