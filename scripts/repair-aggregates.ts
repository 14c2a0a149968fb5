// Rebuilds what the store derives from interviews — list summaries, each interview's share and every owner's running
// totals (interview counts, criteria sums, strengths and weaknesses) — from the stored documents, on the configured
// store (SQLite at DATA_DIR, or MongoDB at MONGO_URI). Totals are kept up to date by every write and an interrupted
// MongoDB write is repaired automatically; this is for totals damaged outside the app (a restored backup, a manual
// edit). It reads every interview, so it takes a while on a big database; the app may keep running meanwhile.
//
//   npm run repair:aggregates [-- --user <user id>]
import { flag } from "./bench/stats";

async function main(): Promise<void> {
  const { getStore } = await import("../lib/db/store");
  const userId = flag("user", "") || null;
  const store = getStore();
  const started = performance.now();
  const report = await store.repairInterviewAggregates({ userId });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${store.kind}: ${report.users} owner(s), ${report.interviews} interview(s) read in ${seconds} s; ` +
      `${report.repaired} owner(s) had wrong totals and were rebuilt.`,
  );
  await store.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
