import { gql } from '@apollo/client';
import type { ChangePasswordMutation } from '../graphql/generated';
import type { Run } from '../providers/operations';

export const CHANGE_PASSWORD = gql`
  mutation changePassword($input: ChangePasswordInput!) { changePassword(input: $input) { id username mustChangePassword } }
`;

export interface AccountMethods {
  changePassword(currentPassword: string, newPassword: string): Promise<ChangePasswordMutation['changePassword']>;
}

export function accountMethods(run: Run): AccountMethods {
  return {
    changePassword: async (currentPassword, newPassword) =>
      (await run<ChangePasswordMutation>('mutation', CHANGE_PASSWORD, { input: { currentPassword, newPassword } })).changePassword,
  };
}
