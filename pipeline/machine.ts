// One xstate machine per document, run where its stages run (a worker thread, or eval's thread):
// each stage is an invoked actor; a failure in any stage parks the document in `failed` with its
// message and stage.
import { assign, createActor, fromPromise, setup, toPromise } from 'xstate';
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

export function documentMachine<C extends { file: string }, S extends Stage>(stages: Record<S, StageFn<C>>, order: readonly S[]) {
  type Ctx = { doc: C; failed: Outcome<C>['failed'] };
  const actors = Object.fromEntries(
    order.map((s) => [s, fromPromise<Partial<C>, C>(async ({ input }) => stages[s](input))]),
  );
  const states: Record<string, unknown> = {};
  order.forEach((stage, i) => {
    states[stage] = {
      invoke: {
        src: stage,
        input: ({ context }: { context: Ctx }) => context.doc,
        onDone: {
          target: order[i + 1] ?? 'done',
          actions: assign(({ context, event }) => ({
            doc: { ...context.doc, ...(event as unknown as { output: Partial<C> }).output },
          })),
        },
        onError: {
          target: 'failed',
          actions: assign(({ context, event }) => ({
            failed: { stage, message: describeError((event as unknown as { error: unknown }).error, context.doc.file) },
          })),
        },
      },
    };
  });
  states.done = { type: 'final' };
  states.failed = { type: 'final' };
  return setup({
    types: {} as { context: Ctx; input: C },
    actors: actors as never,
  }).createMachine({
    id: 'document',
    initial: order[0],
    context: ({ input }) => ({ doc: input, failed: null }),
    states: states as never,
    output: ({ context }) => context,
  });
}

/** Runs documents through one machine, built once: a run starts thousands of actors from it. */
export function documentRunner<C extends { file: string }, S extends Stage>(
  stages: Record<S, StageFn<C>>,
  order: readonly S[],
): (input: C) => Promise<Outcome<C>> {
  const machine = documentMachine(stages, order);
  return async (input) => {
    const actor = createActor(machine, { input });
    actor.start();
    const out = (await toPromise(actor)) as { doc: C; failed: Outcome<C>['failed'] };
    return { context: out.doc, failed: out.failed };
  };
}
