import type { MonthlyReportTable } from '@sanxin/domain';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { MonthlyReport, MonthlyReportSectionRecord } from './monthly-report.entity';

export type SectionWithCommentary = MonthlyReportTable & { commentary: string | null };

export const monthlyReportLoaders = defineLoaders(({ dataSource }) => ({
  reportById: byIdLoader(dataSource, MonthlyReport),
  /** A page's sections in one query, in each report's order. */
  sectionsByReportId: new DataLoader<string, SectionWithCommentary[]>(async (ids) => {
    const rows = await dataSource.getRepository(MonthlyReportSectionRecord).find({ where: { reportId: In([...ids]) }, order: { position: 'ASC' } });
    return ids.map((id) =>
      rows.filter((row) => row.reportId === id).map((row) => ({ ...(JSON.parse(row.snapshot) as MonthlyReportTable), commentary: row.commentary })),
    );
  }),
  /** The revision correcting each report of a page, in one query. */
  correctionOf: new DataLoader<string, MonthlyReport | null>(async (ids) => {
    const rows = await dataSource.getRepository(MonthlyReport).find({ where: { correctsId: In([...ids]) } });
    return ids.map((id) => rows.find((row) => row.correctsId === id) ?? null);
  }),
}));
