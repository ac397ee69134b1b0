import type { Request, Response, Router } from 'express';
import type { RouteScope } from '../../shared/api-module';
import { notFound, unauthenticated } from '../../shared/errors';
import { contentDisposition } from '../../shared/content-disposition';
import { recordExport } from '../audit';
import { tablesFor } from './monthly-report.access';
import { fileNameOf, reportDocument } from './monthly-report.document';
import { monthlyReportPdf } from './monthly-report.pdf';
import { getMonthlyReport, lateOf, type MonthlyReportContext, sectionsOf } from './monthly-report.service';
import { monthlyReportWorkbook } from './monthly-report.xlsx';
import { sendRouteError } from '../../shared/route-error';

const FORMATS = {
  pdf: { type: 'application/pdf', render: monthlyReportPdf },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: monthlyReportWorkbook },
} as const;

/**
 * `GET /api/reports/monthly/:id.pdf` and `.xlsx`: the same session and the same reading rights as the
 * `monthlyReport` query (an agent's copy holds only their own workload row); each download is audited as an export.
 */
export function monthlyReportRoutes(router: Router, scope: RouteScope): void {
  router.get('/reports/monthly/:file', async (req: Request, res: Response) => {
    try {
      const viewer = await scope.viewerOf(req);
      if (!viewer) throw unauthenticated();
      const ctx: MonthlyReportContext = { viewer, dataSource: scope.dataSource, clock: scope.clock, timeZone: scope.config.businessTimeZone, ip: req.ip };
      const [, id, extension] = /^(.+)\.(pdf|xlsx)$/.exec(String(req.params.file)) ?? [];
      const report = id ? await getMonthlyReport(ctx, id) : null;
      if (!report || !extension) throw notFound('MonthlyReport', String(req.params.file));
      const format = FORMATS[extension as keyof typeof FORMATS];
      const [team]: Array<{ name: string }> = report.teamId ? await ctx.dataSource.query('SELECT name FROM team WHERE id = ?', [report.teamId]) : [];
      const sections = await sectionsOf(ctx.dataSource.manager, report.id);
      const visible = tablesFor(ctx, sections).map((table, index) => ({ ...table, commentary: sections[index].commentary }));
      const body = await format.render(reportDocument(report, team?.name ?? null, visible, lateOf(ctx, report)));
      await recordExport(ctx, 'monthlyReport', { id: report.id, format: extension }, visible.length, ctx.clock.now());
      res.setHeader('Content-Type', format.type);
      res.setHeader('Content-Length', String(body.length));
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Disposition', contentDisposition(fileNameOf(report, team?.name ?? null, extension as 'pdf' | 'xlsx')));
      res.end(body);
    } catch (error) {
      sendRouteError(res, error, 'monthly report download failed');
    }
  });
}
