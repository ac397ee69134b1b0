/** What other modules may use of staff. */
export { Staff } from './staff.entity';
export { staffLoaders } from './staff.loaders';
export { resolveViewerStaff } from './staff.service';
export { staffNamesByIds } from './staff-names';
export { findStaffWithPasswordHash } from './staff-password-hash';
