// Rival technologies, as groups of families: a question about a member of one family is off-topic for a stack that
// names a member of another family of the same group and nothing of its own family. A family holds a technology and
// what is built on it (Next.js is React: fine for a React stack, rival for an Angular one). Names are written as the
// bank's tech tags (the skills dictionary's canonical names, lowercased); rivals.test.ts checks that they are.

/** A group of rival families; each family is a technology and what is built on it. */
export type RivalGroup = readonly (readonly string[])[];

export const RIVAL_GROUPS: readonly RivalGroup[] = [
  [["react", "next.js", "react native", "gatsby", "remix"], ["angular", "angularjs"], ["vue.js", "nuxt.js"], ["svelte"], ["ember.js"]],
  [["django"], ["flask"], ["fastapi"]],
  [["spring"], ["quarkus"], ["micronaut"]],
  [["express.js", "nestjs"], ["koa"], ["fastify"]],
  [["ruby on rails"], ["sinatra"]],
  [["laravel"], ["symfony"]],
  [["postgresql"], ["mysql", "mariadb"], ["microsoft sql server"], ["oracle database"], ["sqlite"]],
  [["mongodb"], ["cassandra"], ["dynamodb"], ["couchbase"]],
  [["flutter", "dart"], ["react native"], ["xamarin"]],
  [["aws"], ["microsoft azure"], ["google cloud platform"]],
  [["apache kafka"], ["rabbitmq"]],
];
