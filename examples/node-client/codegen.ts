import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the example's operations, from the schema the API commits. The output
 * (src/gql/) is generated before every type-check, build and test run, never committed (decision 0025).
 */
const config: CodegenConfig = {
  schema: '../../apps/api/schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', Decimal: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
