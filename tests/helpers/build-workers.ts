// Vitest global setup: the worker pool loads a bundled file (.workers/cpu-worker.mjs), so build it from the
// current source before any test runs.
import { buildWorkers } from "../../scripts/build-workers.mjs";

export default async function setup(): Promise<void> {
  await buildWorkers();
}
