// Runs once when the server starts: an invalid configuration stops start-up with a message naming the variable,
// and the front door answers /api requests the framework cannot represent (see lib/http/front-door.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getConfig } = await import("@/core/config");
    getConfig();
    const { installFrontDoor } = await import("@/lib/http/front-door");
    installFrontDoor();
    const { startObservability } = await import("@/lib/ops/start");
    startObservability();
  }
}
