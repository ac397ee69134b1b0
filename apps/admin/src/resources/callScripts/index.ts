import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { CallScriptCreate, CallScriptEdit } from './CallScriptForms';
import { CallScriptList } from './CallScriptList';
import { CallScriptShow } from './CallScriptShow';

export default {
  list: CallScriptList,
  show: CallScriptShow,
  edit: CallScriptEdit,
  create: CallScriptCreate,
  icon: RecordVoiceOverIcon,
  recordRepresentation: 'name',
};

export { CallScriptPanel, type CallScriptPanelProps } from './CallScriptPanel';
export type { CallScriptDetail } from './callScriptQueries';
