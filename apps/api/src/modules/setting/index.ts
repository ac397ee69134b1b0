/** Settings an administrator changes; every module reads them here. */
export { readSettings } from './setting.service';
