import { complaintEn } from '../complaint/complaint.i18n';
import { schedulingEn } from '../scheduling/scheduling.i18n';
import type { Messages } from './messages';

export const en: Messages = {
  enums: {
    role: { AGENT: 'Agent', SHIFT_LEADER: 'Shift leader', QA_INSPECTOR: 'QA inspector', DEPT_MANAGER: 'Department manager', CENTER_DIRECTOR: 'Centre director', ADMIN: 'Administrator' },
    jobType: { PHONE: 'Phone', ONLINE: 'Online', FIELD: 'Field service', BACK_OFFICE: 'Back office' },
    kind: { COMPANY: 'Company', INDIVIDUAL: 'Individual' },
    tier: { A: 'A key customer', B: 'B regular', C: 'C basic' },
    lifecycle: { PROSPECT: 'Prospect', REGISTERED: 'Registered, unverified', VERIFIED: 'Verified, not using', ACTIVE: 'Active', CHURNED: 'Churned' },
    source: { HOTLINE: 'Hotline', REFERRAL: 'Referral', SALES: 'From sales', WEBSITE: 'Website', EXHIBITION: 'Exhibition', OTHER: 'Other' },
    channel: { PHONE: 'Phone', VISIT: 'Visit', EMAIL: 'Email', MESSAGE: 'Message', LETTER: 'Letter', ONLINE: 'Online chat' },
    direction: { INBOUND: 'Inbound', OUTBOUND: 'Outbound' },
    outcome: { RESOLVED: 'Resolved', FOLLOW_UP_NEEDED: 'Follow-up needed', NO_ANSWER: 'No answer', OPPORTUNITY: 'Opportunity', COMPLAINT_REGISTERED: 'Complaint registered', INFO_GIVEN: 'Information given' },
    ...complaintEn.enums,
    ...schedulingEn.enums,
    auditAction: { CREATE: 'Created', UPDATE: 'Changed', ARCHIVE: 'Archived', EXPORT: 'Exported' },
  },
  validation: {
    ...complaintEn.validation,
    ...schedulingEn.validation,
    required: 'Required',
    tooLong: 'At most %{max} characters',
    tooShort: 'At least %{min} characters',
    tooMany: 'At most %{max} items',
    invalidChoice: 'Not a valid choice',
    invalidPhone: 'Not a valid phone number',
    invalidEmail: 'Not a valid email address',
    invalidUsername: 'Start with a lowercase letter; 2-32 letters, digits, dots, underscores or hyphens',
    outOfRange: 'Must be between %{min} and %{max}',
    inFuture: 'Cannot be in the future',
    duplicate: 'Already exists',
    invalidCursor: 'Invalid page cursor; start again from the first page',
    inactive: 'This staff member is inactive',
    notFound: 'Does not exist',
  },
  settings: {
    contract: { expiringWindowDays: 'Days before a contract ends that it shows as expiring' },
    assignment: {
      firstContactDays: 'Days to first contact a newly assigned customer',
      minSkillForTierA: 'Least skill level to own a tier A customer',
      minSkillForTierB: 'Least skill level to own a tier B customer',
    },
  },
  errors: {
    CONFLICT: 'Someone else changed this record. The page now shows their version; check it and save again.',
    FORBIDDEN: 'You are not allowed to do this',
    UNAUTHENTICATED: 'Please sign in',
    NOT_FOUND: 'The record does not exist or was archived',
    BAD_USER_INPUT: 'Some fields need attention',
    RATE_LIMITED: 'Too many attempts, try again later',
    INTERNAL_SERVER_ERROR: 'Something went wrong, try again later',
    INVALID_CREDENTIALS: 'Wrong username or password',
  },
};
