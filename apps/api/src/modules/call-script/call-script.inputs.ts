import type { CallType, ScriptBranch, ScriptSituation, ScriptStepKind } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { CallTypeEnum, ScriptBranchEnum, ScriptSituationEnum, ScriptStepKindEnum } from './call-script.enums';

@ObjectType('ScriptStep', { description: 'A step of a call script, read in order' })
@InputType('ScriptStepInput', { description: 'A step of a call script' })
export class ScriptStepValue {
  @Field(() => ScriptStepKindEnum, { description: 'Greeting, identity check, question or close' })
  kind: ScriptStepKind;

  @Field(() => ScriptBranchEnum, { description: 'ALL, or only after a satisfied / unsatisfied answer' })
  branch: ScriptBranch;

  @Field(() => String, { description: 'What the agent says; placeholders {称呼} {客服姓名} {产品}' })
  text: string;
}

@ObjectType('ScriptPhrase', { description: 'What to say in a situation during any call' })
@InputType('ScriptPhraseInput', { description: 'A situation phrase' })
export class ScriptPhraseValue {
  @Field(() => ScriptSituationEnum, { description: 'The situation' })
  situation: ScriptSituation;

  @Field(() => String, { description: 'What the agent says; placeholders {称呼} {客服姓名} {产品}' })
  text: string;
}

@InputType({ description: "A new call script's values" })
export class CreateCallScriptInput {
  @Field(() => CallTypeEnum, { description: 'The kind of call it guides' })
  callType: CallType;

  @Field(() => String, { description: 'Name (话术名称)' })
  name: string;

  @Field(() => Boolean, { nullable: true, description: 'Make it the script of its call type (default: when the type has none yet)' })
  active?: boolean | null;

  @Field(() => [ScriptStepValue], { description: 'The steps, in order; at least one' })
  steps: ScriptStepValue[];

  @Field(() => [ScriptPhraseValue], { nullable: true, description: 'Situation phrases' })
  phrases?: ScriptPhraseValue[] | null;
}

@InputType({ description: 'Only the fields given change; a new name, steps or phrases make a new revision' })
export class UpdateCallScriptInput {
  @Field(() => String, { nullable: true, description: 'Name (话术名称)' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Make it (or stop it being) the script of its call type' })
  active?: boolean | null;

  @Field(() => [ScriptStepValue], { nullable: true, description: 'The steps, in order, replacing the current ones' })
  steps?: ScriptStepValue[] | null;

  @Field(() => [ScriptPhraseValue], { nullable: true, description: 'The situation phrases, replacing the current ones' })
  phrases?: ScriptPhraseValue[] | null;
}

@InputType({ description: 'Which call scripts a list returns: every field given must match' })
export class CallScriptFilter {
  @Field(() => String, { nullable: true, description: 'Text in the name' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [CallTypeEnum], { nullable: true, description: 'Only scripts of these call types' })
  callType?: CallType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the active (true) or the inactive (false) scripts' })
  active?: boolean | null;
}

export const CALL_SCRIPT_SORT_FIELDS = ['NAME', 'CALL_TYPE', 'UPDATED_AT'] as const;
export type CallScriptSortField = (typeof CALL_SCRIPT_SORT_FIELDS)[number];
export const CallScriptSort = SortInputType('CallScript', CALL_SCRIPT_SORT_FIELDS);
export type CallScriptSort = InstanceType<typeof CallScriptSort>;
