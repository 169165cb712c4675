// A document's lifecycle, run where its stages run (a worker thread, or eval's thread): an xstate
// machine whose states are the stages in order, then `done`; a failure in any stage parks the
// document in `failed` with its message and stage.
//
// The machine is walked with xstate's pure `transition` (a snapshot in, the next out): the stages
// run outside it and their outcome is the event. Invoking each stage as an actor cost ~2 ms of CPU
// a plan (seven actors, their subscriptions and snapshots); a walk costs well under 0.1 ms.
import { initialTransition, setup, transition } from 'xstate';
import { describeError } from './errors.ts';

export const STAGES = ['ingest', 'structure', 'extract', 'normalize', 'review', 'store', 'write'] as const;
export type Stage = (typeof STAGES)[number];

export interface Outcome<C> {
  context: C;
  /** null when the document went through every stage */
  failed: { stage: Stage; message: string } | null;
}

/** A stage reads the document's context and returns the fields it adds. */
export type StageFn<C> = (context: C) => Promise<Partial<C>> | Partial<C>;

type LifecycleEvent = { type: 'done' } | { type: 'fail' };

/** The lifecycle: each stage, on `done`, goes to the next (the last to `done`), on `fail` to `failed`. */
export function lifecycleMachine(order: readonly Stage[]) {
  const states: Record<string, unknown> = {};
  order.forEach((stage, i) => {
    states[stage] = { on: { done: order[i + 1] ?? 'done', fail: 'failed' } };
  });
  states.done = { type: 'final' };
  states.failed = { type: 'final' };
  return setup({ types: {} as { events: LifecycleEvent } }).createMachine({ id: 'document', initial: order[0]!, states: states as never });
}

/**
 * Runs documents through the stages in `order`: each adds its fields to the context; the first
 * that throws (or rejects) ends the document in `failed`, with the context as it was before it.
 */
export function documentRunner<C extends { file: string }, S extends Stage>(
  stages: Record<S, StageFn<C>>,
  order: readonly S[],
): (input: C) => Promise<Outcome<C>> {
  const machine = lifecycleMachine(order);
  const [start] = initialTransition(machine);
  // the machine has no context, guards or actions: a stage's `done` always leads to the same
  // snapshot, so each step is computed once per runner (a transition builds an actor scope: ~50 µs)
  const next = new Map<S, typeof start>();
  const after = (state: typeof start, stage: S) => {
    let n = next.get(stage);
    if (!n) next.set(stage, (n = transition(machine, state, { type: 'done' })[0]));
    return n;
  };
  return async (input) => {
    let doc = input;
    let state = start;
    while (state.status === 'active') {
      const stage = state.value as S;
      let added: Partial<C>;
      try {
        added = await stages[stage](doc);
      } catch (error) {
        return { context: doc, failed: { stage, message: describeError(error, doc.file) } };
      }
      doc = { ...doc, ...added };
      state = after(state, stage);
    }
    return { context: doc, failed: null };
  };
}
