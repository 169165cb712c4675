// V8's settings for a process of the CLI, set before the project's code first runs.
// V8 hands a function to its optimising compiler (on a helper thread) once the function has run a
// fixed amount of bytecode. At the default amount a run on a few documents compiles dozens of the
// extractors' and pdf.js's functions that it then runs too little to repay: in a run on 6 generated
// PDFs that compilation was ~0.15 of its ~1.1 CPU-s. Four times the amount leaves those to the
// baseline compilers; hot loops still get optimised. Flags are process-wide (worker threads too).
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = '--interrupt-budget=270336';

export function applyV8Flags() {
  setFlagsFromString(V8_FLAGS);
  // V8 refuses a code cache written under other flags: pdf.js's cache is named by them
  // (pipeline/stages/parsers.ts); worker threads get this copy of the environment
  process.env.PLAN_TARGETS_V8_FLAGS = V8_FLAGS;
}
