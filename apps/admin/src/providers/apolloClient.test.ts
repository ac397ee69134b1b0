import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from './apolloClient';

const CREATE = gql`
  mutation Create($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      id
    }
  }
`;
const ME = gql`
  query Me {
    me {
      id
    }
  }
`;

/** A fetch that loses the first `lost` requests (no answer, as when the server dies) and answers the rest. */
function flakyFetch(lost: number) {
  const keys: Array<string | null> = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    keys.push(new Headers(init?.headers).get('idempotency-key'));
    if (keys.length <= lost) throw new TypeError('Failed to fetch');
    const body = JSON.parse(String(init?.body));
    const data = body.operationName === 'Me' ? { me: { __typename: 'Staff', id: 's1' } } : { createCustomer: { __typename: 'Customer', id: `c${keys.length}` } };
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, keys };
}

describe('Idempotency-Key from the console', () => {
  it('sends one key per submit, the same on the retry of an unanswered submit', async () => {
    const { fetch, keys } = flakyFetch(1);
    const client = createApolloClient('http://api.test/graphql', fetch);
    await client.mutate({ mutation: CREATE, variables: { input: { kind: 'INDIVIDUAL', name: '王芳' } } });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);

    await client.mutate({ mutation: CREATE, variables: { input: { kind: 'INDIVIDUAL', name: '王芳' } } });
    expect(keys).toHaveLength(3);
    expect(keys[2]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('sends no key with queries', async () => {
    const { fetch, keys } = flakyFetch(0);
    await createApolloClient('http://api.test/graphql', fetch).query({ query: ME });
    expect(keys).toEqual([null]);
  });
});
