// The document's introduction (Markdown): what a client needs before the first call.
export const API_DESCRIPTION = `InterVu's HTTP API: interview practice, the CV-based profile and the job application workspace.

**Authentication.** \`POST /api/auth/login\` returns an \`access_token\`; send it as \`Authorization: Bearer <token>\`.
The browser uses its session cookie on the same routes instead.

**Errors.** Every error is JSON \`{detail, code, errors?}\`: \`detail\` is for people, \`code\` is stable, and a 422
lists each invalid field in \`errors\`. Unknown \`/api\` paths answer 404 and unsupported methods 405 (with \`Allow\`),
in the same shape. A 429 carries \`Retry-After\`.

**Lists.** \`GET /api/interview/history\` and \`GET /api/career/applications\` answer a plain JSON array, newest
first; when there are more, the \`Link\` header names the next page (\`<…?cursor=…>; rel="next"\`, GitHub's convention).

**The original InterVu API.** Its clients keep working: requests in its shapes are accepted (\`{name, email,
password}\` sign-up, \`{email, password}\` sign-in, title-case levels and types, a comma-separated \`techstack\`, the
bare job analysis for \`tailor-resume\`, the flat \`save-application\` body, …), and replies carry its field names
beside today's, marked **deprecated** here. \`POST /api/vapi/generate\` answers as \`POST /api/interview/generate\` and,
unlike the original, requires a signed-in caller.

**Other origins.** Origins listed in \`CORS_ORIGINS\` may call the API with a bearer token; cookies are never
accepted cross-origin (no \`Access-Control-Allow-Credentials\`).`;
