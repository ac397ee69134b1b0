import { IMPORT_KINDS, IMPORT_LIMITS, type ImportKind } from '@sanxin/domain';
import type { Request, Response, Router } from 'express';
import type { RouteScope } from '../../shared/api-module';
import { badUserInput, forbidden, unauthenticated } from '../../shared/errors';
import { receiveImportFile } from './import-upload';
import { dryRunImport, type ImportContext } from './import.service';
import { sendRouteError } from '../../shared/route-error';

/** Browsers send this custom header only from our own pages (a cross-site form cannot): the upload's CSRF guard, as for attachments. */
const CSRF_HEADER = 'x-sanxin-csrf';
/** What a multipart envelope adds to a file, tolerated above the size limit before the body is refused unread. */
const MULTIPART_OVERHEAD = 64 * 1024;
/**
 * `POST /api/imports?kind=CUSTOMERS|CONTRACTS` (multipart, field `file`): the dry run of an upload,
 * answering the job `{ id, version, status, … }` (201) that GraphQL's `importJob` then shows. Same
 * session (cookie or Bearer) and error body as GraphQL.
 */
export function importRoutes(router: Router, scope: RouteScope): void {
  router.post('/imports', async (req: Request, res: Response) => {
    try {
      const viewer = await scope.viewerOf(req);
      if (!viewer) throw unauthenticated();
      const ctx: ImportContext = { viewer, dataSource: scope.dataSource, clock: scope.clock, timeZone: scope.config.businessTimeZone, ip: req.ip };
      const kind = String(req.query.kind ?? '') as ImportKind;
      if (!IMPORT_KINDS.includes(kind)) throw badUserInput([{ rule: 'invalidChoice', field: 'kind' }]);
      if (!req.get(CSRF_HEADER)) throw forbidden('importJob', 'create', 'an upload needs the X-Sanxin-CSRF header');
      if (Number(req.get('content-length') ?? 0) > IMPORT_LIMITS.bytes + MULTIPART_OVERHEAD) {
        res.setHeader('Connection', 'close');
        throw badUserInput([{ rule: 'importFileTooLarge', field: 'file', params: { max: IMPORT_LIMITS.bytes } }]);
      }
      const file = await receiveImportFile(req);
      const job = await dryRunImport(ctx, kind, file.name, file.bytes);
      res.status(201).json({ id: job.id, version: job.version, kind: job.kind, status: job.status, fileName: job.fileName, totalRows: job.totalRows });
    } catch (error) {
      sendRouteError(res, error, 'import upload failed');
    }
  });
}
