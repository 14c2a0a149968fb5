// Child process for the SQLite cross-process test in store-contract.test.ts (run with `node --import tsx`).
// Usage: store-contract-worker.mts <db file> <user id> <interview id> <first index> <step> <count> <tag>
import { openSqliteStore } from "../../lib/db/sqlite";

const [file, userId, id, first, step, count, tag] = process.argv.slice(2);
const store = openSqliteStore({ file, busyTimeoutMs: 20_000 });
for (let n = 0; n < Number(count); n++) {
  const index = Number(first) + n * Number(step);
  const doc = await store.setInterviewAnswer({ userId, id, index, text: `${tag}:${index}` });
  if (!doc) throw new Error(`interview not found at write ${n}`);
}
await store.close();
