import type { ApiModule } from '../../shared/api-module';
import { Attachment } from './attachment.entity';
import { attachmentLoaders } from './attachment.loaders';
import { AttachmentResolver, ownerAttachmentResolvers } from './attachment.resolver';
import { attachmentRoutes } from './attachment.routes';

/** 附件: files of complaints, interactions, part replacements and contracts, on local disk or S3. */
export const attachmentModule: ApiModule = {
  name: 'attachment',
  entities: [Attachment],
  resolvers: [AttachmentResolver, ...ownerAttachmentResolvers],
  loaders: [attachmentLoaders],
  jobs: [],
  routes: (router, scope) => attachmentRoutes(router, scope),
};
