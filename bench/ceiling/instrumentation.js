// Deliberately empty. Without it Turbopack picks up the repository's own
// instrumentation.ts (the app's database start-up) for this one-route app.
export function register() {}
