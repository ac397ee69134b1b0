/** Built by vite.config.ts from apps/api/schema.graphql (committedSchema.ts). */
declare module 'virtual:committed-introspection' {
  const schema: import('graphql').IntrospectionSchema;
  export default schema;
}
