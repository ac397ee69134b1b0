import { buildSchema, introspectionFromSchema } from 'graphql';

/** The foundation resources of docs/graphql-contract.md, as the API is expected to emit them. */
export const CONTRACT_SDL = /* GraphQL */ `
  scalar DateTimeISO
  enum SortDirection { ASC DESC }
  input PageInput { offset: Int, limit: Int, after: String }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
  enum Role { AGENT SHIFT_LEADER QA_INSPECTOR DEPT_MANAGER CENTER_DIRECTOR ADMIN }
  enum JobType { PHONE ONLINE FIELD BACK_OFFICE }
  enum CustomerKind { COMPANY INDIVIDUAL }
  enum CustomerTier { A B C }
  enum LifecycleStage { PROSPECT REGISTERED VERIFIED ACTIVE CHURNED }
  enum CustomerSource { HOTLINE REFERRAL SALES WEBSITE EXHIBITION OTHER }
  enum InteractionChannel { PHONE VISIT EMAIL MESSAGE LETTER ONLINE }
  enum InteractionDirection { INBOUND OUTBOUND }
  enum InteractionOutcome { RESOLVED FOLLOW_UP_NEEDED NO_ANSWER OPPORTUNITY COMPLAINT_REGISTERED INFO_GIVEN }

  type Team { id: ID!, version: Int!, createdAt: DateTimeISO!, updatedAt: DateTimeISO!, name: String! }
  type Staff {
    id: ID!, version: Int!, createdAt: DateTimeISO!, updatedAt: DateTimeISO!
    username: String!, name: String!, role: Role!, jobType: JobType, skillLevel: Int!, active: Boolean!
    phone: String, teamId: ID, team: Team
  }
  type Customer {
    id: ID!, version: Int!, createdAt: DateTimeISO!, updatedAt: DateTimeISO!
    kind: CustomerKind!, name: String!, company: String, phone: String, email: String, address: String
    piiMasked: Boolean!, source: CustomerSource, industry: String, tier: CustomerTier!, lifecycle: LifecycleStage!
    tags: [String!]!, notes: String, archived: Boolean!, ownerId: ID, owner: Staff, contacts: [Contact!]!
  }
  type Contact {
    id: ID!, version: Int!, createdAt: DateTimeISO!, updatedAt: DateTimeISO!
    customerId: ID!, customer: Customer, name: String!, position: String, phone: String, email: String, isPrimary: Boolean!
  }
  type Interaction {
    id: ID!, version: Int!, createdAt: DateTimeISO!, updatedAt: DateTimeISO!
    customerId: ID!, customer: Customer, contactId: ID, contact: Contact, staffId: ID!, staff: Staff
    channel: InteractionChannel!, direction: InteractionDirection!, summary: String!, outcome: InteractionOutcome
    occurredAt: DateTimeISO!
  }
  type AuditEntry {
    id: ID!, entity: String!, entityId: ID!, action: String!
    field: String, oldValue: String, newValue: String, actorId: ID, actor: Staff, at: DateTimeISO!
  }
  type Session { token: String!, expiresAt: DateTimeISO!, staff: Staff! }
  type CustomerPage { items: [Customer!]!, total: Int!, pageInfo: PageInfo! }
  type ContactPage { items: [Contact!]!, total: Int!, pageInfo: PageInfo! }
  type InteractionPage { items: [Interaction!]!, total: Int!, pageInfo: PageInfo! }
  type StaffPage { items: [Staff!]!, total: Int!, pageInfo: PageInfo! }
  type TeamPage { items: [Team!]!, total: Int!, pageInfo: PageInfo! }
  type CsvExport { filename: String!, csv: String!, rowCount: Int! }

  input CustomerFilter { q: String, ids: [ID!], kind: CustomerKind, tier: [CustomerTier!], lifecycle: [LifecycleStage!], ownerId: ID, tag: String, createdFrom: DateTimeISO, createdTo: DateTimeISO, includeArchived: Boolean }
  enum CustomerSortField { NAME TIER LIFECYCLE CREATED_AT UPDATED_AT }
  input CustomerSort { field: CustomerSortField!, direction: SortDirection! }
  input ContactFilter { q: String, ids: [ID!], customerId: ID }
  enum ContactSortField { NAME CREATED_AT }
  input ContactSort { field: ContactSortField!, direction: SortDirection! }
  input InteractionFilter { q: String, ids: [ID!], customerId: ID, staffId: ID, channel: InteractionChannel, direction: InteractionDirection, occurredFrom: DateTimeISO, occurredTo: DateTimeISO }
  enum InteractionSortField { OCCURRED_AT CREATED_AT }
  input InteractionSort { field: InteractionSortField!, direction: SortDirection! }
  input StaffFilter { q: String, ids: [ID!], role: Role, active: Boolean, teamId: ID }
  enum StaffSortField { NAME USERNAME ROLE CREATED_AT }
  input StaffSort { field: StaffSortField!, direction: SortDirection! }
  input TeamFilter { q: String, ids: [ID!] }
  enum TeamSortField { NAME CREATED_AT }
  input TeamSort { field: TeamSortField!, direction: SortDirection! }

  input CreateCustomerInput { kind: CustomerKind!, name: String!, company: String, phone: String, email: String, address: String, source: CustomerSource, industry: String, tier: CustomerTier, lifecycle: LifecycleStage, tags: [String!], notes: String, ownerId: ID }
  input UpdateCustomerInput { kind: CustomerKind, name: String, company: String, phone: String, email: String, address: String, source: CustomerSource, industry: String, tier: CustomerTier, lifecycle: LifecycleStage, tags: [String!], notes: String, ownerId: ID }
  input CreateContactInput { customerId: ID!, name: String!, position: String, phone: String, email: String, isPrimary: Boolean }
  input UpdateContactInput { name: String, position: String, phone: String, email: String, isPrimary: Boolean }
  input CreateInteractionInput { customerId: ID!, contactId: ID, channel: InteractionChannel!, direction: InteractionDirection!, summary: String!, outcome: InteractionOutcome, occurredAt: DateTimeISO }
  input UpdateInteractionInput { channel: InteractionChannel, direction: InteractionDirection, summary: String, outcome: InteractionOutcome, occurredAt: DateTimeISO }
  input CreateStaffInput { username: String!, password: String!, name: String!, role: Role!, jobType: JobType, skillLevel: Int, teamId: ID, phone: String }
  input UpdateStaffInput { name: String, role: Role, jobType: JobType, skillLevel: Int, teamId: ID, phone: String, active: Boolean, password: String }
  input LoginInput { username: String!, password: String! }

  type Query {
    me: Staff
    customers(filter: CustomerFilter, sort: [CustomerSort!], page: PageInput): CustomerPage!
    customer(id: ID!): Customer
    contacts(filter: ContactFilter, sort: [ContactSort!], page: PageInput): ContactPage!
    contact(id: ID!): Contact
    interactions(filter: InteractionFilter, sort: [InteractionSort!], page: PageInput): InteractionPage!
    interaction(id: ID!): Interaction
    staffMembers(filter: StaffFilter, sort: [StaffSort!], page: PageInput): StaffPage!
    staffMember(id: ID!): Staff
    teams(filter: TeamFilter, sort: [TeamSort!], page: PageInput): TeamPage!
    team(id: ID!): Team
    auditEntries(entity: String!, entityId: ID!): [AuditEntry!]!
  }
  type Mutation {
    login(input: LoginInput!): Session!
    logout: Boolean!
    createCustomer(input: CreateCustomerInput!): Customer!
    updateCustomer(id: ID!, version: Int!, input: UpdateCustomerInput!): Customer!
    deleteCustomer(id: ID!, version: Int!): Boolean!
    exportCustomers(filter: CustomerFilter): CsvExport!
    createContact(input: CreateContactInput!): Contact!
    updateContact(id: ID!, version: Int!, input: UpdateContactInput!): Contact!
    deleteContact(id: ID!, version: Int!): Boolean!
    createInteraction(input: CreateInteractionInput!): Interaction!
    updateInteraction(id: ID!, version: Int!, input: UpdateInteractionInput!): Interaction!
    deleteInteraction(id: ID!, version: Int!): Boolean!
    createStaff(input: CreateStaffInput!): Staff!
    updateStaff(id: ID!, version: Int!, input: UpdateStaffInput!): Staff!
    deleteStaff(id: ID!, version: Int!): Boolean!
  }
`;

export const contractSchema = () => introspectionFromSchema(buildSchema(CONTRACT_SDL)).__schema;
