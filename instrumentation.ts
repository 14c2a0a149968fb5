// Runs once when the server starts, before it handles any request (Next awaits register()).
// An invalid configuration (e.g. no SECRET_KEY in production) ends the process with one line naming the variable
// and a non-zero exit code, so an orchestrator crash-loops and alerts instead of a server that stays up answering
// 500 to everything. Then the front door answers /api requests the framework cannot represent
// (lib/http/front-door.ts), logs and metrics start (lib/ops/start.ts), and the work every first request would
// otherwise pay for (the store, the document readers, the route modules) is done here (lib/boot/boot.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { ConfigError, getConfig } = await import("@/core/config");
    try {
      getConfig();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      console.error(`InterVu cannot start. ${error.message}`);
      process.exit(1);
    }
    const { installFrontDoor } = await import("@/lib/http/front-door");
    installFrontDoor();
    const { startObservability } = await import("@/lib/ops/start");
    startObservability();
    const { bootServer } = await import("@/lib/boot/boot");
    await bootServer();
  }
}
