import "server-only";
import { AppError } from "@/core/errors";
import { readJsonBody } from "@/lib/http/route";

const MAX_FORM_BYTES = 16 * 1024;

/** POST /api/auth/login takes JSON or application/x-www-form-urlencoded (OAuth2 password-flow clients). */
export async function readLoginBody(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) return readJsonBody(req, MAX_FORM_BYTES);
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_FORM_BYTES) throw new AppError("payload_too_large", "The request body is too large.");
  const form = new URLSearchParams(text);
  return {
    username: form.get("username") ?? undefined,
    email: form.get("email") ?? undefined,
    password: form.get("password") ?? undefined,
  };
}
