import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';

@InputType()
export class CreateContactInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Boolean, { nullable: true })
  isPrimary?: boolean | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateContactInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Boolean, { nullable: true })
  isPrimary?: boolean;
}

@InputType()
export class ContactFilter {
  @Field(() => String, { nullable: true })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;
}

export const CONTACT_SORT_FIELDS = ['NAME', 'CREATED_AT'] as const;
export type ContactSortField = (typeof CONTACT_SORT_FIELDS)[number];
export const ContactSort = SortInputType('Contact', CONTACT_SORT_FIELDS);
export type ContactSort = InstanceType<typeof ContactSort>;
