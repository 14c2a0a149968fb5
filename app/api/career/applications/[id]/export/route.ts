import { z } from "zod";
import { authedRoute, serve } from "@/lib/http/route";
import { idParamsSchema } from "@/core/schemas/common";
import { exportQuerySchema } from "@/lib/career/career.validation";
import { exportApplication } from "@/lib/career/export";

/** `?doc=resume|letter&format=docx|md` → the file as an attachment. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: authedRoute(
    {
      summary: "Download the tailored resume or the letter",
      params: idParamsSchema,
      query: exportQuerySchema,
      reply: null,
      status: 200,
      replyContent: {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { schema: z.string().meta({ format: "binary" }) },
        "text/markdown": { schema: z.string() },
      },
    },
    async ({ user, params, query }) => {
      const file = await exportApplication({ userId: user.id, id: params.id, doc: query.doc, format: query.format });
      const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
      return new Response(body, {
        headers: {
          "content-type": file.contentType,
          "content-disposition": `attachment; filename="${file.filename}"`,
          "cache-control": "private, no-store",
          "x-content-type-options": "nosniff",
        },
      });
    },
  ),
});
