import { MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/enums';

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

export enum ContactSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ContactSortField, { name: 'ContactSortField' });

@InputType()
export class ContactSort {
  @Field(() => ContactSortField)
  field: ContactSortField;

  @Field(() => SortDirection)
  direction: SortDirection;
}
