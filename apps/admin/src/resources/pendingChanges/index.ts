import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazyPage } from '../../lazyPage';

const ReviewQueuePage = lazyPage(() => import('./ReviewQueuePage'), 'ReviewQueuePage');
/** 待复核 on the customer and contract pages (loaded with them; small). */
export { PendingChangeBanner } from './PendingChangeBanner';

export default {
  list: ReviewQueuePage,
  icon: FactCheckIcon,
};
