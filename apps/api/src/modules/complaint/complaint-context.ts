import { type Context, serviceContext } from '../../graphql/context';
import type { ServiceContext } from '../../shared/service-context';
import type { SlaRules } from './complaint-sla';
import { complaintLoaders } from './complaint.loaders';

/** A use case of complaints also needs the business time zone (deadlines are in business time). */
export interface ComplaintContext extends ServiceContext {
  timeZone: string;
  /** The request's deadline rules as of now, read once for the use case and the fields of its answer (slaState …). */
  slaRules: () => Promise<SlaRules>;
}

export function complaintContext(ctx: Context): ComplaintContext {
  return { ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone, slaRules: () => complaintLoaders(ctx).slaRules() };
}
