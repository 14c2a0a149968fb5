import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import "./globals.css";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { THEME_SCRIPT } from "@/components/layout/theme-toggle";
import { getOptionalUser } from "@/lib/auth/current-user";
import { NONCE_HEADER } from "@/lib/http/security-headers";

export const metadata: Metadata = {
  title: { default: "InterVu — interview practice and job applications", template: "%s · InterVu" },
  description:
    "Practise interviews by voice or text with answer-by-answer feedback, and tailor your resume, cover letter and outreach to every job.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1220" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, requestHeaders] = await Promise.all([getOptionalUser(), headers()]);
  // proxy.ts's per-request CSP nonce: the only inline script allowed to run.
  const nonce = requestHeaders.get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-brand-600 focus:px-3 focus:py-2 focus:text-white"
        >
          Skip to content
        </a>
        <SiteHeader signedIn={user !== null} />
        <main id="main" className="mx-auto w-full max-w-content flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
