import { type DocumentNode, gql } from '@apollo/client';
import type { SettingUnit } from '@sanxin/domain';

/** A setting as the settings page shows it: the value saved (version 0: the default), its default and range. */
export interface SettingRecord {
  key: string;
  value: number;
  version: number;
  defaultValue: number;
  min: number;
  max: number;
  unit: SettingUnit;
  area: string;
  updatedAt: string;
}

const FIELDS = 'key value version defaultValue min max unit area updatedAt';

export const SETTINGS_PAGE = gql`
  query settingsPage { settings { ${FIELDS} } }
`;

export const UPDATE_SETTING = gql`
  mutation updateSetting($key: String!, $version: Int!, $value: Int!) { updateSetting(key: $key, version: $version, value: $value) { ${FIELDS} } }
`;


type Run = <T>(kind: 'query' | 'mutation', document: DocumentNode, variables?: Record<string, unknown>) => Promise<T>;

export interface SettingsMethods {
  settingsPage(): Promise<SettingRecord[]>;
  updateSetting(key: string, version: number, value: number): Promise<SettingRecord>;
}

export function settingsMethods(run: Run): SettingsMethods {
  return {
    settingsPage: async () => (await run<{ settings: SettingRecord[] }>('query', SETTINGS_PAGE)).settings,
    updateSetting: async (key, version, value) => (await run<{ updateSetting: SettingRecord }>('mutation', UPDATE_SETTING, { key, version, value })).updateSetting,
  };
}
