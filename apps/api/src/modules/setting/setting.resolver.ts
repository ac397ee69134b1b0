import { SETTING_CHOICES, SETTINGS, type SettingArea, type SettingKey, type SettingUnit, settingArea } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { SettingUnitEnum } from '../../graphql/enums';
import { Setting } from './setting.entity';
import { SettingAreaEnum, SettingKeyEnum } from './setting.enums';
import { listSettings, updateSetting } from './setting.service';

@Resolver(() => Setting)
export class SettingResolver {
  @Authorized('setting:list')
  @Query(() => [Setting], { description: 'Every configurable number with its current value (version 0: the default)' })
  settings(@Ctx() ctx: Context): Promise<Setting[]> {
    return listSettings(serviceContext(ctx));
  }

  @Authorized()
  @Query(() => String, { description: 'The IANA time zone business dates and deadlines use (TZ_BUSINESS)' })
  businessTimeZone(@Ctx() ctx: Context): string {
    return ctx.config.businessTimeZone;
  }

  @Authorized('setting:edit')
  @Mutation(() => Setting, { description: 'Version-checked (version 0: never saved); BAD_USER_INPUT outOfRange, or workdayEndsBeforeStart against the other settings. To reset, save defaultValue' })
  updateSetting(
    @Ctx() ctx: Context,
    @Arg('key', () => SettingKeyEnum, { description: 'Which setting' }) key: SettingKey,
    @Arg('version', () => Int) version: number,
    @Arg('value', () => Int, { description: "The new value, in the setting's unit" }) value: number,
  ): Promise<Setting> {
    return updateSetting(serviceContext(ctx), key, version, value);
  }

  @FieldResolver(() => ID, { description: 'The key, as the id a client cache normalises settings by' })
  id(@Root() setting: Setting): string {
    return setting.key;
  }

  @FieldResolver(() => Int, { description: 'The value when none is saved (DOMAIN.md)' })
  defaultValue(@Root() setting: Setting): number {
    return SETTINGS[setting.key as SettingKey].default;
  }

  @FieldResolver(() => Int, { description: 'Least value allowed' })
  min(@Root() setting: Setting): number {
    return SETTINGS[setting.key as SettingKey].min;
  }

  @FieldResolver(() => Int, { description: 'Greatest value allowed' })
  max(@Root() setting: Setting): number {
    return SETTINGS[setting.key as SettingKey].max;
  }

  @FieldResolver(() => SettingUnitEnum, { description: 'How the value reads' })
  unit(@Root() setting: Setting): SettingUnit {
    return SETTINGS[setting.key as SettingKey].unit;
  }

  @FieldResolver(() => [String], { nullable: true, description: 'For a CHOICE setting, its codes: the value is the index of the one chosen (complaint.escalationClock: 0 CLOCK, 1 BUSINESS); null for any other unit' })
  choices(@Root() setting: Setting): readonly string[] | null {
    return SETTING_CHOICES[setting.key as SettingKey] ?? null;
  }

  @FieldResolver(() => SettingAreaEnum, { description: 'The section of the settings page it belongs to: the first part of the key' })
  area(@Root() setting: Setting): SettingArea {
    return settingArea(setting.key as SettingKey);
  }
}
