import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';

@InputType({ description: "A new contact's values" })
export class CreateContactInput {
  @Field(() => ID, { description: 'Id of the customer' })
  customerId: string;

  @Field(() => String, { description: 'Name (联系人姓名)' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Job title (职务)' })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (联系电话)' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The customer's main contact (主要联系人); one per customer" })
  isPrimary?: boolean | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateContactInput {
  @Field(() => String, { nullable: true, description: 'Name (联系人姓名)' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Job title (职务)' })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (联系电话)' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The customer's main contact (主要联系人); one per customer" })
  isPrimary?: boolean;
}

@InputType({ description: 'Which contacts a list returns: every field given must match' })
export class ContactFilter {
  @Field(() => String, { nullable: true, description: 'Text search in name, phone and email' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only contacts of this customer' })
  customerId?: string | null;
}

export const CONTACT_SORT_FIELDS = ['NAME', 'CREATED_AT'] as const;
export type ContactSortField = (typeof CONTACT_SORT_FIELDS)[number];
export const ContactSort = SortInputType('Contact', CONTACT_SORT_FIELDS);
export type ContactSort = InstanceType<typeof ContactSort>;
