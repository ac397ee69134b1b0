import HeadsetMicIcon from '@mui/icons-material/HeadsetMic';
import { lazyPage } from '../../lazyPage';

const InteractionCreate = lazyPage(() => import('./InteractionCreate'), 'InteractionCreate');
const InteractionEdit = lazyPage(() => import('./InteractionEdit'), 'InteractionEdit');
const InteractionList = lazyPage(() => import('./InteractionList'), 'InteractionList');
const InteractionShow = lazyPage(() => import('./InteractionShow'), 'InteractionShow');

export default {
  list: InteractionList,
  show: InteractionShow,
  edit: InteractionEdit,
  create: InteractionCreate,
  icon: HeadsetMicIcon,
  recordRepresentation: 'summary',
};

// What the customer page reuses: the timeline's chips and the log-interaction dialog's form.
export { ChannelField, DirectionField, OutcomeField } from './InteractionFields';
export { InteractionInputs, newInteractionDefaults } from './InteractionInputs';
export { validateInteractionForm } from './interactionValidation';
