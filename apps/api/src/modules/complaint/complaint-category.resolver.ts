import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { ComplaintCategory } from './complaint-category.entity';
import { createComplaintCategory, getComplaintCategory, listComplaintCategories, retireComplaintCategory, updateComplaintCategory } from './complaint-category.service';
import { ComplaintCategoryFilter, ComplaintCategorySort, CreateComplaintCategoryInput, UpdateComplaintCategoryInput } from './complaint.inputs';

const ComplaintCategoryPage = PageType(ComplaintCategory, 'ComplaintCategory');

@Resolver(() => ComplaintCategory)
export class ComplaintCategoryResolver {
  @Authorized('complaintCategory:list')
  @Query(() => ComplaintCategoryPage, { description: 'Complaint categories, a page at a time' })
  async complaintCategories(
    @Ctx() ctx: Context,
    @Arg('filter', () => ComplaintCategoryFilter, { nullable: true }) filter?: ComplaintCategoryFilter,
    @Arg('sort', () => [ComplaintCategorySort], { nullable: true }) sort?: ComplaintCategorySort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ComplaintCategoryPage.of(await listComplaintCategories(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('complaintCategory:show')
  @Query(() => ComplaintCategory, { nullable: true, description: 'One complaint category by id; null when it does not exist' })
  complaintCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ComplaintCategory | null> {
    return getComplaintCategory(serviceContext(ctx), id);
  }

  @Authorized('complaintCategory:create')
  @Mutation(() => ComplaintCategory, { description: 'Adds a complaint category' })
  createComplaintCategory(@Ctx() ctx: Context, @Arg('input', () => CreateComplaintCategoryInput) input: CreateComplaintCategoryInput): Promise<ComplaintCategory> {
    return createComplaintCategory(serviceContext(ctx), input);
  }

  @Authorized('complaintCategory:edit')
  @Mutation(() => ComplaintCategory, { description: 'Changes a complaint category' })
  updateComplaintCategory(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateComplaintCategoryInput) input: UpdateComplaintCategoryInput,
  ): Promise<ComplaintCategory> {
    return updateComplaintCategory(serviceContext(ctx), id, version, input);
  }

  @Authorized('complaintCategory:delete')
  @Mutation(() => ID, { description: 'Retires the category: complaints keep it, new ones cannot use it; answers the id, for clients to evict it from their cache' })
  async deleteComplaintCategory(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await retireComplaintCategory(serviceContext(ctx), id, version);
    return id;
  }
}
