import { type Context, serviceContext } from '../../graphql/context';
import type { ServiceContext } from '../../shared/service-context';

/** A use case of complaints also needs the business time zone (deadlines are in business time). */
export interface ComplaintContext extends ServiceContext {
  timeZone: string;
}

export function complaintContext(ctx: Context): ComplaintContext {
  return { ...serviceContext(ctx), timeZone: ctx.config.businessTimeZone };
}
