import type { zhCN } from './zh-CN';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const common = { id: 'ID', version: 'Version', createdAt: 'Created at', updatedAt: 'Updated at' };

export const en: Widen<typeof zhCN> = {
  ra: { page: { show: '%{name} %{recordRepresentation}', edit: 'Edit %{name} %{recordRepresentation}', create: 'Create %{name}' } },
  resources: {
    customers: {
      name: 'Customer |||| Customers',
      fields: {
        ...common,
        kind: 'Kind',
        name: 'Name',
        company: 'Company',
        phone: 'Phone',
        email: 'Email',
        address: 'Address',
        piiMasked: 'Masked',
        source: 'Source',
        industry: 'Industry',
        tier: 'Tier',
        lifecycle: 'Lifecycle',
        tags: 'Tags',
        tag: 'Tag',
        notes: 'Notes',
        archived: 'Archived',
        ownerId: 'Owner',
        owner: 'Owner',
        q: 'Search',
      },
    },
    contacts: {
      name: 'Contact |||| Contacts',
      fields: { ...common, customerId: 'Customer', name: 'Name', position: 'Position', phone: 'Phone', email: 'Email', isPrimary: 'Primary contact', q: 'Search' },
    },
    interactions: {
      name: 'Interaction |||| Interactions',
      fields: {
        ...common,
        customerId: 'Customer',
        contactId: 'Contact',
        staffId: 'Staff',
        channel: 'Channel',
        direction: 'Direction',
        summary: 'Summary',
        outcome: 'Outcome',
        occurredAt: 'Occurred at',
        q: 'Search',
      },
    },
    staffMembers: {
      name: 'Staff member |||| Staff management',
      fields: {
        ...common,
        username: 'Username',
        password: 'Password',
        name: 'Name',
        role: 'Role',
        jobType: 'Job type',
        skillLevel: 'Skill level',
        active: 'Active',
        phone: 'Phone',
        teamId: 'Team',
        q: 'Search',
      },
    },
    teams: { name: 'Team |||| Teams', fields: { ...common, name: 'Name', q: 'Search' } },
  },
  app: {
    title: 'Sanxin customer service',
    dashboard: {
      welcome: 'Hello, %{name}',
      myCustomers: 'My customers',
      recentInteractions: 'My interactions, last 7 days',
    },
    customer: {
      tabs: { details: 'Details', contacts: 'Contacts', interactions: 'Interactions', history: 'Change history' },
      piiMaskedHint: 'You do not own this customer: phone, email and address are masked',
      logInteraction: 'Log interaction',
      interactionLogged: 'Interaction saved',
      exported: 'Exported %{count} customers',
    },
    audit: { at: 'When', actor: 'Who', action: 'Action', field: 'Field', change: 'Old → new', empty: 'No changes recorded yet' },
    staff: { deactivate: 'Deactivate', deactivated: 'Account deactivated', passwordHint: 'Leave empty to keep the password' },
  },
};
