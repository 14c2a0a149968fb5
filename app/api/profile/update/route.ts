import { authedRoute } from "@/lib/http/route";
import { updateProfile } from "@/lib/profile/profile";
import { profileUpdateSchema } from "@/lib/profile/profile.validation";

export const dynamic = "force-dynamic";

/**
 * PUT /api/profile/update — any subset of the editable fields (unknown keys → 422). Changed fields are recorded in
 * `edited_fields`. With no profile yet, the edit creates one (engine "manual").
 */
export const PUT = authedRoute({ body: profileUpdateSchema }, async ({ user, body }) => updateProfile({ userId: user.id, fields: body }));
