// Worker entry: plain JS, so it can load the TypeScript worker through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
