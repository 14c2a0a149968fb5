"use server";

import { authedAction } from "@/lib/auth/action";
import { updateProfile } from "@/lib/profile/profile";
import { profileUpdateSchema } from "@/lib/profile/profile.validation";
import { toProfileView } from "@/lib/profile/view";

/** Saves the profile form (the same rules as PUT /api/profile/update). Replies with the saved profile's view. */
export const saveProfileAction = authedAction(profileUpdateSchema, async (fields, user) =>
  toProfileView(await updateProfile({ userId: user.id, fields })),
);
