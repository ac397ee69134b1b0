import type { ServiceContext } from '../shared/service-context';
import { requireViewer } from '../shared/viewer';
import type { Context } from './context';

export function serviceContext(ctx: Context): ServiceContext {
  return { viewer: requireViewer(ctx.viewer), dataSource: ctx.dataSource, clock: ctx.clock };
}
