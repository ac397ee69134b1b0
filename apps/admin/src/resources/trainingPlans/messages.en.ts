import { commonFields } from '../../i18n/commonFields';
import type { Widen } from '../../i18n/folderMessages';
import type { trainingPlanMessages } from './messages';

/** English labels of the same keys: loaded only when someone switches the console to English. */
export const trainingPlanMessagesEn: Widen<typeof trainingPlanMessages> = {
  resources: {
    trainingPlans: {
      name: 'Training plan |||| Training plans',
      fields: {
        ...commonFields.en,
        topic: 'Topic',
        dimension: 'Dimension',
        plannedOn: 'Planned on',
        agentIds: 'Agents',
        note: 'Note',
        status: 'Status',
        q: 'Search',
      },
    },
  },
  app: {
    trainingPlan: {
      agentCount: '%{count} people',
      done: { archive: 'Training plan archived' },
      confirmArchive: 'Once archived, the plan and its sessions are read-only. Archive it?',
      readOnly: 'This training plan is archived and read-only',
      sessions: 'Sessions',
      noSessions: 'No session recorded yet',
      sessionOf: 'Session of %{date}',
      recordSession: 'Record a session',
      sessionRecorded: 'Session recorded',
      heldOn: 'Held on',
      note: 'Note',
      person: 'Person',
      attendance: 'Attendance',
      attended: 'Present',
      absent: 'Absent',
      examScore: 'Exam score',
      noDimension: 'Any dimension',
    },
  },
};
