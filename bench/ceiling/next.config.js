// The one-route app the benchmark serves beside Rehearse as the framework's
// ceiling (bench/README.md). Same Next.js and node_modules as the app.

/** @type {import('next').NextConfig} */
module.exports = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
};
