import { readFileSync } from 'node:fs';
import {
  validateCalendarDay,
  validateComplaintCategory,
  validateComplaintRegistration,
  validateContact,
  validateContract,
  validateCustomer,
  validateInteraction,
  validatePartReplacement,
  validateShiftType,
  validateStaff,
  validateCaseStudy,
  validateNotice,
  validateStandardAnswer,
  type Violation,
} from '@sanxin/domain';
import { buildSchema, type GraphQLNamedType, type GraphQLSchema, getNamedType, isInputObjectType, isInterfaceType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from './schema-file';

/**
 * The schema states the rules a frontend's generated types can check (DESIGN §2): a create input's
 * required fields are non-null, and a date-only value is a LocalDate, never a String.
 */

/** Each create's domain validation; given an empty draft it names the fields the create requires (`required`). */
const DOMAIN_RULES: Record<string, () => Violation[]> = {
  CreateComplaintInput: () => validateComplaintRegistration({}, new Date()),
  CreateComplaintCategoryInput: () => validateComplaintCategory({}, 'create'),
  CreateContactInput: () => validateContact({}, 'create'),
  CreateContractInput: () => validateContract({}, 'create'),
  CreateCustomerInput: () => validateCustomer({}, 'create'),
  CreateHolidayInput: () => validateCalendarDay({}),
  CreateInteractionInput: () => validateInteraction({}, 'create', new Date()),
  CreatePartReplacementInput: () => validatePartReplacement({}, 'create'),
  CreateShiftTypeInput: () => validateShiftType({}, 'create'),
  CreateStaffInput: () => validateStaff({}, 'create'),
  CreateNoticeInput: () => validateNotice({}, 'create'),
  CreateStandardAnswerInput: () => validateStandardAnswer({}, 'create'),
  // facts and handling default to the complaint's own words: only title and lesson stay required
  CreateCaseStudyInput: () => validateCaseStudy({ facts: 'x', handling: 'x' }, 'create'),
};

/** Fields a create needs that no domain rule names `required` (the service or the table needs them), each with why. */
const ALSO_REQUIRED: Record<string, Record<string, string>> = {
  CreateCallListInput: { name: 'how managers tell lists apart', callScriptId: 'the agents follow a script', agentIds: 'the calls are spread over them', dailyQuota: 'the plan spreads calls by it' },
  CreateCaseStudyInput: { complaintId: 'a case is written from one closed complaint' },
  CreateCallScriptInput: { callType: 'one active script per call type', name: 'how managers tell scripts apart', steps: 'validateCallScript: at least one step' },
  CreateContactInput: { customerId: 'a contact is a person at one customer' },
  CreateCustomerInput: { kind: 'company or individual decides which fields apply; stored without a default' },
  CreateFollowUpInput: { customerId: 'a follow-up calls one customer' },
  CreateHandoverLogInput: { shiftId: 'a handover closes one shift', equipmentStatus: 'handover.service requires it (requiredText)' },
  CreateHolidayInput: { date: 'validateCalendarDay: invalidDate when missing', kind: 'validateCalendarDay: invalidChoice when missing' },
  CreateLeaveRequestInput: { type: 'the leave rules depend on it', startsAt: 'the period', endsAt: 'the period', reason: 'DOMAIN §7: a written request with its reason' },
  CreateShiftInput: { teamId: 'a shift is one team’s', date: 'a shift is on one date', shiftTypeId: 'the times come from the shift type' },
  CreateShiftAssignmentInput: { shiftId: 'who works which shift', staffId: 'who works which shift' },
  CreateQualityEvaluationInput: { subjectKind: 'an evaluation is of one record', subjectId: 'the agent, channel and month come from the record' },
  CreateCalibrationSessionInput: { subjectKind: 'a calibration is of one record', subjectId: 'the agent comes from the record', inspectorIds: 'checkCalibrationInspectors: two to ten' },
  CreateScorecardTemplateInput: { name: 'how managers tell scorecards apart', dimensions: 'validateScorecardTemplate: scorecardNeedsDimensions' },
  CreateShiftSwapRequestInput: {
    requesterShiftId: 'the shift given away',
    counterpartId: 'the colleague asked',
    counterpartShiftId: 'the shift taken',
    reason: 'DOMAIN §7: a written request',
  },
  CreateShiftTypeInput: { kind: 'day, night or holiday rules', days: 'which days it runs', startMinute: 'its times', endMinute: 'its times', minHeadcount: 'the roster generator fills it' },
  CreateStaffInput: { username: 'validateStaff: invalidUsername when missing' },
  CreateTrainingPlanInput: { topic: 'validateTrainingPlan: required', agentIds: 'validateTrainingPlan: at least one agent', plannedOn: 'validateTrainingPlan: invalidDate when missing' },
  CreateTrainingSessionInput: { planId: 'a session is one plan’s', heldOn: 'validateTrainingSession: invalidDate when missing', results: 'the attendance the session records' },
};

function requiredFields(inputName: string): Set<string> {
  const domain = (DOMAIN_RULES[inputName]?.() ?? []).flatMap((violation) => (violation.rule === 'required' && violation.field ? [violation.field] : []));
  return new Set([...domain, ...Object.keys(ALSO_REQUIRED[inputName] ?? {})]);
}

/** `Type.field` of each required field that the schema lets a client leave out, and each create input nobody classified. */
function nullableRequiredFields(schema: GraphQLSchema, required: (inputName: string) => Set<string>): string[] {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type) || !/^Create[A-Z]\w*Input$/.test(type.name)) continue;
    const fields = type.getFields();
    const wanted = required(type.name);
    if (wanted.size === 0) problems.push(`${type.name}: no rule or list names its required fields`);
    for (const name of wanted) {
      if (!fields[name]) problems.push(`${type.name}.${name}: required but not in the input`);
      else if (!isNonNullType(fields[name].type)) problems.push(`${type.name}.${name}`);
    }
  }
  return problems;
}

