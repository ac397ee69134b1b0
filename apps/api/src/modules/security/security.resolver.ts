import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Staff, staffLoaders } from '../staff';
import { SecurityEvent } from './security-event.entity';
import { SecurityEventFilter, SecurityEventSort } from './security.inputs';
import { getSecurityEvent, listSecurityEvents } from './security.service';

const SecurityEventPage = PageType(SecurityEvent, 'SecurityEvent');

@Resolver(() => SecurityEvent)
export class SecurityResolver {
  @Authorized('securityEvent:list')
  @Query(() => SecurityEventPage, { description: '安全日志 (administrators): newest first by default' })
  async securityEvents(
    @Ctx() ctx: Context,
    @Arg('filter', () => SecurityEventFilter, { nullable: true }) filter?: SecurityEventFilter,
    @Arg('sort', () => [SecurityEventSort], { nullable: true }) sort?: SecurityEventSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return SecurityEventPage.of(await listSecurityEvents(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('securityEvent:show')
  @Query(() => SecurityEvent, { nullable: true, description: 'One security event by id; null when it does not exist' })
  securityEvent(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<SecurityEvent | null> {
    return getSecurityEvent(serviceContext(ctx), id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who acted' })
  staff(@Root() event: SecurityEvent, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return event.staffId ? staffLoaders(ctx).staffById.load(event.staffId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Whose role or activation changed' })
  subject(@Root() event: SecurityEvent, @Ctx() ctx: Context): Promise<Staff | null> | null {
    return event.subjectId ? staffLoaders(ctx).staffById.load(event.subjectId) : null;
  }
}
