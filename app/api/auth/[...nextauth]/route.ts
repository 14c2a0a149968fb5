import { handlers } from "@/auth";

// next-auth's own endpoints (session, csrf, callback/credentials, signout) for the browser.
export const { GET, POST } = handlers;