/** A name for a calendar date: `date`, `startDate`, `dueOn`, and a range bound (`dateFrom`, `endTo`) over one. */
const DATE_NAME = /^date|Date$|On$/;
const RANGE_BOUND = /^(\w+?)(From|To)$/;

function looksLikeDate(name: string, description: string | null | undefined): boolean {
  if (DATE_NAME.test(name) || /YYYY-MM-DD/.test(description ?? '')) return true;
  const bound = RANGE_BOUND.exec(name);
  return bound !== null && (DATE_NAME.test(bound[1]) || /\bdate\b/i.test(description ?? ''));
}

/** `Type.field` and `Type.field(arg)` named or described as a date whose type is String. */
function datesAsStrings(schema: GraphQLSchema): string[] {
  const isString = (type: Parameters<typeof getNamedType>[0]) => (getNamedType(type) as GraphQLNamedType).name === 'String';
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (isString(field.type) && looksLikeDate(field.name, field.description)) problems.push(`${type.name}.${field.name}`);
      for (const arg of 'args' in field ? field.args : []) {
        if (isString(arg.type) && looksLikeDate(arg.name, arg.description)) problems.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  return problems;
}

describe('rules stated by schema.graphql', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

  it('make every field a create requires non-null, so generated types catch a missing one', () => {
    expect(nullableRequiredFields(schema, requiredFields), 'make these `nullable: false` (or list why a new create input needs them in ALSO_REQUIRED)').toEqual([]);
  });

  it('type every date-only value LocalDate, never String', () => {
    expect(datesAsStrings(schema), 'use `@Field(() => LocalDateScalar)` (graphql/local-date.scalar.ts): the wire format stays "YYYY-MM-DD"').toEqual([]);
  });

  it('would catch a nullable required field, an unclassified create input and a date typed String', () => {
    const sdl = buildSchema(`
      type Query { day(dueOn: String, dateFrom: String, month: String): Int, contract: C }
      type C { startDate: String, title: String, endFrom: Int, createdFrom: String, sentTo: String }
      input CreateXInput { name: String, note: String }
      input CreateYInput { a: Int }
      input FilterZ { """Due date on or after""" dueFrom: String }
    `);
    expect(nullableRequiredFields(sdl, (name) => new Set(name === 'CreateXInput' ? ['name'] : []))).toEqual(['CreateXInput.name', 'CreateYInput: no rule or list names its required fields']);
    expect(datesAsStrings(sdl)).toEqual(['Query.day(dueOn)', 'Query.day(dateFrom)', 'C.startDate', 'FilterZ.dueFrom']);
  });

  it('read the required fields from the domain rules', () => {
    expect([...requiredFields('CreateComplaintInput')].sort()).toEqual(['categoryId', 'channel', 'customerId', 'customerRequest', 'description', 'emotion', 'severity']);
  });
});
