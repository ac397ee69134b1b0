import { pipeline } from 'node:stream/promises';
import { ATTACHMENT_OWNER_RESOURCE } from '@sanxin/domain';
import type { Request, Response, Router } from 'express';
import type { RouteScope } from '../../shared/api-module';
import { AppError, badUserInput, forbidden, unauthenticated } from '../../shared/errors';
import { contentDisposition } from '../../shared/content-disposition';
import type { ServiceContext } from '../../shared/service-context';
import { receiveFile } from './attachment-upload';
import { addAttachment, assertMayAttach, openAttachment, parseOwner, uploadLimit } from './attachment.service';
import type { Attachment } from './attachment.entity';
import { createFileStore, type FileStore } from './file-store';
import { sendRouteError } from '../../shared/route-error';

/** Browsers send this custom header only from our own pages (a cross-site form cannot): the upload's CSRF guard. */
export const CSRF_HEADER = 'x-sanxin-csrf';
/** What a multipart envelope adds to a file (boundaries, part headers), tolerated above the size limit. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * `POST /api/attachments?ownerType=&ownerId=` (multipart, field `file`) and
 * `GET /api/attachments/:id[/thumbnail]`: the same session as GraphQL, the same error body.
 */
export function attachmentRoutes(router: Router, scope: RouteScope, store: FileStore = createFileStore(scope.config.files)): void {
  const contextOf = async (req: Request): Promise<ServiceContext> => {
    const viewer = await scope.viewerOf(req);
    if (!viewer) throw unauthenticated();
    return { viewer, dataSource: scope.dataSource, clock: scope.clock };
  };

  router.post('/attachments', async (req, res) => {
    try {
      const ctx = await contextOf(req);
      const owner = parseOwner(req.query.ownerType, req.query.ownerId);
      if (!req.get(CSRF_HEADER)) throw forbidden(ATTACHMENT_OWNER_RESOURCE[owner.type], 'edit', 'an upload needs the X-Sanxin-CSRF header');
      await assertMayAttach(ctx, owner);
      const limit = await uploadLimit(ctx);
      // A declared body far above the limit is refused before a byte of it is read.
      if (Number(req.get('content-length') ?? 0) > limit + MULTIPART_OVERHEAD) return sendTooLarge(res, limit);
      const file = await receiveFile(req, limit);
      res.status(201).json(publicView(await addAttachment(ctx, store, owner, file)));
    } catch (error) {
      sendError(res, error);
    }
  });

  for (const part of ['file', 'thumbnail'] as const) {
    router.get(part === 'file' ? '/attachments/:id' : '/attachments/:id/thumbnail', async (req, res) => {
      try {
        const { attachment, body } = await openAttachment(await contextOf(req), store, String(req.params.id), part);
        res.setHeader('Content-Type', part === 'file' ? attachment.contentType : 'image/jpeg');
        res.setHeader('Cache-Control', 'private, max-age=300');
        res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
        if (part === 'file') {
          res.setHeader('Content-Length', String(attachment.size));
          res.setHeader('Content-Disposition', contentDisposition(attachment.name));
        }
        await pipeline(body, res);
      } catch (error) {
        if (!res.headersSent) sendError(res, error);
        else res.destroy();
      }
    });
  }
}

/** What the upload answers: the row as GraphQL shows it (never the storage keys). */
function publicView(a: Attachment) {
  return {
    id: a.id,
    version: a.version,
    ownerType: a.ownerType,
    ownerId: a.ownerId,
    name: a.name,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    hasThumbnail: a.thumbnailKey !== null,
    createdAt: a.createdAt.toISOString(),
  };
}

function sendTooLarge(res: Response, limit: number): void {
  res.setHeader('Connection', 'close');
  const maxMb = Math.round(limit / (1024 * 1024));
  sendError(res, badUserInput([{ rule: 'fileTooLarge', field: 'file', params: { maxMb } }]), 413);
}

/** The shared route error body; an upload over the size limit is 413 whoever refused it. */
function sendError(res: Response, error: unknown, status?: number): void {
  const fileTooLarge = error instanceof AppError && (error.extensions.fields as Array<{ code: string }> | undefined)?.some((f) => f.code === 'fileTooLarge');
  sendRouteError(res, error, 'attachment request failed', status ?? (fileTooLarge ? 413 : undefined));
}
