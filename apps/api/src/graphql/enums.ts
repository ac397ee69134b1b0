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
} from '@sanxin/domain';
import { registerEnumType } from 'type-graphql';

/** type-graphql wants an enum object; the domain's value lists are the only source of the values. */
export function graphqlEnum<T extends string>(values: readonly T[], name: string, description: string): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const RoleEnum = graphqlEnum(ROLES, 'Role', '岗位');
export const JobTypeEnum = graphqlEnum(JOB_TYPES, 'JobType', 'Job type of a staff member');
export const CustomerKindEnum = graphqlEnum(CUSTOMER_KINDS, 'CustomerKind', 'Company or individual');
export const CustomerTierEnum = graphqlEnum(CUSTOMER_TIERS, 'CustomerTier', '分级: A is a key customer');
export const LifecycleStageEnum = graphqlEnum(LIFECYCLE_STAGES, 'LifecycleStage', 'Customer lifecycle');
export const CustomerSourceEnum = graphqlEnum(CUSTOMER_SOURCES, 'CustomerSource', 'Where the customer came from');
export const InteractionChannelEnum = graphqlEnum(INTERACTION_CHANNELS, 'InteractionChannel', 'Channel of a service record');
export const InteractionDirectionEnum = graphqlEnum(INTERACTION_DIRECTIONS, 'InteractionDirection', 'Inbound or outbound');
export const InteractionOutcomeEnum = graphqlEnum(INTERACTION_OUTCOMES, 'InteractionOutcome', 'Outcome of a service record');

export const SettingUnitEnum = graphqlEnum(SETTING_UNITS, 'SettingUnit', 'How a setting reads: MINUTE_OF_DAY is minutes after local midnight (shown as HH:MM)');

export const CalendarDayKindEnum = graphqlEnum(CALENDAR_DAY_KINDS, 'CalendarDayKind', 'A public holiday or a make-up working day (调休上班)');

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
