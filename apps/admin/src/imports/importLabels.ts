import type { GraphQLErrorLike, Translate } from '../providers/graphqlErrors';
import type { ImportRowView } from './importQueries';

/** A row error as a sentence: the column's label and the domain's violation message (e.g. 电话: 电话号码格式不正确). */
export function rowErrorText(error: ImportRowView['errors'][number], translate: Translate): string {
  const params = error.params ? (JSON.parse(error.params) as Record<string, unknown>) : {};
  const message = translate(`sanxin.validation.${error.code}`, { ...params, _: error.code });
  return error.path ? `${translate(`app.imports.columns.${error.path}`, { _: error.path })}: ${message}` : message;
}

/** Why an upload was refused, in the domain's words (文件中没有数据行 …). */
export function uploadErrorMessage(error: GraphQLErrorLike | undefined, translate: Translate): string {
  const field = (error?.extensions?.fields as Array<{ code: string; params: Record<string, unknown> | null }> | undefined)?.[0];
  if (field) return translate(`sanxin.validation.${field.code}`, { ...(field.params ?? {}), _: field.code });
  if (error?.extensions?.code === 'FORBIDDEN') return translate('app.imports.forbidden');
  return error?.message ?? translate('app.imports.uploadFailed');
}
