export { evictDeleted, type Page, type PageArgs, type PageInfo, pagedList, sanxinTypePolicies } from './paged-list';
