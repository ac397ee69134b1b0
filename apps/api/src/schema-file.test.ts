import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from './schema-file';

describe('schema.graphql', () => {
  it('matches the code (run `pnpm --filter @sanxin/api schema:emit` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it('follows the list grammar for every resource', async () => {
    const sdl = await printedSchema();
    for (const [list, type] of [['customers', 'Customer'], ['contacts', 'Contact'], ['interactions', 'Interaction'], ['staffMembers', 'Staff'], ['teams', 'Team']]) {
      expect(sdl).toContain(`${list}(filter: ${type}Filter, page: PageInput, sort: [${type}Sort!]): ${type}Page!`);
    }
    expect(sdl).toMatch(/updateCustomer\(id: ID!, input: UpdateCustomerInput!, version: Int!\): Customer!/);
  });
});
