import type { Config } from "tailwindcss";

// Design tokens. Loaded from app/globals.css with `@config`.
const config: Config = {
  darkMode: "class",
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef4ff",
          100: "#dbe6fe",
          200: "#bfd3fe",
          300: "#93b4fd",
          400: "#608bfa",
          500: "#3b65f5",
          600: "#2546ea",
          700: "#1d35d7",
          800: "#1e2eae",
          900: "#1e2d89",
          950: "#171e54",
        },
        // The 600 shades are text colours on white and on their own 10–20 % tints: dark enough for WCAG AA (≥ 4.5:1).
        accent: { 400: "#34d399", 500: "#10b981", 600: "#047857" },
        warn: { 400: "#fbbf24", 500: "#f59e0b", 600: "#92400e" },
        danger: { 400: "#f87171", 500: "#ef4444", 600: "#b91c1c" },
        surface: {
          DEFAULT: "#ffffff",
          muted: "#f6f7fb",
          dark: "#0f1220",
          "dark-muted": "#171a2c",
        },
        ink: { DEFAULT: "#14172b", muted: "#5b6078", faint: "#8a8fa8", dark: "#e8eaf6", "dark-muted": "#a3a8c3" },
      },
      fontFamily: {
        sans: ["Inter", "ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
        mono: ["JetBrains Mono", "ui-monospace", "SFMono-Regular", "Menlo", "monospace"],
      },
      borderRadius: { sm: "0.375rem", DEFAULT: "0.5rem", md: "0.625rem", lg: "0.875rem", xl: "1.25rem" },
      spacing: { 4.5: "1.125rem", 18: "4.5rem", 88: "22rem", 128: "32rem" },
      boxShadow: {
        card: "0 1px 2px rgb(20 23 43 / 0.06), 0 4px 16px rgb(20 23 43 / 0.06)",
        pop: "0 8px 30px rgb(20 23 43 / 0.14)",
      },
      maxWidth: { content: "72rem" },
    },
  },
};

export default config;
