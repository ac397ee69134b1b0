/** 标准服务用语 (DOMAIN §6): one script per call type guides the agent through the call. */
export const CALL_TYPES = ['COMPLAINT_FOLLOW_UP', 'SERVICE_FOLLOW_UP', 'PERIODIC_CARE', 'FIRST_CONTACT', 'VERIFICATION'] as const;
export type CallType = (typeof CALL_TYPES)[number];

/** The parts of a call, in the order they are read: 问候、核实身份、提问、结束语. */
export const SCRIPT_STEP_KINDS = ['GREETING', 'IDENTITY_CHECK', 'QUESTION', 'CLOSE'] as const;
export type ScriptStepKind = (typeof SCRIPT_STEP_KINDS)[number];

/** A step read on every call (ALL), or only once the customer said they are satisfied / unsatisfied. */
export const SCRIPT_BRANCHES = ['ALL', 'SATISFIED', 'UNSATISFIED'] as const;
export type ScriptBranch = (typeof SCRIPT_BRANCHES)[number];
export type AnswerBranch = Exclude<ScriptBranch, 'ALL'>;

/** What may happen during any call, each with its own phrase (情景用语). */
export const SCRIPT_SITUATIONS = [
  'NO_TIME',
  'SILENT_LINE',
  'ANGRY',
  'ASKS_MANAGER',
  'OTHER_DEPARTMENT',
  'CANNOT_SATISFY',
  'ASKED_TO_WAIT',
  'ANSWER_UNKNOWN',
] as const;
export type ScriptSituation = (typeof SCRIPT_SITUATIONS)[number];

export interface ScriptStep {
  kind: ScriptStepKind;
  branch: ScriptBranch;
  text: string;
}

export interface ScriptPhrase {
  situation: ScriptSituation;
  text: string;
}

export interface CallScriptDraft {
  callType?: CallType;
  name?: string | null;
  steps?: ScriptStep[] | null;
  phrases?: ScriptPhrase[] | null;
}
