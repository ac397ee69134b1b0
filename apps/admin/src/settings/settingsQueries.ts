import { gql } from '@apollo/client';
import type { SettingsQuery, UpdateSettingMutation } from '../graphql/generated';
import type { Run } from '../providers/operations';

/** A setting: the value saved (version 0: the default), its default and range; the screens that apply it read the value. */
export type Setting = SettingsQuery['settings'][number];

const FIELDS = gql`
  fragment SettingFields on Setting { key value version defaultValue min max unit area choices updatedAt }
`;

export const SETTINGS = gql`
  query settings { settings { ...SettingFields } }
  ${FIELDS}
`;

export const UPDATE_SETTING = gql`
  mutation updateSetting($key: String!, $version: Int!, $value: Int!) { updateSetting(key: $key, version: $version, value: $value) { ...SettingFields } }
  ${FIELDS}
`;

export interface SettingsMethods {
  settings(): Promise<Setting[]>;
  updateSetting(key: string, version: number, value: number): Promise<Setting>;
}

export function settingsMethods(run: Run): SettingsMethods {
  return {
    settings: async () => (await run<SettingsQuery>('query', SETTINGS)).settings,
    updateSetting: async (key, version, value) => (await run<UpdateSettingMutation>('mutation', UPDATE_SETTING, { key, version, value })).updateSetting,
  };
}
