import { type Context, serviceContext } from '../../graphql/context';
import type { ServiceContext } from '../../shared/service-context';
import type { RulesStamp, SlaRules } from './complaint-sla';
import { complaintLoaders } from './complaint.loaders';

/** A use case of complaints also needs the business time zone (deadlines are in business time). */
export interface ComplaintContext extends ServiceContext {
  timeZone: string;
  /** The request's deadline rules as of now, read once for the use case and the fields of its answer (slaState …); `stamp` when the use case read it already. */
  slaRules: (stamp?: RulesStamp) => Promise<SlaRules>;
}

export function complaintContext(ctx: Context): ComplaintContext {
  return { ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone, slaRules: (stamp) => complaintLoaders(ctx).slaRules(stamp) };
}
