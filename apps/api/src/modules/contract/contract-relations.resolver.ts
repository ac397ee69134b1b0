import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageInput } from '../../graphql/pagination';
import { Customer } from '../customer';
import { contractContext } from './contract-context';
import { ContractFilter, ContractSort } from './contract.inputs';
import { ContractPage } from './contract.resolver';
import { listContracts } from './contract.service';

/** 客户的合同: the customer's contracts with the list's own grammar (the filter's customerId is this customer's). */
@Resolver(() => Customer)
export class CustomerContractsResolver {
  @FieldResolver(() => ContractPage, { description: "The customer's contracts (合同), a page at a time, in the contracts list's order unless sorted" })
  async contracts(
    @Root() customer: Customer,
    @Ctx() ctx: Context,
    @Arg('filter', () => ContractFilter, { nullable: true }) filter?: ContractFilter,
    @Arg('sort', () => [ContractSort], { nullable: true }) sort?: ContractSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ContractPage.of(await listContracts(contractContext(ctx), { ...filter, customerId: customer.id }, sort, page));
  }
}
