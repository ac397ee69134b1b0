import type { ApiModule } from '../../shared/api-module';
import { HolidayResolver } from './calendar.resolver';
import { Holiday } from './holiday.entity';

/** The business calendar: public holidays and make-up working days. */
export const calendarModule: ApiModule = {
  name: 'calendar',
  entities: [Holiday],
  resolvers: [HolidayResolver],
  loaders: [],
  jobs: [],
};
