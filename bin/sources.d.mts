// Types of sources.mjs (plain JS: bin/ runs before any TypeScript loader).
export declare const SOURCE_DIRS: string[];
export declare function sourceHash(root: string): string;
export declare function siblingAssets(root: string): [path: string, name: string][];
