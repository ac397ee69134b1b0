import { type DocumentNode, gql } from '@apollo/client';

export const CHANGE_PASSWORD = gql`
  mutation changePassword($input: ChangePasswordInput!) { changePassword(input: $input) { id username mustChangePassword } }
`;

type Run = <T>(kind: 'query' | 'mutation', document: DocumentNode, variables?: Record<string, unknown>) => Promise<T>;

export interface AccountMethods {
  changePassword(currentPassword: string, newPassword: string): Promise<{ id: string; username: string; mustChangePassword: boolean }>;
}

export function accountMethods(run: Run): AccountMethods {
  return {
    changePassword: async (currentPassword, newPassword) =>
      (await run<{ changePassword: { id: string; username: string; mustChangePassword: boolean } }>('mutation', CHANGE_PASSWORD, { input: { currentPassword, newPassword } }))
        .changePassword,
  };
}
