import type { ClassType } from 'type-graphql';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageResult } from '../db/paginate';
import { graphqlEnum, SortDirection } from './enums';

@InputType({ description: 'offset paging, or keyset paging with `after` (an endCursor) for deep pages' })
export class PageInput {
  @Field(() => Int, { nullable: true })
  offset?: number | null;

  @Field(() => Int, { nullable: true, description: `default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}` })
  limit?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** `total` is a method, so the COUNT query runs only when a client selects it. */
export function PageType<T extends object>(itemType: ClassType<T>, name: string) {
  @ObjectType(`${name}Page`)
  class Page {
    @Field(() => [itemType])
    items: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    countTotal: () => Promise<number>;

    @Field(() => Int, { description: 'Counted only when selected' })
    total(): Promise<number> {
      return this.countTotal();
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
  const fieldEnum = graphqlEnum(fields, `${name}SortField`, `Fields ${name} lists can be sorted by`);
  @InputType(`${name}Sort`)
  class Sort implements SortInput<F> {
    @Field(() => fieldEnum)
    field: F;

    @Field(() => SortDirection)
    direction: SortDirection;
  }
  return Sort;
}
