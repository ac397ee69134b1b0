import { type StepTable, stepsOf } from './workflow-steps';

/**
 * A workflow as a transition table: state → action → next state. Anything not in the table is
 * illegal; the API answers it with INVALID_TRANSITION (`from`, `action`, `allowed`). A machine the
 * API offers as steps (`availableActions`) names them in the error too: the step tried and the steps
 * allowed, so a client compares them with what it was offered.
 */
export type TransitionTable<S extends string, A extends string> = Record<S, Partial<Record<A, S>>>;

export class InvalidTransitionError extends Error {
  constructor(
    readonly machine: string,
    readonly from: string,
    readonly action: string,
    readonly allowed: string[],
  ) {
    super(`${machine}: cannot ${action} from ${from} (allowed: ${allowed.join(', ') || 'none'})`);
    this.name = 'InvalidTransitionError';
  }
}

export interface Machine<S extends string, A extends string> {
  readonly table: TransitionTable<S, A>;
  canTransition(from: S, action: string): action is A;
  /** The actions the table allows from a state, in the table's order. */
  allowedActions(from: S): A[];
  /** The next state, or an InvalidTransitionError. */
  assertTransition(from: S, action: string): S;
}

export function defineMachine<S extends string, A extends string>(name: string, table: TransitionTable<S, A>, steps?: StepTable<string, A>): Machine<S, A> {
  const allowedActions = (from: S) => Object.keys(table[from] ?? {}) as A[];
  const canTransition = (from: S, action: string): action is A => allowedActions(from).includes(action as A);
  const stepOf = (action: string) => (steps ? (stepsOf(steps, [action as A])[0] ?? action) : action);
  return {
    table,
    canTransition,
    allowedActions,
    assertTransition: (from, action) => {
      if (!canTransition(from, action)) throw new InvalidTransitionError(name, from, stepOf(action), steps ? stepsOf(steps, allowedActions(from)) : allowedActions(from));
      return table[from][action] as S;
    },
  };
}
