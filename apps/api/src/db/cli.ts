import 'reflect-metadata';
import { loadConfig } from '../config';
import { clockFor } from '../shared/clock';
import { createDataSource } from './data-source';
import { migrate } from './migrate';
import { seedDemoData } from './seed/seed-demo';

/** `db:migrate` and `db:seed` for operators: node dist/db/cli.js migrate|seed */
async function main(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'seed') throw new Error('Usage: cli.js migrate|seed');
  const config = loadConfig();
  const clock = clockFor(config);
  const dataSource = await createDataSource(config.database).initialize();
  try {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Schema is up to date.');
    if (command === 'seed') {
      const result = await seedDemoData(dataSource, clock.now(), config.businessTimeZone);
      console.log(result.seeded ? `Seeded demo data; accounts: ${result.accounts.map((a) => a.username).join(', ')}` : 'Demo data already present.');
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
