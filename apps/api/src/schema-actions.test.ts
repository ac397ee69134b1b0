import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType, type GraphQLSchema, getNamedType, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from './schema-file';

/**
 * A workflow's action enum maps one-to-one to its step mutations (DESIGN §2, decision 0021): a value
 * is the mutation's name without the record type's words, in SCREAMING_CASE (`ASSESS` ↔
 * `assessComplaint`, `RECORD_CUSTOMER_DECISION` ↔ `recordCustomerDecision`, `UPDATE` ↔
 * `updateLeaveRequest`). Every value has its mutation, and every step mutation of the type (one taking
 * `id` and `version` and answering the record, besides `updateX`) has its value.
 */
const WORKFLOWS: Record<string, string> = {
  ComplaintAction: 'Complaint',
  ContractAction: 'Contract',
  PartReplacementAction: 'PartReplacement',
  SwapAction: 'ShiftSwapRequest',
  LeaveAction: 'LeaveRequest',
  FollowUpAction: 'FollowUp',
  PendingChangeAction: 'PendingChange',
  QualityEvaluationAction: 'QualityEvaluation',
  TrainingPlanAction: 'TrainingPlan',
  MonthlyAssessmentAction: 'MonthlyAssessment',
  NoticeAction: 'Notice',
  CalibrationSessionAction: 'CalibrationSession',
  MonthlyReportAction: 'MonthlyReport',
};
/** Step-shaped mutations that are not steps of the workflow, and why. */
const NOT_STEPS: Record<string, string> = {
  assignContractOwner: "an owner change (转交 of the customer's contracts), not a step of the contract's life; `contract:assign` decides",
};

const words = (camel: string) => camel.split(/(?=[A-Z])/).map((word) => word.toLowerCase());

function mismatches(schema: GraphQLSchema, workflows: Record<string, string>): string[] {
  const found: string[] = [];
  const mutations = schema.getMutationType()?.getFields() ?? {};
  for (const [enumName, typeName] of Object.entries(workflows)) {
    const type = schema.getType(enumName);
    if (!isEnumType(type)) {
      found.push(`${enumName} is not an enum`);
      continue;
    }
    const typeWords = new Set(words(typeName));
    const stepValueOf = (mutation: string) =>
      words(mutation)
        .filter((word) => !typeWords.has(word))
        .join('_')
        .toUpperCase();
    const values = type.getValues().map((value) => value.name);
    // the mutations answering the record, and its delete (which answers the id)
    const candidates = Object.keys(mutations).filter((name) => (getNamedType(mutations[name].type).name === typeName || name === `delete${typeName}`) && !name.startsWith('create'));
    for (const value of values) {
      const matching = candidates.filter((name) => stepValueOf(name) === value);
      if (matching.length !== 1) found.push(`${enumName}.${value} matches ${matching.length ? matching.join(', ') : 'no mutation'}`);
    }
    for (const [name, field] of Object.entries(mutations)) {
      const args = new Set(field.args.map((arg) => arg.name));
      const isStep = getNamedType(field.type).name === typeName && args.has('id') && args.has('version') && !name.startsWith('update');
      if (isStep && !NOT_STEPS[name] && !values.includes(stepValueOf(name))) found.push(`${name} has no value in ${enumName} (${stepValueOf(name)})`);
    }
  }
  return found;
}

describe('workflow actions in schema.graphql', () => {
  it('map one-to-one to the step mutations', () => {
    expect(mismatches(buildSchema(readFileSync(SCHEMA_FILE, 'utf8')), WORKFLOWS), "add the step to the domain's *_STEPS table, or name the mutation after it").toEqual([]);
  });

  it('are what each workflow record answers as availableActions (nextActions is only a deprecated alias)', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const wrong = Object.entries(WORKFLOWS).flatMap(([enumName, typeName]) => {
      const fields = (schema.getType(typeName) as GraphQLObjectType).getFields();
      const problems: string[] = [];
      if (getNamedType(fields.availableActions?.type)?.name !== enumName) problems.push(`${typeName}.availableActions is not [${enumName}!]!`);
      if (fields.nextActions && !fields.nextActions.deprecationReason) problems.push(`${typeName}.nextActions is not deprecated`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('names each value without its mutation and each step without its value', () => {
    const schema = buildSchema(`
      type Query { a: Int }
      type Mutation { closeThing(id: ID!, version: Int!): Thing, openThing(id: ID!, version: Int!): Thing, updateThing(id: ID!, version: Int!): Thing }
      type Thing { id: ID! }
      enum ThingAction { CLOSE, ARCHIVE }`);
    expect(mismatches(schema, { ThingAction: 'Thing' })).toEqual(['ThingAction.ARCHIVE matches no mutation', 'openThing has no value in ThingAction (OPEN)']);
  });
});
