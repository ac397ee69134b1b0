import { canSeePii, maskPhone } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Needs } from '../../graphql/projection';
import { requireViewer } from '../../shared/viewer';
import { Team, teamLoaders } from '../team';
import { Staff } from './staff.entity';
import { CreateStaffInput, StaffFilter, StaffSort, UpdateStaffInput } from './staff.inputs';
import { createStaff, deactivateStaff, getStaff, listStaff, updateStaff } from './staff.service';

const StaffPage = PageType(Staff, 'Staff');

@Resolver(() => Staff)
export class StaffResolver {
  @Authorized('staff:list')
  @Query(() => StaffPage, { description: 'Staff, a page at a time' })
  async staffMembers(
    @Ctx() ctx: Context,
    @Arg('filter', () => StaffFilter, { nullable: true }) filter?: StaffFilter,
    @Arg('sort', () => [StaffSort], { nullable: true }) sort?: StaffSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return StaffPage.of(await listStaff(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('staff:show')
  @Query(() => Staff, { nullable: true, description: 'One staff member by id; null when it does not exist' })
  staffMember(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Staff | null> {
    return getStaff(serviceContext(ctx), id);
  }

  @Authorized('staff:create')
  @Mutation(() => Staff, { description: 'Adds a staff member with a sign-in' })
  createStaff(@Ctx() ctx: Context, @Arg('input', () => CreateStaffInput) input: CreateStaffInput): Promise<Staff> {
    return createStaff(serviceContext(ctx), input);
  }

  @Authorized('staff:edit')
  @Mutation(() => Staff, { description: 'Changes a staff member (role, team, activation, password)' })
  updateStaff(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateStaffInput) input: UpdateStaffInput,
  ): Promise<Staff> {
    return updateStaff(serviceContext(ctx), id, version, input);
  }

  @Authorized('staff:delete')
  @Mutation(() => ID, { description: 'Deactivates the account and ends its sessions; history stays; answers the id, for clients to evict it from their cache' })
  async deleteStaff(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await deactivateStaff(serviceContext(ctx), id, version);
    return id;
  }

  @Needs<Staff>('phone')
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() staff: Staff, @Ctx() ctx: Context): string | null {
    const viewer = requireViewer(ctx.viewer);
    return canSeePii(viewer.role, 'staff', { isOwner: staff.id === viewer.id }) ? staff.phone : maskPhone(staff.phone);
  }

  @Needs<Staff>('teamId')
  @FieldResolver(() => Team, { nullable: true })
  team(@Root() staff: Staff, @Ctx() ctx: Context): Promise<Team | null> | null {
    return staff.teamId ? teamLoaders(ctx).teamById.load(staff.teamId) : null;
  }
}
