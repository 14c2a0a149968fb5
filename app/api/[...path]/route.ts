import { AppError } from "@/core/errors";
import { errorResponse } from "@/lib/http/respond";

// Any /api path no route serves: the API's JSON 404 (instead of the HTML not-found page), whatever the method.
const notFound = async () => errorResponse(new AppError("not_found", "No API route at this path. See /api/openapi.json."));

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
