import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { Setting } from './setting.entity';
import { listSettings, updateSetting } from './setting.service';

@Resolver(() => Setting)
export class SettingResolver {
  @Authorized('setting:list')
  @Query(() => [Setting], { description: 'Every configurable number with its current value (version 0: the default)' })
  settings(@Ctx() ctx: Context): Promise<Setting[]> {
    return listSettings(serviceContext(ctx));
  }

  @Authorized()
  @Query(() => String, { description: 'The IANA time zone business dates and deadlines use (TZ_BUSINESS)' })
  businessTimeZone(@Ctx() ctx: Context): string {
    return ctx.config.businessTimeZone;
  }

  @Authorized('setting:edit')
  @Mutation(() => Setting)
  updateSetting(
    @Ctx() ctx: Context,
    @Arg('key', () => String) key: string,
    @Arg('version', () => Int) version: number,
    @Arg('value', () => Int) value: number,
  ): Promise<Setting> {
    return updateSetting(serviceContext(ctx), key, version, value);
  }
}
