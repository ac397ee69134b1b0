import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { Needs, projectionOf } from '../../graphql/projection';
import type { Loaded } from '../../graphql/loaders';
import { requireViewer } from '../../shared/viewer';
import { Contact, contactLoaders } from '../contact';
import { Staff, staffLoaders } from '../staff';
import { Customer } from './customer.entity';
import { CsvExport } from '../../graphql/csv-export';
import { exportCustomers } from './customer-export.service';
import { CreateCustomerInput, CustomerFilter, CustomerSort, UpdateCustomerInput } from './customer.inputs';
import { isPiiMasked, viewPii } from './customer-pii';
import { archiveCustomer, createCustomer, getCustomer, listCustomers, updateCustomer } from './customer.service';

const CustomerPage = PageType(Customer, 'Customer');

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized('customer:list')
  @Query(() => CustomerPage, { description: 'Customers, a page at a time' })
  async customers(
    @Ctx() ctx: Context,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
    @Arg('sort', () => [CustomerSort], { nullable: true }) sort?: CustomerSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return CustomerPage.of(await listCustomers(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('customer:show')
  @Query(() => Customer, { nullable: true, description: 'One customer by id; null when it does not exist' })
  customer(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Customer | null> {
    return getCustomer(serviceContext(ctx), id);
  }

  @Authorized('customer:create')
  @Mutation(() => Customer, { description: 'Registers a customer' })
  createCustomer(@Ctx() ctx: Context, @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput): Promise<Customer> {
    return createCustomer(serviceContext(ctx), input);
  }

  @Authorized('customer:edit')
  @Mutation(() => Customer, { description: 'Changes a customer' })
  updateCustomer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput,
  ): Promise<Customer> {
    return updateCustomer(serviceContext(ctx), id, version, input);
  }

  @Authorized('customer:delete')
  @Mutation(() => ID, { description: 'Archives the customer; its history stays; answers the id, for clients to evict it from their cache' })
  async deleteCustomer(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await archiveCustomer(serviceContext(ctx), id, version);
    return id;
  }

  @Authorized('customer:export')
  @Mutation(() => CsvExport, { description: 'CSV of the filtered customers, masked for the viewer; audited' })
  exportCustomers(@Ctx() ctx: Context, @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter): Promise<CsvExport> {
    return exportCustomers(serviceContext(ctx), filter);
  }

  @Needs<Customer>('phone', 'ownerId')
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() customer: Customer, @Ctx() ctx: Context): string | null {
    return viewPii(requireViewer(ctx.viewer), customer.ownerId, 'phone', customer.phone);
  }

  @Needs<Customer>('email', 'ownerId')
  @FieldResolver(() => String, { nullable: true })
  email(@Root() customer: Customer, @Ctx() ctx: Context): string | null {
    return viewPii(requireViewer(ctx.viewer), customer.ownerId, 'email', customer.email);
  }

  @Needs<Customer>('address', 'ownerId')
  @FieldResolver(() => String, { nullable: true })
  address(@Root() customer: Customer, @Ctx() ctx: Context): string | null {
    return viewPii(requireViewer(ctx.viewer), customer.ownerId, 'address', customer.address);
  }

  @Needs<Customer>('ownerId')
  @FieldResolver(() => Boolean, { description: 'True when this viewer sees phone, email and address masked' })
  piiMasked(@Root() customer: Customer, @Ctx() ctx: Context): boolean {
    return isPiiMasked(requireViewer(ctx.viewer), customer.ownerId);
  }

  @Needs<Customer>('archivedAt')
  @FieldResolver(() => Boolean, { description: 'Archived (deleted from lists); its history stays' })
  archived(@Root() customer: Customer): boolean {
    return customer.archivedAt != null;
  }

  @Needs<Customer>('ownerId')
  @FieldResolver(() => Staff, { nullable: true })
  owner(@Root() customer: Customer, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Loaded<Staff> {
    return customer.ownerId ? staffLoaders(ctx).staffById.loadSelected(customer.ownerId, projectionOf(ctx.dataSource, Staff, info)) : null;
  }

  // Its contacts' phone and e-mail masking reads the customer's owner (contact.resolver.ts): read it with the customer.
  @Needs<Customer>('ownerId')
  @FieldResolver(() => [Contact])
  contacts(@Root() customer: Customer, @Ctx() ctx: Context): Promise<Contact[]> {
    return contactLoaders(ctx).contactsByCustomerId.load(customer.id);
  }
}
