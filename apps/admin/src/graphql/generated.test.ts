import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config from '../../codegen';

it('generated.ts is what codegen makes of apps/api/schema.graphql and the documents now (else run `pnpm --filter @sanxin/admin codegen`)', async () => {
  const [output] = await generate({ ...config, cwd: join(__dirname, '../..'), silent: true }, false);
  expect(output.content).toBe(readFileSync(join(__dirname, 'generated.ts'), 'utf8'));
});
