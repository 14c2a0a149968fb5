import "server-only";
import { getStore } from "./store";
import type { Store } from "./types";

// Repository for the `applications` collection. Every call is scoped to its owner; a foreign id matches nothing.

export const createApplication: Store["createApplication"] = (args) => getStore().createApplication(args);
export const getApplicationById: Store["getApplicationById"] = (args) => getStore().getApplicationById(args);
/** Newest first; filters: `status` exact, `company` case-insensitive substring of job_data.company. */
export const listApplications: Store["listApplications"] = (args) => getStore().listApplications(args);
/** What the list shows (title, company, place, status, match score, dates); same filters and paging. */
export const listApplicationSummaries: Store["listApplicationSummaries"] = (args) => getStore().listApplicationSummaries(args);
export const updateApplication: Store["updateApplication"] = (args) => getStore().updateApplication(args);
export const deleteApplication: Store["deleteApplication"] = (args) => getStore().deleteApplication(args);
