import {
  CALENDAR_DAY_KINDS,
  CUSTOMER_KINDS,
  CUSTOMER_SOURCES,
  CUSTOMER_TIERS,
  INTERACTION_CHANNELS,
  INTERACTION_DIRECTIONS,
  INTERACTION_OUTCOMES,
  JOB_TYPES,
  LIFECYCLE_STAGES,
  ROLES,
  SETTING_UNITS,
  domainMessages,
  screamingCase,
  type Messages,
} from '@sanxin/domain';
import { registerEnumType } from 'type-graphql';

/** A key of the domain's enum labels (packages/domain i18n), or the values' descriptions written out. */
export type EnumValueLabels<T extends string> = keyof Messages['enums'] | Readonly<Record<T, string>>;

/**
 * Each value's description: the domain's English label with its Chinese term, e.g. `Shift leader (班长)`,
 * so the schema says what the console shows. A value without a label stays undescribed, and
 * `schema-descriptions.test.ts` names it.
 */
export function enumValueDescriptions<T extends string>(values: readonly T[], labels: EnumValueLabels<T>): Record<T, { description?: string }> {
  const describe = (value: T): string | undefined => {
    if (typeof labels !== 'string') return labels[value];
    const en = (domainMessages.en.enums[labels] as Record<string, string>)[value];
    const zh = (domainMessages['zh-CN'].enums[labels] as Record<string, string>)[value];
    if (!en) return zh;
    return zh && zh !== en ? `${en} (${zh})` : en;
  };
  return Object.fromEntries(values.map((value) => [value, { description: describe(value) }])) as Record<T, { description?: string }>;
}

/** Each registered enum's zh-CN value labels by GraphQL value name (exports write labels, not codes: modules/export). */
const zhLabelsByEnum = new Map<string, Readonly<Record<string, string>>>();

function rememberZhLabels<T extends string>(name: string, values: readonly T[], graphqlName: (value: T) => string, labels: EnumValueLabels<T> | undefined): void {
  if (typeof labels !== 'string') return;
  const zh = domainMessages['zh-CN'].enums[labels] as Record<string, string>;
  zhLabelsByEnum.set(name, Object.fromEntries(values.filter((value) => zh[value]).map((value) => [graphqlName(value), zh[value]])));
}

/** The zh-CN labels of a GraphQL enum's values, when the domain labels them. */
export function zhEnumLabels(enumName: string): Readonly<Record<string, string>> | undefined {
  return zhLabelsByEnum.get(enumName);
}

/** type-graphql wants an enum object; the domain's value lists are the only source of the values. */
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string, labels?: EnumValueLabels<T>): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description, valuesConfig: labels ? enumValueDescriptions(values, labels) : undefined });
  rememberZhLabels(name, values, (value) => value, labels);
  return enumObject;
}

/**
 * As graphqlEnum, for domain values written otherwise (resource names such as `leaveRequest`): the
 * schema says `LEAVE_REQUEST`, resolvers and the database keep the domain's value.
 */
export function graphqlScreamingEnum<T extends string>(values: readonly T[], name: string, description: string, labels: EnumValueLabels<T>): Record<string, T> {
  const descriptions = enumValueDescriptions(values, labels);
  const enumObject = Object.fromEntries(values.map((value) => [screamingCase(value), value])) as Record<string, T>;
  const valuesConfig = Object.fromEntries(values.map((value) => [screamingCase(value), descriptions[value]]));
  registerEnumType(enumObject, { name, description, valuesConfig });
  rememberZhLabels(name, values, screamingCase, labels);
  return enumObject;
}

/** As graphqlEnum, for a level stored as its number: the schema names it, resolvers and the database keep the index. */
export function graphqlIndexEnum<T extends string>(names: readonly T[], name: string, description: string, labels: EnumValueLabels<T>): Record<T, number> {
  const enumObject = Object.fromEntries(names.map((value, index) => [value, index])) as Record<T, number>;
  registerEnumType(enumObject, { name, description, valuesConfig: enumValueDescriptions(names, labels) });
  rememberZhLabels(name, names, (value) => value, labels);
  return enumObject;
}

export const RoleEnum = graphqlEnum(ROLES, 'Role', 'Role (岗位): what a person may do', 'role');
export const JobTypeEnum = graphqlEnum(JOB_TYPES, 'JobType', 'Job type of a staff member (工种)', 'jobType');
export const CustomerKindEnum = graphqlEnum(CUSTOMER_KINDS, 'CustomerKind', 'Company or individual (客户类型)', 'kind');
export const CustomerTierEnum = graphqlEnum(CUSTOMER_TIERS, 'CustomerTier', 'Customer tier (客户分级): A is a key customer', 'tier');
export const LifecycleStageEnum = graphqlEnum(LIFECYCLE_STAGES, 'LifecycleStage', 'Customer lifecycle stage (生命周期)', 'lifecycle');
export const CustomerSourceEnum = graphqlEnum(CUSTOMER_SOURCES, 'CustomerSource', 'Where the customer came from (客户来源)', 'source');
export const InteractionChannelEnum = graphqlEnum(INTERACTION_CHANNELS, 'InteractionChannel', 'Channel of a service record (服务渠道)', 'channel');
export const InteractionDirectionEnum = graphqlEnum(INTERACTION_DIRECTIONS, 'InteractionDirection', 'Inbound or outbound (呼入/呼出)', 'direction');
export const InteractionOutcomeEnum = graphqlEnum(INTERACTION_OUTCOMES, 'InteractionOutcome', 'Outcome of a service record (服务结果)', 'outcome');

export const SettingUnitEnum = graphqlEnum(SETTING_UNITS, 'SettingUnit', 'How a setting reads: MINUTE_OF_DAY is minutes after local midnight (shown as HH:MM)', 'settingUnit');

export const CalendarDayKindEnum = graphqlEnum(CALENDAR_DAY_KINDS, 'CalendarDayKind', 'A public holiday or a make-up working day (调休上班)', 'calendarDayKind');

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sort',
  valuesConfig: { ASC: { description: 'Ascending: smallest, earliest, A first' }, DESC: { description: 'Descending: largest, latest, Z first' } },
});
