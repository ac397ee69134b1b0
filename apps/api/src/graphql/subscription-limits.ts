import { type DocumentNode, GraphQLError, type GraphQLSchema, parse, specifiedRules, type ValidationRule, validate } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';

/**
 * graphql-ws's `onSubscribe`: a subscription document meets the limits of a query sent over HTTP (Apollo
 * runs those, graphql-ws does not): graphql-js's token limit when parsing, then GraphQL Armor's rules
 * (depth, aliases, cost, directives) beside graphql-js's own. A refusal is graphql-ws's `error` message
 * with the codes HTTP answers (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED); a document that passes
 * goes on to graphql-ws's usual parse, validation and context.
 */
export function subscriptionLimits(schema: GraphQLSchema, rules: readonly ValidationRule[], maxTokens: number) {
  const allRules = [...specifiedRules, ...rules];
  return (_ctx: unknown, _id: string, payload: SubscribePayload): readonly GraphQLError[] | undefined => {
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens });
    } catch (error) {
      return [coded(error, 'GRAPHQL_PARSE_FAILED')];
    }
    let errors: readonly GraphQLError[];
    try {
      errors = validate(schema, document, allRules);
    } catch (error) {
      // Armor's rules throw their refusal rather than report it.
      return [coded(error, 'GRAPHQL_VALIDATION_FAILED')];
    }
    return errors.length ? errors.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED')) : undefined;
  };
}

function coded(error: unknown, code: string): GraphQLError {
  const original = error instanceof GraphQLError ? error : new GraphQLError(String(error));
  return new GraphQLError(original.message, { nodes: original.nodes, source: original.source, positions: original.positions, extensions: { code } });
}
