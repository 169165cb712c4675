// The document lifecycle: an xstate machine walked by pure transitions, stages run outside it.
import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { STAGES, documentRunner, lifecycleMachine } from '../pipeline/machine.ts';

describe('lifecycleMachine', () => {
  const machine = lifecycleMachine(STAGES);
  it('visits the stages in order, then is done', () => {
    let [s] = initialTransition(machine);
    const seen: unknown[] = [];
    while (s.status === 'active') {
      seen.push(s.value);
      [s] = transition(machine, s, { type: 'done' });
    }
    expect(seen).toEqual([...STAGES]);
    expect(s.value).toBe('done');
  });
  it('a failure in any stage ends in failed', () => {
    for (const stage of STAGES) {
      let [s] = initialTransition(machine);
      while (s.value !== stage) [s] = transition(machine, s, { type: 'done' });
      [s] = transition(machine, s, { type: 'fail' });
      expect([s.value, s.status]).toEqual(['failed', 'done']);
    }
  });
});

describe('documentRunner', () => {
  type Ctx = { file: string; a?: number; b?: number };
  it('adds each stage’s fields, in order', async () => {
    const run = documentRunner<Ctx, 'ingest' | 'structure'>({ ingest: () => ({ a: 1 }), structure: async (c) => ({ b: (c.a ?? 0) + 1 }) }, ['ingest', 'structure']);
    expect(await run({ file: 'x.txt' })).toEqual({ context: { file: 'x.txt', a: 1, b: 2 }, failed: null });
  });
  it('stops at the first stage that throws, naming it, with the context before it', async () => {
    const run = documentRunner<Ctx, 'ingest' | 'structure' | 'extract'>(
      {
        ingest: () => ({ a: 1 }),
        structure: () => {
          throw new Error('broken outline');
        },
        extract: () => ({ b: 9 }),
      },
      ['ingest', 'structure', 'extract'],
    );
    const out = await run({ file: 'x.txt' });
    expect(out.context).toEqual({ file: 'x.txt', a: 1 });
    expect(out.failed?.stage).toBe('structure');
    expect(out.failed?.message).toContain('broken outline');
  });
});
