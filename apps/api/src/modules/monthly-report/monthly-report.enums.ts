import {
  MONTHLY_REPORT_DIMENSIONS,
  MONTHLY_REPORT_MEASURE_NAMES,
  MONTHLY_REPORT_SECTIONS,
  MONTHLY_REPORT_STEPS,
  REPORT_STATUSES,
  stepNames,
} from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const ReportStatusEnum = graphqlEnum(
  REPORT_STATUSES,
  'MonthlyReportStatus',
  'Where a monthly report stands: a draft, submitted, or signed (final)',
  'reportStatus',
);
export const MonthlyReportSectionEnum = graphqlEnum(
  MONTHLY_REPORT_SECTIONS,
  'MonthlyReportSection',
  'A section of the monthly report; none can be removed',
  'monthlyReportSection',
);
export const MonthlyReportMeasureEnum = graphqlEnum(
  MONTHLY_REPORT_MEASURE_NAMES,
  'MonthlyReportMeasure',
  'A column of a monthly report table (its unit: count, percent, hours or score)',
  'monthlyReportMeasure',
);
export const MonthlyReportDimensionEnum = graphqlEnum(
  MONTHLY_REPORT_DIMENSIONS,
  'MonthlyReportDimension',
  'What a row of a monthly report table stands for',
  'monthlyReportDimension',
);
/** One value per step mutation (the domain's MONTHLY_REPORT_STEPS). */
export const MonthlyReportActionEnum = graphqlEnum(
  stepNames(MONTHLY_REPORT_STEPS),
  'MonthlyReportAction',
  'A step of a monthly report: each value is one mutation',
  {
    REGENERATE: 'Regenerate (重新生成) the draft’s snapshot: regenerateMonthlyReport',
    SUBMIT: 'Submit (提交) with every section commented: submitMonthlyReport',
    SIGN: 'Sign (签发), by a manager other than the submitter: signMonthlyReport',
    RETURN_TO_DRAFT: 'Send back (退回修改) to the writer: returnMonthlyReportToDraft',
    CORRECT: 'Correct (更正) a signed report as a new revision: correctMonthlyReport',
  },
);
