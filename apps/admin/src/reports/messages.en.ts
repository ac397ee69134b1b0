import type { Widen } from '../i18n/folderMessages';
import type { reportMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const reportMessagesEn: Widen<typeof reportMessages> = {
  app: {
    reports: {
      dailyTitle: 'Daily report',
      weeklyTitle: 'Weekly report',
      date: 'Date',
      team: 'Team',
      department: 'Whole department',
      interactions: 'Interactions by kind and direction',
      kind: 'Kind',
      inbound: 'Inbound',
      outbound: 'Outbound',
      total: 'Total',
      complaintsAndFollowUps: 'Complaints and follow-ups',
      complaintsReceived: 'Complaints received',
      complaintsClosed: 'Complaints closed',
      followUpsDue: 'Follow-ups due',
      followUpsDone: 'Follow-ups done',
      followUpsOverdue: 'Follow-ups overdue',
      escalations: 'Escalations',
      urges: 'Urges',
      feedback: 'Follow-up feedback',
      longOpen: 'Complaints open over 24 hours',
      number: 'Number',
      owner: 'Owner',
      receivedAt: 'Received',
      ageHours: 'Age (hours)',
      staffing: 'Staffing against the roster',
      staffingLine: '%{headcount} on staff, %{rostered} rostered (%{shifts} shifts), %{onLeave} on leave, %{available} available',
      byTeam: 'By team',
      byStaff: 'By agent',
      byDay: 'By day',
      week: '%{from} to %{to}',
      qaPending: 'The QA summary joins the weekly report when the quality module is in.',
    },
  },
};
