import "server-only";
import { getStore } from "./store";
import type { Store } from "./types";

// Repository for the `interviews` collection. Every call is scoped to its owner; a foreign id matches nothing.

export const createInterview: Store["createInterview"] = (args) => getStore().createInterview(args);
export const getInterviewById: Store["getInterviewById"] = (args) => getStore().getInterviewById(args);
/** Newest first; `limit` at most 100; pass back `next_cursor` for the next page. */
export const listInterviews: Store["listInterviews"] = (args) => getStore().listInterviews(args);
/** Atomic set of the given top-level fields. */
export const updateInterview: Store["updateInterview"] = (args) => getStore().updateInterview(args);
/** Atomic set of answers[index] (padded with "" as needed); concurrent saves of different answers both survive. */
export const setInterviewAnswer: Store["setInterviewAnswer"] = (args) => getStore().setInterviewAnswer(args);
export const deleteInterview: Store["deleteInterview"] = (args) => getStore().deleteInterview(args);
