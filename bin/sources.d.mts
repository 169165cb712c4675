// Types of sources.mjs (plain JS: bin/ runs before any TypeScript loader).
export declare const SOURCE_DIRS: string[];
export declare function sourceHash(root: string): string;
export interface SourceStamp {
  /** path under root → [size, mtimeMs] */
  files: Record<string, [number, number]>;
  /** folder under root → mtimeMs */
  dirs: Record<string, number>;
}
export declare function sourceStamp(root: string): SourceStamp;
export declare function buildIsCurrent(root: string, info?: string): boolean;
export declare function siblingAssets(root: string): [path: string, name: string][];
