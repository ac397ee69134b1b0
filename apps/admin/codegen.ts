import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Response types of the console's own documents, from the schema the API commits. The output is
 * committed (decision 0018); src/graphql/generated.test.ts fails when it is stale.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*Queries.ts'],
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        skipTypename: true,
        avoidOptionals: true,
        useTypeImports: true,
        scalars: { ID: 'string', DateTimeISO: 'string', Decimal: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
