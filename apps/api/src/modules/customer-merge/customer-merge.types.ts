import { DUPLICATE_REASONS, type DuplicateReason } from '@sanxin/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums';

export const DuplicateReasonEnum = graphqlEnum(DUPLICATE_REASONS, 'DuplicateReason', 'Why two customers look like one: the same phone, or the same name and company', {
  PHONE: 'The same phone number (电话相同)',
  NAME_AND_COMPANY: 'The same name and company (名称与单位相同)',
});

/** A customer the form being filled may duplicate. Never carries the other customer's phone, email or address. */
@ObjectType({ description: '疑似重复客户 (no PII: says why, links to the record)' })
export class CustomerDuplicate {
  @Field(() => ID, { description: 'Id of the customer that may be the same' })
  customerId: string;

  @Field(() => String, { description: 'Its name' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Its company' })
  company: string | null;

  @Field(() => [DuplicateReasonEnum], { description: 'Why it looks like the same customer' })
  reasons: DuplicateReason[];

  @Field(() => Boolean, { description: 'Whether the viewer may open the customer (the link is shown only then)' })
  canOpen: boolean;
}
