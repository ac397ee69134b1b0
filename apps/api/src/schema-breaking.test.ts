import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from './schema-file';

/**
 * The contract frontend teams build on changes only on purpose: every breaking change between the
 * previous release's schema (schema.release.graphql, copied at each release) and the committed
 * schema.graphql must be listed, in graphql-js's own words, in docs/api/CHANGELOG.md.
 */
const RELEASE_FILE = join(__dirname, '../schema.release.graphql');
const CHANGELOG_FILE = join(__dirname, '../../../docs/api/CHANGELOG.md');

const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/`/g, '');

function unlistedBreakingChanges(releaseSdl: string, currentSdl: string, changelog: string): string[] {
  const listed = normalise(changelog);
  return findBreakingChanges(buildSchema(releaseSdl), buildSchema(currentSdl))
    .map((change) => change.description)
    .filter((description) => !listed.includes(normalise(description)));
}

describe('breaking changes of the API', () => {
  it('are each listed in docs/api/CHANGELOG.md', () => {
    const unlisted = unlistedBreakingChanges(readFileSync(RELEASE_FILE, 'utf8'), readFileSync(SCHEMA_FILE, 'utf8'), readFileSync(CHANGELOG_FILE, 'utf8'));
    expect(unlisted, 'add these lines to docs/api/CHANGELOG.md, with what clients should do').toEqual([]);
  });

  it('would catch a field removed or a type changed without a line in the changelog', () => {
    const before = 'type Query { a: Int, b: String! }';
    const after = 'type Query { b: Int }';
    expect(unlistedBreakingChanges(before, after, '- Query.a was removed.')).toEqual(['Query.b changed type from String! to Int.']);
    expect(unlistedBreakingChanges(before, before, '')).toEqual([]);
  });
});
