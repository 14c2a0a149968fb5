// Password lengths, for the forms' hints and the schemas in auth.validation.ts. A module of its own (no zod) so a
// page that only shows the hint does not ship the validation library to the browser.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
