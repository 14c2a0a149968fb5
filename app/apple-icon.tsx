import { ImageResponse } from "next/og";

// The home-screen icon (iOS and Android): the logo mark on the brand colour, rendered once at build time.
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", background: "#2546ea" }}>
        <svg viewBox="0 0 32 32" width="180" height="180">
          <path d="M9 10h3v12H9zM15 10l4 12 4-12h-3l-1 4.5L18 10z" fill="#fff" />
        </svg>
      </div>
    ),
    size,
  );
}
