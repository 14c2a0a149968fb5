// The store interface both adapters implement (SQLite: ./sqlite.ts, MongoDB: ./mongo.ts).
// Every read, update and delete of a user's document takes the owner's id; a foreign or unknown id matches nothing.
// Repository files (users.ts, profiles.ts, interviews.ts, applications.ts, counters.ts) call these through getStore().
import type { Page } from "@/core/schemas/common";
import type { ApplicationDoc, ApplicationStatus } from "@/core/schemas/career";
import type { InterviewDoc, InterviewStatus } from "@/core/schemas/interview";
import type { ProfileDoc } from "@/core/schemas/profile";
import type { UserDoc } from "@/core/schemas/user";
import type { ApplicationSummary } from "./application-summary";
import type { InterviewSummary, TallyKind, TallyRow } from "./interview-derived";

type StoreManaged = "id" | "user_id" | "created_at" | "updated_at";

/** Interview fields with an obvious empty value: createInterview fills them in when left out (shared.ts interviewBody). */
type InterviewDefaulted =
  | "answers"
  | "question_notes"
  | "status"
  | "evaluations"
  | "overall_score"
  | "strengths"
  | "weaknesses"
  | "feedback"
  | "coaching_tips"
  | "engine"
  | "model"
  | "evaluated_at";

/** What createInterview takes: the interview's own fields. Fields with an obvious empty value may be left out. */
export type NewInterview = Omit<InterviewDoc, StoreManaged | InterviewDefaulted> & Partial<Pick<InterviewDoc, InterviewDefaulted>>;

/** Top-level fields updateInterview may set (store-managed fields are refused). */
export type InterviewSet = Partial<Omit<InterviewDoc, StoreManaged>>;

export type NewApplication = Pick<ApplicationDoc, "job_data"> &
  Partial<Pick<ApplicationDoc, "tailored_resume" | "cover_letter" | "cover_letter_warnings" | "messages" | "status" | "interview_ids">>;
export type ApplicationSet = Partial<Omit<ApplicationDoc, StoreManaged>>;

export type ProfileSet = Partial<Omit<ProfileDoc, StoreManaged>>;

export type UserExport = {
  user: Omit<UserDoc, "password_hash">;
  profile: ProfileDoc | null;
  interviews: InterviewDoc[];
  applications: ApplicationDoc[];
};

export type Counter = { count: number; reset_at: string };

/** An owner's running interview totals (see interview-derived.ts): counters by name, the top tallies of each kind. */
export type InterviewAggregates = { counters: Record<string, number>; tallies: Record<TallyKind, TallyRow[]> };

/** What the repair command did: owners looked at, interviews read, owners whose totals were wrong. */
export type RepairReport = { users: number; interviews: number; repaired: number };

export interface Store {
  readonly kind: "sqlite" | "mongodb";

  // users
  createUser(args: { email: string; username: string; password_hash: string; name?: string }): Promise<UserDoc>;
  getUserById(args: { id: string }): Promise<UserDoc | null>;
  getUserByLogin(args: { login: string }): Promise<UserDoc | null>;
  updateUserPassword(args: { id: string; password_hash: string }): Promise<UserDoc | null>;
  bumpUserSessionVersion(args: { id: string }): Promise<number | null>;
  deleteUserAndData(args: { id: string }): Promise<boolean>;
  exportUserData(args: { userId: string }): Promise<UserExport | null>;

  // user_profiles
  getProfileByUser(args: { userId: string }): Promise<ProfileDoc | null>;
  /** The profile's id and last change, without reading the document (keys caches of what is derived from it). */
  getProfileVersion(args: { userId: string }): Promise<{ id: string; updated_at: string } | null>;
  upsertProfile(args: { userId: string; set: ProfileSet }): Promise<ProfileDoc>;

  // interviews
  createInterview(args: { userId: string; data: NewInterview }): Promise<InterviewDoc>;
  getInterviewById(args: { userId: string; id: string }): Promise<InterviewDoc | null>;
  listInterviews(args: {
    userId: string;
    limit: number;
    cursor?: string | null;
    status?: InterviewStatus | null;
  }): Promise<Page<InterviewDoc>>;
  /** What lists show (never whole documents), newest first; `status` uses an index on both stores. */
  listInterviewSummaries(args: {
    userId: string;
    limit: number;
    cursor?: string | null;
    status?: InterviewStatus | null;
  }): Promise<Page<InterviewSummary>>;
  updateInterview(args: { userId: string; id: string; set: InterviewSet }): Promise<InterviewDoc | null>;
  /**
   * Sets one answer atomically and counts its revision up. With `baseRevision`, only when the answer is still at
   * that revision: otherwise AppError "conflict" (409) and nothing changes.
   */
  setInterviewAnswer(args: {
    userId: string;
    id: string;
    index: number;
    text: string;
    baseRevision?: number;
  }): Promise<InterviewDoc | null>;
  deleteInterview(args: { userId: string; id: string }): Promise<boolean>;
  /**
   * The owner's running totals, kept up to date by every interview write (create, update, answer, delete) in the
   * same write; reading them never scans the history. `limit` caps the tallies returned per kind.
   */
  getInterviewAggregates(args: { userId: string; limit: number }): Promise<InterviewAggregates>;
  /** Recomputes summaries and totals from the stored documents (one owner, or all): the repair command. Slow. */
  repairInterviewAggregates(args: { userId?: string | null }): Promise<RepairReport>;

  // applications
  createApplication(args: { userId: string; data: NewApplication }): Promise<ApplicationDoc>;
  getApplicationById(args: { userId: string; id: string }): Promise<ApplicationDoc | null>;
  listApplications(args: {
    userId: string;
    limit: number;
    cursor?: string | null;
    status?: ApplicationStatus | null;
    company?: string | null;
  }): Promise<Page<ApplicationDoc>>;
  /** What the applications list shows (never whole documents); same filters and paging as listApplications. */
  listApplicationSummaries(args: {
    userId: string;
    limit: number;
    cursor?: string | null;
    status?: ApplicationStatus | null;
    company?: string | null;
  }): Promise<Page<ApplicationSummary>>;
  updateApplication(args: { userId: string; id: string; set: ApplicationSet }): Promise<ApplicationDoc | null>;
  deleteApplication(args: { userId: string; id: string }): Promise<boolean>;

  // counters (collection/table rate_limits)
  hitCounter(args: { key: string; windowSeconds: number }): Promise<Counter>;
  getCounter(args: { key: string }): Promise<Counter | null>;
  resetCounter(args: { key: string }): Promise<void>;

  /** Cheap round trip to the database, for the health check; throws when it is unreachable. */
  ping(): Promise<void>;

  close(): Promise<void>;
}

/** The argument object of a Store method, for the adapters' signatures: `createInterview(args: StoreArgs<"createInterview">)`. */
export type StoreArgs<K extends keyof Store> = Store[K] extends (args: infer A) => unknown ? A : never;
