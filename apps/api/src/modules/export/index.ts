/** 导出: the generic list export (exportList); nothing here is for other modules yet. */
export { EXPORT_FORMATS } from './export.inputs';
