import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { SwapRequestForm } from './SwapRequestForm';
import { ShiftSwapRequestList } from './ShiftSwapRequestList';

export default {
  list: ShiftSwapRequestList,
  create: SwapRequestForm,
  icon: SwapHorizIcon,
  recordRepresentation: (record: { reason?: string }) => record.reason ?? '',
};
