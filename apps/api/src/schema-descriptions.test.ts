import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from './schema-file';

/**
 * Every type, field, argument and enum value of the committed schema says what it is (in English,
 * with the Chinese term where the domain has one): frontend teams read the schema in their IDE and
 * in the explorer, not our code. Paths read `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('descriptions in schema.graphql', () => {
  it('cover every type, field, argument and enum value', () => {
    const missing = undescribed(buildSchema(readFileSync(SCHEMA_FILE, 'utf8')));
    expect(
      missing,
      [
        'Describe these in the code, then `pnpm --filter @sanxin/api schema:emit`:',
        'a field or type: `description` in its @Field/@ObjectType/@InputType/@Query/@Mutation options;',
        'an argument: `description` in its @Arg options (id, version, input, filter, sort and page are described once, in graphql/shared-grammar.ts);',
        "an enum value: the domain's label (graphqlEnum's last argument, packages/domain i18n) or a description per value.",
      ].join('\n'),
    ).toEqual([]);
  });

  it('names each undescribed path', () => {
    const schema = buildSchema('"""Reads""" type Query { "a" a(x: Int): E, b: Int } enum E { """one""" ONE TWO }');
    expect(undescribed(schema)).toEqual(['Query.a(x)', 'Query.b', 'E', 'E.TWO']);
  });
});
