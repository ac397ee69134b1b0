export {
  type EvictingCache,
  evictDeleted,
  type Page,
  type PageArgs,
  type PageInfo,
  type PagedListPolicy,
  pagedList,
  type Reference,
  sanxinTypePolicies,
} from './paged-list';
