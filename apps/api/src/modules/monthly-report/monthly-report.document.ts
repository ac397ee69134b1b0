import { domainMessages, MONTHLY_REPORT_MEASURES, type MonthlyReportMeasure, type MonthlyReportSection } from '@sanxin/domain';
import type { MonthlyReport } from './monthly-report.entity';
import type { SectionWithCommentary } from './monthly-report.loaders';

/** What the PDF and the workbook print: the report's heading facts and its sections, labels in Chinese. */
export interface ReportDocument {
  title: string;
  facts: Array<[string, string]>;
  sections: SectionWithCommentary[];
}

const zh = domainMessages['zh-CN'].enums;
export const sectionTitle = (section: MonthlyReportSection) => zh.monthlyReportSection[section];
export const measureTitle = (measure: MonthlyReportMeasure) => zh.monthlyReportMeasure[measure];
export const isCount = (measure: MonthlyReportMeasure) => MONTHLY_REPORT_MEASURES[measure] === 'COUNT';

export function reportDocument(report: MonthlyReport, teamName: string | null, sections: SectionWithCommentary[], late: boolean): ReportDocument {
  const [year, month] = report.month.split('-');
  return {
    title: `${teamName ?? '全部门'} ${year}年${Number(month)}月服务报告`,
    facts: [
      ['状态', `${zh.reportStatus[report.status]}${late ? '（逾期）' : ''}`],
      ['版本', `第${report.revision}版`],
      ['生成时间', `${report.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
      ['提交截止', report.dueDate],
      ['签发时间', report.signedAt ? `${report.signedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '—'],
    ],
    sections,
  };
}

/** A file name in Chinese, e.g. 坐席一组-2026-11-月服务报告-v1.pdf. */
export const fileNameOf = (report: MonthlyReport, teamName: string | null, extension: 'pdf' | 'xlsx') =>
  `${teamName ?? '全部门'}-${report.month}-月服务报告-v${report.revision}.${extension}`;
