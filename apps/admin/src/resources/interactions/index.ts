import HeadsetMicIcon from '@mui/icons-material/HeadsetMic';
import { InteractionCreate } from './InteractionCreate';
import { InteractionEdit } from './InteractionEdit';
import { InteractionList } from './InteractionList';
import { InteractionShow } from './InteractionShow';

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
