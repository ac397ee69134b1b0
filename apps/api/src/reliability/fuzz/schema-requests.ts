import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** A small deterministic random source, so a run can be repeated with its seed. */
export class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return this.state / 2_147_483_648;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const STRINGS = ['', '张伟', '13800138000', "O'Brien; DROP TABLE staff; --", '%_\\', '<script>alert(1)</script>', '2026-02-30', 'a'.repeat(5000), '\u0000', '😀', '00000000-0000-0000-0000-000000000000', 'null'];
const NUMBERS = [0, -1, 1, 2_147_483_648, -2_147_483_649, 1e308, 0.5, Number.MAX_SAFE_INTEGER];

/** A value for an input type: usually plausible, sometimes wrong (the type, null, missing fields). */
export function inputValue(type: GraphQLInputType, random: Random, depth = 0, ids: readonly string[] = []): unknown {
  if (random.chance(0.03)) return random.pick([null, 'x', 42, { a: 1 }, []]);
  if (isNonNullType(type)) return inputValue(type.ofType, random, depth, ids);
  if (isListType(type)) return depth > 2 ? [] : Array.from({ length: random.int(3) }, () => inputValue(type.ofType, random, depth + 1, ids));
  if (isEnumType(type)) return random.pick(type.getValues()).value;
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || random.chance(0.5)) value[field.name] = inputValue(field.type, random, depth + 1, ids);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return ids.length && random.chance(0.6) ? random.pick(ids) : random.pick(STRINGS);
      case 'Int':
        return random.chance(0.8) ? random.int(50) : random.pick(NUMBERS);
      case 'Float':
      case 'Decimal':
        return random.chance(0.8) ? random.int(10_000) / 100 : random.pick(NUMBERS);
      case 'Boolean':
        return random.chance(0.5);
      case 'DateTime':
        return random.chance(0.8) ? new Date(Date.UTC(2026, random.int(12), 1 + random.int(28), random.int(24))).toISOString() : random.pick(STRINGS);
      case 'LocalDate':
        return random.chance(0.8) ? `2026-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}` : random.pick(STRINGS);
      default:
        return random.pick(STRINGS);
    }
  }
  return null;
}

function selection(type: GraphQLOutputType, random: Random, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const scalars = fields.filter((f) => !isObjectType(getNamedType(f.type)));
  const objects = depth < 2 ? fields.filter((f) => isObjectType(getNamedType(f.type))) : [];
  const chosen = [...scalars.filter(() => random.chance(0.6)), ...objects.filter(() => random.chance(0.3))];
  if (!chosen.length) chosen.push(scalars[0] ?? fields[0]);
  return `{ ${chosen.map((f) => `${f.name}${selection(f.type, random, depth + 1)}`).join(' ')} }`;
}

/** One operation on one root field, with variables for its arguments (a required one sometimes left out). */
export function schemaRequest(schema: GraphQLSchema, random: Random, ids: readonly string[]): { query: string; variables: Record<string, unknown> } {
  const mutation = random.chance(0.4);
  const root = (mutation ? schema.getMutationType() : schema.getQueryType()) ?? schema.getQueryType();
  if (!root) throw new Error('no root type');
  const field: GraphQLField<unknown, unknown> = random.pick(Object.values(root.getFields()));
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) ? !random.chance(0.03) : random.chance(0.5));
  const variables: Record<string, unknown> = {};
  for (const arg of args) variables[arg.name] = inputValue(arg.type, random, 0, ids);
  const declarations = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const query = `${mutation ? 'mutation' : 'query'} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${call}${selection(field.type, random, 0)} }`;
  return { query, variables };
}
