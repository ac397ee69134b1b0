import { graphql } from './gql';

/** Every document the example sends. graphql-codegen reads them and types their answers (src/gql/). */

export const LOGIN = graphql(`
  mutation ExampleLogin($username: String!, $password: String!) {
    login(input: { username: $username, password: $password }) {
      token
      expiresAt
      staff { id name role }
    }
  }
`);

export const ERROR_CATALOG = graphql(`
  query ExampleErrorCatalog {
    errorCatalog { code zhCN en }
  }
`);

export const CUSTOMERS = graphql(`
  query ExampleCustomers($page: PageInput) {
    customers(page: $page, sort: [{ field: NAME, direction: ASC }]) {
      items { id name }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

export const COMPLAINTS = graphql(`
  query ExampleComplaints($filter: ComplaintFilter) {
    complaints(filter: $filter, page: { limit: 20 }) {
      items { id version number ownerId }
    }
  }
`);

export const REASSIGN_COMPLAINT = graphql(`
  mutation ExampleReassignComplaint($id: ID!, $version: Int!, $handlerId: ID!, $reason: String!) {
    reassignComplaint(id: $id, version: $version, input: { handlerId: $handlerId, reason: $reason }) { id version ownerId }
  }
`);

export const MY_INBOX_CHANGED = graphql(`
  subscription ExampleMyInboxChanged {
    myInboxChanged { kind complaintId at }
  }
`);
