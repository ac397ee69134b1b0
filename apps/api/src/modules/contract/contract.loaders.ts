import { byIdLoader, defineLoaders } from '../../graphql/loaders';
import { type ContractCalendar, readContractCalendar } from './contract-context';
import { Contract } from './contract.entity';

export const contractLoaders = defineLoaders(({ dataSource, clock, config }) => {
  let calendar: Promise<ContractCalendar> | undefined;
  return {
    contractById: byIdLoader(dataSource, Contract),
    /** Read once per request, whatever the number of contracts shown. */
    calendar: (): Promise<ContractCalendar> => (calendar ??= readContractCalendar(dataSource.manager, config.businessTimeZone, clock.now())),
  };
});
