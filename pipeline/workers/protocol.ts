// Messages between the main thread and an analysis worker.
import type { Analysis, AnalysisStage } from './analysis.ts';

export interface AnalysisTask {
  id: number;
  path: string;
  file: string;
  /** the file's bytes; its buffer is transferred, not copied */
  data: Uint8Array;
  maxBytes?: number;
}

export type WorkerMessage =
  /** the worker entered a stage: names the stage if the worker dies in it */
  | { id: number; type: 'stage'; stage: AnalysisStage }
  | { id: number; type: 'done'; analysis: Analysis };
