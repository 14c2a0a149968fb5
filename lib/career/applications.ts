import "server-only";
import {
  createApplication,
  deleteApplication,
  getApplicationById,
  listApplicationSummaries,
  listApplications,
  updateApplication,
} from "@/lib/db/applications";
import type { ApplicationSummary } from "@/lib/db/application-summary";
import { listInterviewSummaries } from "@/lib/db/interviews";
import { AppError } from "@/core/errors";
import type { ListApplicationsQuery, SaveApplicationInput, UpdateApplicationInput } from "@/lib/career/career.validation";
import type { ApplicationDoc } from "@/core/schemas/career";
import type { Page } from "@/core/schemas/common";
import type { InterviewSummary } from "@/lib/interview/summary";

// Saved applications, always scoped to their owner: a foreign or unknown id is a 404.

const APPLICATION_NOT_FOUND = "That application was not found.";

export async function saveApplication({ userId, input }: { userId: string; input: SaveApplicationInput }): Promise<ApplicationDoc> {
  return createApplication({
    userId,
    data: {
      job_data: input.job_data,
      tailored_resume: input.tailored_resume ?? null,
      cover_letter: input.cover_letter ?? null,
      ...(input.cover_letter_warnings?.length ? { cover_letter_warnings: input.cover_letter_warnings } : {}),
      messages: input.messages ?? null,
      status: input.status ?? "draft",
    },
  });
}

export async function listUserApplications({
  userId,
  query,
}: {
  userId: string;
  query: ListApplicationsQuery;
}): Promise<Page<ApplicationDoc>> {
  return listApplications({ userId, limit: query.limit, cursor: query.cursor, status: query.status, company: query.company || undefined });
}

/** The applications page's list: summaries only (the whole documents carry the posting, resume, letter and messages). */
export async function listApplicationOverview({
  userId,
  query,
}: {
  userId: string;
  query: ListApplicationsQuery;
}): Promise<Page<ApplicationSummary>> {
  return listApplicationSummaries({
    userId,
    limit: query.limit,
    cursor: query.cursor,
    status: query.status,
    company: query.company || undefined,
  });
}

export async function getApplication({ userId, id }: { userId: string; id: string }): Promise<ApplicationDoc> {
  const app = await getApplicationById({ userId, id });
  if (!app) throw new AppError("not_found", APPLICATION_NOT_FOUND);
  return app;
}

export async function changeApplication({
  userId,
  id,
  set,
}: {
  userId: string;
  id: string;
  set: UpdateApplicationInput;
}): Promise<ApplicationDoc> {
  const clean = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  const app = await updateApplication({ userId, id, set: clean });
  if (!app) throw new AppError("not_found", APPLICATION_NOT_FOUND);
  return app;
}

export async function removeApplication({ userId, id }: { userId: string; id: string }): Promise<void> {
  if (!(await deleteApplication({ userId, id }))) throw new AppError("not_found", APPLICATION_NOT_FOUND);
}

/** The user's interviews practised for this application, newest first (scans at most a few pages). */
export async function listApplicationInterviews({
  userId,
  applicationId,
}: {
  userId: string;
  applicationId: string;
}): Promise<InterviewSummary[]> {
  const found: InterviewSummary[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 5; page++) {
    const res = await listInterviewSummaries({ userId, limit: 100, cursor });
    found.push(...res.items.filter((i) => i.application_id === applicationId));
    if (!res.next_cursor) break;
    cursor = res.next_cursor;
  }
  return found;
}
