import type { Messages } from '@sanxin/domain';

export type EnumName = keyof Messages['enums'];

/** Choices for SelectInput/SelectField whose labels react-admin translates from the domain's enum labels. */
export function choicesOf(values: readonly string[], enumName: EnumName): { id: string; name: string }[] {
  return values.map((value) => ({ id: value, name: `sanxin.enums.${enumName}.${value}` }));
}
