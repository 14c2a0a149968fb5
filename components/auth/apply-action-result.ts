import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type ErrorResult = { status: "error"; message: string; code?: string; fieldErrors?: Record<string, string> };

/**
 * Puts a server action's field errors on the form's fields and returns the message to show above the form
 * (null when every error landed on a field).
 */
export function applyActionErrors<T extends FieldValues>(
  result: ErrorResult,
  fields: ReadonlyArray<Path<T>>,
  setError: UseFormSetError<T>,
): string | null {
  let unplaced = false;
  for (const [path, message] of Object.entries(result.fieldErrors ?? {})) {
    if ((fields as ReadonlyArray<string>).includes(path)) setError(path as Path<T>, { type: "server", message }, { shouldFocus: true });
    else unplaced = true;
  }
  return !result.fieldErrors || unplaced ? result.message : null;
}
