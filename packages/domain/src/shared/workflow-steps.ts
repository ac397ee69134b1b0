/**
 * A workflow's steps as the API names them: one step per mutation (`ASSESS` is `assessComplaint`),
 * each taking one or more of the machine's actions (assessing valid or invalid are one mutation). The
 * API's `availableActions` answers steps; the console turns them back into the actions it draws as
 * buttons. A step with no action does not move the machine (urging, referring a complaint).
 */
export type StepTable<S extends string, A extends string> = Readonly<Record<S, readonly A[]>>;

export function stepNames<S extends string, A extends string>(table: StepTable<S, A>): S[] {
  return Object.keys(table) as S[];
}

/** The steps that take at least one of these actions, in the table's order. */
export function stepsOf<S extends string, A extends string>(table: StepTable<S, A>, actions: readonly A[]): S[] {
  return stepNames(table).filter((step) => table[step].some((action) => actions.includes(action)));
}

/** The actions these steps take (unknown names are ignored: a client may be older or newer than the API). */
export function actionsOf<S extends string, A extends string>(table: StepTable<S, A>, steps: readonly string[]): A[] {
  return stepNames(table).flatMap((step) => (steps.includes(step) ? table[step] : []));
}
