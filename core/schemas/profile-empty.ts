import type { ProfileFields } from "./profile";

// A profile with nothing in it, for the editor's first render. Its own module (types only from ./profile) so the
// profile page does not ship zod to the browser for a constant.
export const emptyProfileFields: ProfileFields = {
  name: "",
  email: "",
  phone: "",
  location: "",
  links: [],
  headline: "",
  summary: "",
  education: [],
  experience: [],
  projects: [],
  skills: { technical: [], soft: [], languages: [] },
};
