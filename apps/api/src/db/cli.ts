import 'reflect-metadata';
import { loadConfig } from '../config';
import { clockFor } from '../shared/clock';
import { createDataSource } from './data-source';
import { migrate } from './migrate';
import { firstAdministratorMessage, requireDemoPasswordChange, seedFirstAdministrator } from './seed/accounts';
import { seedDemoData } from './seed/seed-demo';

/**
 * `db:migrate` and `db:seed` for operators: node dist/db/cli.js migrate | seed [--admin].
 * `seed --admin` creates the first administrator (generated password, printed once) instead of demo data.
 */
async function main(command: string | undefined, options: string[]): Promise<void> {
  if (command !== 'migrate' && command !== 'seed') throw new Error('Usage: cli.js migrate | seed [--admin]');
  const config = loadConfig();
  const clock = clockFor(config);
  const dataSource = await createDataSource(config.database).initialize();
  try {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Schema is up to date.');
    if (command === 'seed' && options.includes('--admin')) {
      const admin = await seedFirstAdministrator(dataSource, clock.now());
      console.log(admin ? firstAdministratorMessage(admin) : 'Staff accounts already exist: no administrator created.');
    } else if (command === 'seed') {
      if (config.production) console.log('WARNING: demo data with NODE_ENV=production: the demo accounts must choose their own password at first sign-in.');
      const result = await seedDemoData(dataSource, clock.now(), config.businessTimeZone);
      console.log(result.seeded ? `Seeded demo data; accounts: ${result.accounts.map((a) => a.username).join(', ')}` : 'Demo data already present.');
      if (config.production) await requireDemoPasswordChange(dataSource, clock.now());
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
