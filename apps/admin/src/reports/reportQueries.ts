import { gql } from '@apollo/client';
import type { DailyReportScreenQuery, HomeScreenQuery, WeeklyQaSectionQuery, WeeklyReportScreenQuery } from '../graphql/generated';
import type { Run } from '../providers/operations';

export type HomeScreenView = HomeScreenQuery['homeScreen'];
export type HomeItemView = HomeScreenView['items'][number];
export type DailyReportView = DailyReportScreenQuery['dailyReport'];
export type WeeklyReportView = WeeklyReportScreenQuery['weeklyReport'];
export type ReportFiguresView = DailyReportView['figures'];
export type WeeklyQaView = NonNullable<WeeklyQaSectionQuery['weeklyReport']>['qa'];

/** 首页: the viewer's items, counted by the server from the lists they link to. */
export const HOME_SCREEN = gql`
  query homeScreen {
    homeScreen { countedAt items { key count needsAction target { route filter } } }
  }
`;

const FIGURES = gql`
  fragment ReportFiguresFields on ReportFigures {
    interactions { kind inbound outbound total }
    interactionTotal complaintsReceived complaintsClosed followUpsDue followUpsDone followUpsOverdue
    escalations { level count } escalationTotal urges feedback { satisfaction count }
  }
`;

/** 日报 of a day: a team, the department, or (agents) one's own. */
export const DAILY_REPORT = gql`
  query dailyReportScreen($date: LocalDate, $teamId: ID) {
    dailyReport(date: $date, teamId: $teamId) {
      date teamId staffId
      figures { ...ReportFiguresFields }
      byTeam { teamId teamName figures { ...ReportFiguresFields } }
      byStaff { staffId staffName figures { ...ReportFiguresFields } }
      longOpenTotal longOpenComplaints { id number ownerId ownerName receivedAt dueAt ageHours }
      staffing { headcount rostered onLeave available shifts }
    }
  }
  ${FIGURES}
`;

/** 周报 of the week holding `date`. */
export const WEEKLY_REPORT = gql`
  query weeklyReportScreen($date: LocalDate, $teamId: ID) {
    weeklyReport(date: $date, teamId: $teamId) {
      weekStart weekEnd teamId staffId
      figures { ...ReportFiguresFields }
      days { date figures { ...ReportFiguresFields } }
      byStaff { staffId staffName figures { ...ReportFiguresFields } }
    }
  }
  ${FIGURES}
`;

/** 周报·质检汇总: the week's QA evaluations in the report's scope (its own request, so the figures above do not wait for it). */
export const WEEKLY_QA = gql`
  query weeklyQaSection($date: LocalDate, $teamId: ID) {
    weeklyReport(date: $date, teamId: $teamId) {
      weekStart
      qa {
        overall { evaluations average previousAverage change dimensions { dimension average items change } }
        lowestItems { evaluationId dimension score maxScore comment }
        disputesOpen disputesDecided
      }
    }
  }
`;

export interface ReportMethods {
  homeScreen(): Promise<HomeScreenView>;
  dailyReport(date: string, teamId: string | null): Promise<DailyReportView>;
  weeklyReport(date: string, teamId: string | null): Promise<WeeklyReportView>;
  weeklyQa(date: string, teamId: string | null): Promise<WeeklyQaView>;
}

export function reportMethods(run: Run): ReportMethods {
  return {
    homeScreen: async () => (await run<HomeScreenQuery>('query', HOME_SCREEN)).homeScreen,
    dailyReport: async (date, teamId) => (await run<DailyReportScreenQuery>('query', DAILY_REPORT, { date, teamId })).dailyReport,
    weeklyReport: async (date, teamId) => (await run<WeeklyReportScreenQuery>('query', WEEKLY_REPORT, { date, teamId })).weeklyReport,
    weeklyQa: async (date, teamId) => (await run<WeeklyQaSectionQuery>('query', WEEKLY_QA, { date, teamId })).weeklyReport.qa,
  };
}

/** Where a home item leads: its route, with the list's filter in the address as react-admin reads it. */
export function homeItemLink(item: Pick<HomeItemView, 'target'>): string {
  const { route, filter } = item.target;
  return filter ? `${route}?filter=${encodeURIComponent(filter)}` : route;
}
