import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { createDataSource } from './data-source';

/**
 * Writes the migration that brings the current database to the entities, like TypeORM's
 * `migration:generate`, for the dialect of DATABASE_URL (MySQL) or SQLITE_PATH (SQLite).
 * Usage (after `pnpm build`): node dist/db/generate-migration.js <Name>
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const config = loadConfig();
  const dataSource = await createDataSource(config.database).initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) return console.log('Entities and migrations agree: nothing to generate.');
  const dialect = config.database.type;
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const tableOptions = dialect === 'mysql' ? ' DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci' : '';
  const lines = (queries: typeof sql.upQueries) =>
    queries
      .map((q) => q.query.replace(/ENGINE=InnoDB$/, `ENGINE=InnoDB${tableOptions}`))
      .map((q) => `    await queryRunner.query(${JSON.stringify(q)});`)
      .join('\n');
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(sql.downQueries.slice().reverse())}
  }
}
`;
  const folder = join(__dirname, '../../src/db/migrations', dialect);
  writeFileSync(join(folder, `${timestamp}-${name}.ts`), source);
  registerMigration(join(folder, 'index.ts'), className, `${timestamp}-${name}`);
  console.log(`Wrote ${folder}/${timestamp}-${name}.ts and registered ${className}`);
}

function registerMigration(indexFile: string, className: string, fileName: string): void {
  const index = readFileSync(indexFile, 'utf8')
    .replace(/\n\nexport const/, `\nimport { ${className} } from './${fileName}';\n\nexport const`)
    .replace(/\];\n$/, `, ${className}];\n`);
  writeFileSync(indexFile, index);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
