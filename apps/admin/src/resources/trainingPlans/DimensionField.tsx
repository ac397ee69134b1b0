import { FunctionField, useTranslate } from 'react-admin';
import { dimensionLabel } from '../../qualitySummary/trainingPlanDraft';

/** The plan's scorecard dimension by its label (SERVICE_LANGUAGE → 服务用语). */
export const DimensionField = () => {
  const translate = useTranslate();
  return <FunctionField source="dimension" render={(plan) => (plan.dimension ? dimensionLabel(translate, plan.dimension) : '')} />;
};
