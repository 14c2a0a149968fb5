import "server-only";
import { getStore } from "./store";
import type { Store } from "./types";

// Repository for the `interviews` collection. Every call is scoped to its owner; a foreign id matches nothing.

export const createInterview: Store["createInterview"] = (args) => getStore().createInterview(args);
export const getInterviewById: Store["getInterviewById"] = (args) => getStore().getInterviewById(args);
/** Whole documents, newest first; `limit` at most 100; pass back `next_cursor` for the next page. */
export const listInterviews: Store["listInterviews"] = (args) => getStore().listInterviews(args);
/** What lists show (a few plain fields per interview), newest first; same paging as listInterviews. */
export const listInterviewSummaries: Store["listInterviewSummaries"] = (args) => getStore().listInterviewSummaries(args);
/** Atomic set of the given top-level fields. */
export const updateInterview: Store["updateInterview"] = (args) => getStore().updateInterview(args);
/** Atomic set of answers[index] (padded with "" as needed); concurrent saves of different answers both survive. */
export const setInterviewAnswer: Store["setInterviewAnswer"] = (args) => getStore().setInterviewAnswer(args);
export const deleteInterview: Store["deleteInterview"] = (args) => getStore().deleteInterview(args);
/** The owner's running totals (counts, criteria sums, top strengths/weaknesses), kept up to date by every write. */
export const getInterviewAggregates: Store["getInterviewAggregates"] = (args) => getStore().getInterviewAggregates(args);
