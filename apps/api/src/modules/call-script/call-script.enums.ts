import { CALL_TYPES, SCRIPT_BRANCHES, SCRIPT_SITUATIONS, SCRIPT_STEP_KINDS } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const CallTypeEnum = graphqlEnum(CALL_TYPES, 'CallType', 'The kind of call a script guides (通话类型)', 'callType');
export const ScriptStepKindEnum = graphqlEnum(SCRIPT_STEP_KINDS, 'ScriptStepKind', 'A part of a call: greeting, identity check, question, close', 'scriptStepKind');
export const ScriptBranchEnum = graphqlEnum(SCRIPT_BRANCHES, 'ScriptBranch', 'Read on every call, or only after a satisfied / unsatisfied answer', 'scriptBranch');
export const ScriptSituationEnum = graphqlEnum(SCRIPT_SITUATIONS, 'ScriptSituation', 'A situation during a call with its own phrase (情景用语)', 'scriptSituation');
