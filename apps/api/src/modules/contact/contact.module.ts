import type { ApiModule } from '../../shared/api-module';
import { Contact } from './contact.entity';
import { contactLoaders } from './contact.loaders';
import { ContactResolver } from './contact.resolver';

/** A customer's contacts. */
export const contactModule: ApiModule = {
  name: 'contact',
  entities: [Contact],
  resolvers: [ContactResolver],
  loaders: [contactLoaders],
  jobs: [],
};
