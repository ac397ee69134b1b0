import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './graphql/schema';
import { modules } from './modules';

/** The committed contract frontend teams build on; a test fails when it drifts from the code. */
export const SCHEMA_FILE = join(__dirname, '../schema.graphql');

export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema(modules)))}\n`;
}
