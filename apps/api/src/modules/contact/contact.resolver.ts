import { canSeePii, maskField } from '@sanxin/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Projection } from '../../graphql/projection';
import { type Context, serviceContext } from '../../graphql/context';
import { PageInput, PageType } from '../../graphql/pagination';
import { requireViewer } from '../../shared/viewer';
import { Customer, customerLoaders } from '../customer';
import { Contact } from './contact.entity';
import { ContactFilter, ContactSort, CreateContactInput, UpdateContactInput } from './contact.inputs';
import { archiveContact, createContact, getContact, listContacts, updateContact } from './contact.service';

const ContactPage = PageType(Contact, 'Contact');

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized('contact:list')
  @Query(() => ContactPage, { description: 'Contacts, a page at a time' })
  async contacts(
    @Ctx() ctx: Context,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter?: ContactFilter,
    @Arg('sort', () => [ContactSort], { nullable: true }) sort?: ContactSort[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ContactPage.of(await listContacts(serviceContext(ctx), filter, sort, page));
  }

  @Authorized('contact:show')
  @Query(() => Contact, { nullable: true, description: 'One contact by id; null when it does not exist' })
  contact(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Contact | null> {
    return getContact(serviceContext(ctx), id);
  }

  @Authorized('contact:create')
  @Mutation(() => Contact, { description: 'Adds a contact to a customer' })
  createContact(@Ctx() ctx: Context, @Arg('input', () => CreateContactInput) input: CreateContactInput): Promise<Contact> {
    return createContact(serviceContext(ctx), input);
  }

  @Authorized('contact:edit')
  @Mutation(() => Contact, { description: 'Changes a contact' })
  updateContact(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
  ): Promise<Contact> {
    return updateContact(serviceContext(ctx), id, version, input);
  }

  @Authorized('contact:delete')
  @Mutation(() => ID, { description: 'answers the id, for clients to evict it from their cache' })
  async deleteContact(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    await archiveContact(serviceContext(ctx), id, version);
    return id;
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer the contact belongs to' })
  customer(@Root() contact: Contact, @Ctx() ctx: Context): Promise<Customer | null> {
    return customerOf(contact, ctx);
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() contact: Contact, @Ctx() ctx: Context): Promise<string | null> {
    return maskedUnlessAllowed(contact, ctx, 'phone');
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() contact: Contact, @Ctx() ctx: Context): Promise<string | null> {
    return maskedUnlessAllowed(contact, ctx, 'email');
  }
}

/** A contact's PII follows its customer's owner (`customerOf`). */
async function maskedUnlessAllowed(contact: Contact, ctx: Context, field: 'phone' | 'email'): Promise<string | null> {
  const viewer = requireViewer(ctx.viewer);
  const customer = await customerOf(contact, ctx, OWNER_ONLY);
  const allowed = canSeePii(viewer.role, 'contact', { isOwner: customer?.ownerId === viewer.id });
  return allowed ? contact[field] : maskField(field, contact[field]);
}

/** Masking needs the customer's owner only (a customer read with it, e.g. for `Customer.contacts`, serves). */
const OWNER_ONLY: Projection = ['id', 'ownerId', 'version'];

/** The customer a create or an update already read and attached, or the request's loader's (every column unless `projection`). */
async function customerOf(contact: Contact, ctx: Context, projection: Projection | null = null): Promise<Customer | null> {
  return contact.customer ?? customerLoaders(ctx).customerById.loadSelected(contact.customerId, projection);
}
