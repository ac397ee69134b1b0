import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { lazyPage } from '../../lazyPage';

const CallScriptCreate = lazyPage(() => import('./CallScriptForms'), 'CallScriptCreate');
const CallScriptEdit = lazyPage(() => import('./CallScriptForms'), 'CallScriptEdit');
const CallScriptList = lazyPage(() => import('./CallScriptList'), 'CallScriptList');
const CallScriptShow = lazyPage(() => import('./CallScriptShow'), 'CallScriptShow');

export default {
  list: CallScriptList,
  show: CallScriptShow,
  edit: CallScriptEdit,
  create: CallScriptCreate,
  icon: RecordVoiceOverIcon,
  recordRepresentation: 'name',
};

/** The call screen's script panel (h12-console embeds it); a small component, loaded with whatever page shows it. */
export { CallScriptPanel, type CallScriptPanelProps } from './CallScriptPanel';
export type { CallScriptDetail } from './callScriptQueries';
