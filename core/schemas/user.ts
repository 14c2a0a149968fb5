export type UserDoc = {
  id: string;
  email: string;
  username: string;
  password_hash: string;
  /** Bumped by "sign out everywhere", a password change or deletion; older sessions and tokens stop working. */
  session_version: number;
  created_at: string;
  updated_at: string;
};

/** What may leave the server about a user. */
export type PublicUser = Pick<UserDoc, "id" | "email" | "username" | "created_at">;

export function toPublicUser(user: UserDoc): PublicUser {
  return { id: user.id, email: user.email, username: user.username, created_at: user.created_at };
}
