// Runs once when the server starts: an invalid configuration stops start-up with a message naming the variable.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getConfig } = await import("@/core/config");
    getConfig();
  }
}
