import { gql } from '@apollo/client';
import type {
  CorrectMonthlyReportMutation,
  GenerateMonthlyReportMutation,
  MonthlyReportScreenQuery,
  MonthlyReportsScreenQuery,
  RegenerateMonthlyReportMutation,
  ReturnMonthlyReportToDraftMutation,
  SignMonthlyReportMutation,
  SubmitMonthlyReportMutation,
  UpdateMonthlyReportCommentaryMutation,
} from '../../graphql/generated';
import type { Run } from '../../providers/operations';

export type MonthlyReportListItem = MonthlyReportsScreenQuery['monthlyReports']['items'][number];
export type MonthlyReportView = NonNullable<MonthlyReportScreenQuery['monthlyReport']>;
export type MonthlyReportSectionView = MonthlyReportView['sections'][number];
export type MonthlyReportRowView = MonthlyReportSectionView['rows'][number];
/** The steps that move a report; CORRECT answers the new revision. */
export type MonthlyReportStepName = 'regenerate' | 'submit' | 'sign' | 'returnToDraft' | 'correct';

const HEADER_FIELDS = gql`
  fragment MonthlyReportHeaderFields on MonthlyReport {
    id version month teamId team { id name } status revision late dueDate submittedAt signedAt
    signedBy { id name } generatedAt availableActions downloads { pdf xlsx }
  }
`;

const REPORT_FIELDS = gql`
  fragment MonthlyReportFields on MonthlyReport {
    ...MonthlyReportHeaderFields
    sections { section columns commentary rows { dimension key label note values link { route filter } } }
  }
  ${HEADER_FIELDS}
`;

/** 月服务报告 list: newest month first, the newest revision of each. */
export const MONTHLY_REPORTS = gql`
  query monthlyReportsScreen($filter: MonthlyReportFilter) {
    monthlyReports(filter: $filter, page: { limit: 100 }, sort: [{ field: MONTH, direction: DESC }]) {
      items { ...MonthlyReportHeaderFields }
    }
  }
  ${HEADER_FIELDS}
`;

export const MONTHLY_REPORT = gql`
  query monthlyReportScreen($id: ID!) {
    monthlyReport(id: $id) { ...MonthlyReportFields }
  }
  ${REPORT_FIELDS}
`;

export const GENERATE_MONTHLY_REPORT = gql`
  mutation generateMonthlyReport($month: String!, $teamId: ID) {
    generateMonthlyReport(month: $month, teamId: $teamId) { ...MonthlyReportFields }
  }
  ${REPORT_FIELDS}
`;

export const UPDATE_MONTHLY_REPORT_COMMENTARY = gql`
  mutation updateMonthlyReportCommentary($id: ID!, $version: Int!, $input: MonthlyReportCommentaryInput!) {
    updateMonthlyReportCommentary(id: $id, version: $version, input: $input) { ...MonthlyReportFields }
  }
  ${REPORT_FIELDS}
`;

const REGENERATE = gql`
  mutation regenerateMonthlyReport($id: ID!, $version: Int!) {
    regenerateMonthlyReport(id: $id, version: $version) { ...MonthlyReportFields }
  }
  ${REPORT_FIELDS}
`;

const SUBMIT = gql`
  mutation submitMonthlyReport($id: ID!, $version: Int!) {
    submitMonthlyReport(id: $id, version: $version) { ...MonthlyReportFields }
  }
  ${REPORT_FIELDS}
`;

const SIGN = gql`
  mutation signMonthlyReport($id: ID!, $version: Int!) {
    signMonthlyReport(id: $id, version: $version) { ...MonthlyReportFields }
  }
  ${REPORT_FIELDS}
`;

const RETURN_TO_DRAFT = gql`
  mutation returnMonthlyReportToDraft($id: ID!, $version: Int!) {
    returnMonthlyReportToDraft(id: $id, version: $version) { ...MonthlyReportFields }
  }
  ${REPORT_FIELDS}
`;

const CORRECT = gql`
  mutation correctMonthlyReport($id: ID!, $version: Int!) {
    correctMonthlyReport(id: $id, version: $version) { ...MonthlyReportFields }
  }
  ${REPORT_FIELDS}
`;

export interface MonthlyReportMethods {
  monthlyReports(filter: { teamId?: string; month?: string }): Promise<MonthlyReportListItem[]>;
  monthlyReport(id: string): Promise<MonthlyReportView | null>;
  generateMonthlyReport(month: string, teamId: string | null): Promise<MonthlyReportView>;
  updateMonthlyReportCommentary(id: string, version: number, section: string, commentary: string | null): Promise<MonthlyReportView>;
  monthlyReportStep(step: MonthlyReportStepName, id: string, version: number): Promise<MonthlyReportView>;
}

export function monthlyReportMethods(run: Run): MonthlyReportMethods {
  const step = async (step: MonthlyReportStepName, id: string, version: number): Promise<MonthlyReportView> => {
    const variables = { id, version };
    switch (step) {
      case 'regenerate':
        return (await run<RegenerateMonthlyReportMutation>('mutation', REGENERATE, variables)).regenerateMonthlyReport;
      case 'submit':
        return (await run<SubmitMonthlyReportMutation>('mutation', SUBMIT, variables)).submitMonthlyReport;
      case 'sign':
        return (await run<SignMonthlyReportMutation>('mutation', SIGN, variables)).signMonthlyReport;
      case 'returnToDraft':
        return (await run<ReturnMonthlyReportToDraftMutation>('mutation', RETURN_TO_DRAFT, variables)).returnMonthlyReportToDraft;
      case 'correct':
        return (await run<CorrectMonthlyReportMutation>('mutation', CORRECT, variables)).correctMonthlyReport;
    }
  };
  return {
    monthlyReports: async (filter) => (await run<MonthlyReportsScreenQuery>('query', MONTHLY_REPORTS, { filter })).monthlyReports.items,
    monthlyReport: async (id) => (await run<MonthlyReportScreenQuery>('query', MONTHLY_REPORT, { id })).monthlyReport ?? null,
    generateMonthlyReport: async (month, teamId) =>
      (await run<GenerateMonthlyReportMutation>('mutation', GENERATE_MONTHLY_REPORT, { month, teamId })).generateMonthlyReport,
    updateMonthlyReportCommentary: async (id, version, section, commentary) =>
      (await run<UpdateMonthlyReportCommentaryMutation>('mutation', UPDATE_MONTHLY_REPORT_COMMENTARY, { id, version, input: { section, commentary } }))
        .updateMonthlyReportCommentary,
    monthlyReportStep: step,
  };
}
