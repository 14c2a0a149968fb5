import { accountExportSchema } from "@/core/schemas/account";
import { authedRoute, serve } from "@/lib/http/route";
import { exportAccountData } from "@/lib/auth/accounts";

export const dynamic = "force-dynamic";

// "Download my data": everything stored about the caller as one JSON file (never the password hash).
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = serve({
  GET: authedRoute(
    { summary: "Download everything stored about you", description: "A JSON file (as an attachment).", reply: accountExportSchema },
    async ({ user }) => {
      const data = await exportAccountData({ userId: user.id });
      const day = data.exported_at.slice(0, 10);
      return new Response(JSON.stringify(data, null, 2), {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": `attachment; filename="intervu-${user.username}-${day}.json"`,
          "Cache-Control": "no-store",
        },
      });
    },
  ),
});
