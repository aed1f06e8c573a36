import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // `server-only` throws outside a React Server Component bundle; the data
      // layer is still plain Node code under test.
      "server-only": path.resolve(__dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // *.pg.test.ts need the PostgreSQL cluster `npm test` starts (scripts/test.mjs
    // reports the PostgreSQL run as skipped, with the reason, when it cannot).
    exclude: process.env.REHEARSE_TEST_POSTGRES_URL ? ["**/node_modules/**"] : ["**/node_modules/**", "**/*.pg.test.ts"],
    setupFiles: ["test/setup-test-db.ts"],
    pool: "forks",
    testTimeout: 30_000,
    // beforeAll hooks sign users up (argon2) and, in the PostgreSQL run, create a database: slow on a busy machine.
    hookTimeout: 60_000,
  },
});
