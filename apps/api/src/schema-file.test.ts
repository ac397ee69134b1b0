import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from './schema-file';

describe('schema.graphql', () => {
  it('matches the code (run `pnpm --filter @sanxin/api schema:emit` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it('follows the list grammar for every resource', async () => {
    const schema = buildSchema(await printedSchema());
    const signature = (root: GraphQLObjectType | null | undefined, name: string) => {
      const field = root?.getFields()[name];
      return field && `${name}(${field.args.map((arg) => `${arg.name}: ${arg.type}`).join(', ')}): ${field.type}`;
    };
    for (const [list, type] of [['customers', 'Customer'], ['contacts', 'Contact'], ['interactions', 'Interaction'], ['staffMembers', 'Staff'], ['teams', 'Team']]) {
      expect(signature(schema.getQueryType(), list)).toBe(`${list}(filter: ${type}Filter, page: PageInput, sort: [${type}Sort!]): ${type}Page!`);
    }
    expect(signature(schema.getMutationType(), 'updateCustomer')).toBe('updateCustomer(id: ID!, input: UpdateCustomerInput!, version: Int!): Customer!');
  });
});
