import { domainMessages, SETTING_AREAS, SETTING_KEYS, type SettingKey } from '@sanxin/domain';
import { graphqlScreamingEnum } from '../../graphql/enums';

/** A setting's label lives at its key's path in the domain's `settings` messages (`complaint.escalationClock`). */
function settingLabel(locale: 'en' | 'zh-CN', key: SettingKey): string {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], domainMessages[locale].settings) as string;
}

/** `Escalation clock (超时升级计时方式): complaint.escalationClock`: the console's label and the domain key. */
const settingKeyLabels = Object.fromEntries(SETTING_KEYS.map((key) => [key, `${settingLabel('en', key)} (${settingLabel('zh-CN', key)}): ${key}`])) as Record<SettingKey, string>;

export const SettingKeyEnum = graphqlScreamingEnum(SETTING_KEYS, 'SettingKey', 'A configurable number (系统配置), named after its domain key (COMPLAINT_ESCALATION_CLOCK: complaint.escalationClock)', settingKeyLabels);
export const SettingAreaEnum = graphqlScreamingEnum(SETTING_AREAS, 'SettingArea', 'A section of the settings page: the first part of the key', 'settingArea');
