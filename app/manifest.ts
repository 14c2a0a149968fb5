import type { MetadataRoute } from "next";

// Lets a phone add InterVu to its home screen with a proper name and icon.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "InterVu — interview practice and job applications",
    short_name: "InterVu",
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#2546ea",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon", sizes: "180x180", type: "image/png" },
    ],
  };
}
