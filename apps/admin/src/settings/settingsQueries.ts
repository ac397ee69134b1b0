import { gql } from '@apollo/client';
import { type SettingArea, type SettingKey, screamingCase, settingAreaOfName, settingKeyOfName } from '@sanxin/domain';
import type { SettingKey as SettingKeyName, SettingsQuery, UpdateSettingMutation } from '../graphql/generated';
import type { Run } from '../providers/operations';

type SettingFromApi = SettingsQuery['settings'][number];

/**
 * A setting: the value saved (version 0: the default), its default and range; the screens that apply it
 * read the value. Its key and area are the domain's (`complaint.escalationClock`), which the rules and
 * labels use; the API's enums name them in SCREAMING_CASE and are read back here, at the boundary.
 */
export type Setting = Omit<SettingFromApi, 'key' | 'area'> & { key: SettingKey; area: SettingArea };

const FIELDS = gql`
  fragment SettingFields on Setting { key value version defaultValue min max unit area choices updatedAt }
`;

export const SETTINGS = gql`
  query settings { settings { ...SettingFields } }
  ${FIELDS}
`;

export const UPDATE_SETTING = gql`
  mutation updateSetting($key: SettingKey!, $version: Int!, $value: Int!) { updateSetting(key: $key, version: $version, value: $value) { ...SettingFields } }
  ${FIELDS}
`;

/** A setting the domain does not know (a newer server's) is left out: the console has no rule or label for it. */
function fromApi(setting: SettingFromApi): Setting[] {
  const key = settingKeyOfName(setting.key);
  const area = settingAreaOfName(setting.area);
  return key && area ? [{ ...setting, key, area }] : [];
}

export interface SettingsMethods {
  settings(): Promise<Setting[]>;
  updateSetting(key: SettingKey, version: number, value: number): Promise<Setting>;
}

export function settingsMethods(run: Run): SettingsMethods {
  return {
    settings: async () => (await run<SettingsQuery>('query', SETTINGS)).settings.flatMap(fromApi),
    updateSetting: async (key, version, value) => {
      const saved = (await run<UpdateSettingMutation>('mutation', UPDATE_SETTING, { key: screamingCase(key) as SettingKeyName, version, value })).updateSetting;
      return fromApi(saved)[0];
    },
  };
}
