// The Lighthouse floor (bench/README.md): the smallest App Router page, with
// no CSS, fonts or client components of its own. What Lighthouse scores here
// is the cost of React and Next.js alone on this machine.
export const metadata = { title: "floor" };

export default function RootLayout({ children }) {
  return (
    <html lang="ko">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
