import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { lazyPage } from '../../../lazyPage';

const SwapRequestForm = lazyPage(() => import('./SwapRequestForm'), 'SwapRequestForm');
const ShiftSwapRequestList = lazyPage(() => import('./ShiftSwapRequestList'), 'ShiftSwapRequestList');

export default {
  list: ShiftSwapRequestList,
  create: SwapRequestForm,
  icon: SwapHorizIcon,
  recordRepresentation: (record: { reason?: string }) => record.reason ?? '',
};
