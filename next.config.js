/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let a benchmark or a second checkout build beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and WASM-backed packages must stay plain Node requires.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Kept in step with lib/http/security-headers.ts (PERMISSIONS_POLICY): only the microphone, only here.
          { key: "Permissions-Policy", value: "microphone=(self), camera=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
