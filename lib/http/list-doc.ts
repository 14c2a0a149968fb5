// How list routes document their paging header (lib/http/respond.ts listReply writes it).
export const NEXT_PAGE_HEADER = {
  Link: { description: 'Present when there are more items: `</api/...?cursor=...>; rel="next"` (GitHub\'s convention).' },
};
