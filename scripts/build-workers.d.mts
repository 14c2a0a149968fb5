// Types for scripts/build-workers.mjs (imported by next.config.ts and the vitest global setup).
export declare const WORKER_BUNDLE: string;
export declare function buildWorkers(options?: { watch?: boolean }): Promise<unknown>;
