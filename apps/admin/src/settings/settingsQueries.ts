import { gql } from '@apollo/client';
import type { SettingsPageQuery, SettingsQuery, UpdateSettingMutation } from '../graphql/generated';
import type { Run } from '../providers/operations';

/** A setting as the settings page shows it: the value saved (version 0: the default), its default and range. */
export type SettingRecord = SettingsPageQuery['settings'][number];
/** A setting's value as the screens that apply it read it. */
export type Setting = SettingsQuery['settings'][number];

const FIELDS = gql`
  fragment SettingFields on Setting { key value version defaultValue min max unit area choices updatedAt }
`;

export const SETTINGS = gql`
  query settings { settings { key value version } }
`;

export const SETTINGS_PAGE = gql`
  query settingsPage { settings { ...SettingFields } }
  ${FIELDS}
`;

export const UPDATE_SETTING = gql`
  mutation updateSetting($key: String!, $version: Int!, $value: Int!) { updateSetting(key: $key, version: $version, value: $value) { ...SettingFields } }
  ${FIELDS}
`;

export interface SettingsMethods {
  settings(): Promise<Setting[]>;
  settingsPage(): Promise<SettingRecord[]>;
  updateSetting(key: string, version: number, value: number): Promise<SettingRecord>;
}

export function settingsMethods(run: Run): SettingsMethods {
  return {
    settings: async () => (await run<SettingsQuery>('query', SETTINGS)).settings,
    settingsPage: async () => (await run<SettingsPageQuery>('query', SETTINGS_PAGE)).settings,
    updateSetting: async (key, version, value) => (await run<UpdateSettingMutation>('mutation', UPDATE_SETTING, { key, version, value })).updateSetting,
  };
}
