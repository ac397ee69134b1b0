import type { ClassType } from 'type-graphql';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { PageTotal } from '../db/page-total';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageResult } from '../db/paginate';
import { graphqlEnum, SortDirection } from './enums';

@InputType({
  description:
    'offset paging, or keyset paging with `after` (an endCursor: the next page) or `before` (a startCursor: the previous page). A cursor holds its sort: reused with another sort, with offset, or after and before together, it is refused (BAD_USER_INPUT invalidCursor)',
})
export class PageInput {
  @Field(() => Int, { nullable: true, description: 'How many items to skip (offset paging); not with a cursor' })
  offset?: number | null;

  @Field(() => Int, { nullable: true, description: `default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}` })
  limit?: number | null;

  @Field(() => String, { nullable: true, description: 'an endCursor: the items after it' })
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'a startCursor: the items before it' })
  before?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'count `total` exactly however large the list (otherwise a list of more than 100,000 rows may answer an estimate: see totalIsEstimate)' })
  exactTotal?: boolean | null;
}

@ObjectType({ description: 'Where a page stands in its list, and the cursors to move on from it' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items come after this page' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'true past an offset or a cursor; for `before`, whether more items come before' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'the cursor of the first item: pass it as `before` for the previous page' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'the cursor of the last item: pass it as `after` for the next page' })
  endCursor: string | null;
}

/** `total` is a method, so the COUNT query runs only when a client selects it. */
export function PageType<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(`${name}Page`, { description: `One page of a ${name} list: its items, where it stands, and the total` })
  class Page {
    @Field(() => [itemType], { description: 'The items of this page, in the sort asked for' })
    items: T[];

    @Field(() => PageInfo, { description: 'Whether pages come before and after this one, and their cursors' })
    pageInfo: PageInfo;

    countTotal: () => Promise<PageTotal>;

    @Field(() => Int, { description: 'Counted only when selected; on a list of more than 100,000 rows an estimate unless `page.exactTotal` (see totalIsEstimate)' })
    async total(): Promise<number> {
      return (await this.countTotal()).total;
    }

    @Field(() => Boolean, { description: 'Whether `total` is the database\'s estimate rather than a count (only on lists of more than 100,000 rows, never with `page.exactTotal`)' })
    async totalIsEstimate(): Promise<boolean> {
      return (await this.countTotal()).isEstimate;
    }

    static of(result: PageResult<T>): Page {
      return Object.assign(new Page(), result);
    }
  }
  return Page;
}

export interface SortInput<F extends string> {
  field: F;
  direction: SortDirection;
}

/** `XSort { field: XSortField!, direction: SortDirection! }` for a resource's sortable fields. */
export function SortInputType<F extends string>(name: string, fields: readonly F[]) {
  const camel = (field: string) => field.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const byField = Object.fromEntries(fields.map((field) => [field, `By ${name}.${camel(field)}`])) as Record<F, string>;
  const fieldEnum = graphqlEnum(fields, `${name}SortField`, `Fields ${name} lists can be sorted by`, byField);
  @InputType(`${name}Sort`, { description: `One sort key of a ${name} list; later keys break ties of earlier ones, and the id breaks the last tie` })
  class Sort implements SortInput<F> {
    @Field(() => fieldEnum, { description: 'The field to sort by' })
    field: F;

    @Field(() => SortDirection, { description: 'Ascending or descending' })
    direction: SortDirection;
  }
  return Sort;
}
