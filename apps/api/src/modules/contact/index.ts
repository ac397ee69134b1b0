/** What other modules may use of contacts. */
export { Contact } from './contact.entity';
export { contactLoaders } from './contact.loaders';
