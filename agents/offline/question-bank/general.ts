import type { BankQuestion } from "./types";
import { bankId, bankLevels, type KeyPoints, type LevelCodes } from "./group";

// General engineering questions (not tied to one technology) written for InterVu's offline engine.
// Row format: [topic, levels ("j" junior, "m" mid, "s" senior, "l" lead), text, key points].
// Ids are assigned by position ("gen-001", ...): append new rows at the end so existing ids stay stable.

type Row = [topic: string, levels: LevelCodes, text: string, key_points: KeyPoints];

const rows: Row[] = [
  // Debugging
  [
    "debugging",
    "jmsl",
    "Walk me through how you debug a bug that you cannot reproduce on your machine.",
    [
      "Gathers evidence first: logs, error reports, user steps, environment details",
      "Compares environments (data, configuration, versions, timing)",
      "Forms hypotheses and tests them one at a time",
      "Adds logging or telemetry when evidence is missing, then writes a regression test",
    ],
  ],
  [
    "debugging",
    "jm",
    "How would you track down why a web page suddenly got slow?",
    [
      "Measures first with browser dev tools or profiling rather than guessing",
      "Splits the problem: network, server time, rendering, scripts",
      "Checks what changed recently (deploys, data growth, third-party scripts)",
      "Verifies the fix with the same measurement",
    ],
  ],
  [
    "debugging",
    "msl",
    "How do you approach an intermittent failure, such as a flaky test or a race condition?",
    [
      "Collects frequency and conditions of failure; reruns to reproduce",
      "Looks for shared state, timing assumptions, ordering and external dependencies",
      "Uses tools such as stress loops, thread sanitizers or added tracing",
      "Fixes the root cause instead of adding retries or sleeps",
    ],
  ],
  [
    "debugging",
    "j",
    "What do you do when you get an error message you have never seen before?",
    [
      "Reads the whole message and stack trace carefully",
      "Finds the exact line and inputs involved",
      "Searches documentation and issue trackers with the key part of the message",
      "Makes a minimal reproduction before asking for help",
    ],
  ],
  [
    "debugging",
    "sl",
    "Describe how you would investigate a memory leak in a long-running service.",
    [
      "Confirms the leak with metrics over time (heap growth that survives garbage collection)",
      "Takes heap snapshots or dumps at intervals and compares retained objects",
      "Typical culprits: unbounded caches, listeners not removed, global collections, closures",
      "Fixes, then load-tests to confirm memory stays flat",
    ],
  ],
  // Code review
  [
    "code review",
    "jmsl",
    "What do you look for when reviewing someone else's code?",
    [
      "Correctness and edge cases first",
      "Readability, naming and fit with existing design",
      "Tests that cover the change and failure paths",
      "Security, performance and operational concerns where relevant",
      "Tone: specific, kind comments that separate blocking issues from suggestions",
    ],
  ],
  [
    "code review",
    "msl",
    "How do you handle a code review where you and the author strongly disagree?",
    [
      "Explains reasoning with concrete risks or examples",
      "Distinguishes personal preference from real problems",
      "Moves to a conversation or a quick call when comments go back and forth",
      "Escalates or defers to team conventions when needed; records the decision",
    ],
  ],
  [
    "code review",
    "sl",
    "How would you make code reviews faster without lowering quality on your team?",
    [
      "Smaller pull requests and clear descriptions",
      "Automation for style, lint, types and tests so humans focus on design",
      "Team agreements on review turnaround times",
      "Measures review latency and defect escape rate",
    ],
  ],
  // Testing
  [
    "testing",
    "jmsl",
    "How do you decide what to test and at which level (unit, integration, end to end)?",
    [
      "Test pyramid or trophy reasoning: many fast tests, few slow ones",
      "Tests behaviour and risky logic, not implementation details",
      "Integration tests at boundaries (database, external APIs)",
      "A few end-to-end tests for critical user journeys",
    ],
  ],
  [
    "testing",
    "jm",
    "What makes a unit test good?",
    [
      "Fast, deterministic and independent of other tests",
      "Tests one behaviour with a clear name",
      "Arrange, act, assert structure",
      "Fails for the right reason and gives a useful message",
    ],
  ],
  [
    "testing",
    "msl",
    "When is mocking helpful and when does it become harmful?",
    [
      "Useful for slow, non-deterministic or external dependencies",
      "Harmful when mocks mirror implementation and tests break on refactoring",
      "Over-mocking can hide integration bugs",
      "Prefers fakes or real lightweight dependencies where practical",
    ],
  ],
  [
    "testing",
    "sl",
    "How would you improve the test strategy of a legacy codebase with almost no tests?",
    [
      "Starts with characterisation tests around code that is about to change",
      "Prioritises by risk and change frequency",
      "Introduces seams to make code testable in small refactors",
      "Adds tests to CI and tracks progress without chasing coverage for its own sake",
    ],
  ],
  // Performance
  [
    "performance",
    "jmsl",
    "How do you approach making a slow piece of code faster?",
    [
      "Measures and profiles to find the real bottleneck",
      "Considers algorithmic complexity before micro-optimisations",
      "Looks at I/O: queries, network calls, batching and caching",
      "Benchmarks before and after and keeps the code readable",
    ],
  ],
  [
    "performance",
    "msl",
    "Explain the trade-offs of adding a cache to improve performance.",
    [
      "Latency and load reduction versus staleness",
      "Invalidation strategy (TTL, write-through, explicit purge)",
      "Memory cost, eviction policy and cold starts",
      "Failure modes: thundering herd, cache stampede, inconsistent reads",
    ],
  ],
  [
    "performance",
    "j",
    "What is Big-O notation and why does it matter in practice?",
    [
      "Describes how time or space grows with input size",
      "Common classes: O(1), O(log n), O(n), O(n log n), O(n²)",
      "Matters at scale even if constants dominate for small inputs",
      "Example: replacing a nested loop with a hash map lookup",
    ],
  ],
  [
    "performance",
    "sl",
    "How would you set up performance testing for a new service before launch?",
    [
      "Defines targets from expected load and latency objectives",
      "Realistic workload model and production-like data",
      "Load, stress and soak tests to find limits and leaks",
      "Watches resource metrics and bottlenecks; repeats in CI or before releases",
    ],
  ],
  // Security
  [
    "security",
    "jmsl",
    "What are the most common web application security vulnerabilities and how do you prevent them?",
    [
      "Injection (SQL, command) prevented by parameterised queries and input handling",
      "Cross-site scripting prevented by output encoding and a content security policy",
      "Broken authentication and access control: check permissions on every request",
      "CSRF, secrets in code, outdated dependencies",
    ],
  ],
  [
    "security",
    "jm",
    "How should passwords be stored in a database?",
    [
      "Never in plain text or with reversible encryption",
      "Slow, salted hashing algorithms such as bcrypt, scrypt or Argon2",
      "Unique salt per password; optional secret pepper",
      "Rate-limits login attempts and supports rehashing when costs change",
    ],
  ],
  [
    "security",
    "msl",
    "Explain the difference between authentication and authorisation, and how you would implement both in an API.",
    [
      "Authentication proves identity; authorisation decides what is allowed",
      "Sessions or tokens (e.g. JWT) with expiry and revocation strategy",
      "Authorisation checks on the server for every resource, including ownership",
      "Least privilege and returning 404 or 403 consistently",
    ],
  ],
  [
    "security",
    "sl",
    "How do you manage secrets such as API keys and database passwords across environments?",
    [
      "Never committed to source control; scanning to catch leaks",
      "Secret managers or encrypted stores with access control",
      "Injected at runtime through environment or mounted files",
      "Rotation, auditing and least-privilege credentials per service",
    ],
  ],
  // APIs
  [
    "api design",
    "jmsl",
    "What makes a good REST API design?",
    [
      "Resource-oriented URLs and correct HTTP methods",
      "Meaningful status codes and a consistent error format",
      "Pagination, filtering and versioning strategy",
      "Idempotency for safe retries and clear documentation",
    ],
  ],
  [
    "api design",
    "msl",
    "How would you evolve a public API without breaking existing clients?",
    [
      "Additive changes only; never change the meaning of existing fields",
      "Versioning strategy (URL, header) for breaking changes",
      "Deprecation notices, timelines and usage monitoring",
      "Contract tests to catch accidental breaks",
    ],
  ],
  [
    "api design",
    "msl",
    "What is idempotency and why does it matter for APIs?",
    [
      "Repeating a request has the same effect as doing it once",
      "GET, PUT and DELETE are idempotent by definition; POST is not",
      "Idempotency keys to make retries of writes safe",
      "Important for payments, retries after timeouts and message processing",
    ],
  ],
  [
    "api design",
    "sl",
    "How do you choose between REST, GraphQL and gRPC for a new service?",
    [
      "REST: simple, cacheable, widely understood",
      "GraphQL: flexible client-driven queries, but caching and complexity costs",
      "gRPC: efficient binary, streaming, strong contracts for internal services",
      "Decision based on clients, team skills, performance and tooling",
    ],
  ],
  // Design trade-offs
  [
    "design",
    "jmsl",
    "How do you keep code maintainable as a project grows?",
    [
      "Clear module boundaries and single responsibility",
      "Consistent naming and conventions enforced by tools",
      "Tests that enable safe refactoring",
      "Regular small refactors and documentation of decisions",
    ],
  ],
  [
    "design",
    "msl",
    "When would you choose composition over inheritance?",
    [
      "Inheritance couples child to parent implementation",
      "Composition allows swapping behaviour and easier testing",
      "Inheritance suits true 'is-a' relationships with stable base classes",
      "Example of refactoring a deep hierarchy into composed parts",
    ],
  ],
  [
    "design",
    "msl",
    "Explain the SOLID principles and give an example of one you apply often.",
    [
      "Single responsibility, open/closed, Liskov substitution, interface segregation, dependency inversion",
      "Concrete example from their own code",
      "Knows when strict application adds unnecessary abstraction",
      "Connects principles to testability and change",
    ],
  ],
  [
    "design",
    "sl",
    "How do you decide whether to split a monolith into microservices?",
    [
      "Identifies real drivers: team scaling, independent deploys, different scaling needs",
      "Costs: network failures, distributed data, operations overhead",
      "Considers a modular monolith first",
      "Incremental extraction along clear domain boundaries",
    ],
  ],
  [
    "design",
    "sl",
    "What is technical debt, and how do you decide when to pay it down?",
    [
      "Shortcuts or outdated design that make future change costlier",
      "Distinguishes deliberate debt from accidental mess",
      "Pays down debt in areas with high change frequency or incident rate",
      "Makes the cost visible and negotiates time for it",
    ],
  ],
  [
    "design",
    "jm",
    "What is the difference between a process and a thread?",
    [
      "Processes have separate memory; threads share memory within a process",
      "Threads are cheaper to create and switch but need synchronisation",
      "Crash isolation is stronger between processes",
      "Examples of when to use each",
    ],
  ],
  [
    "concurrency",
    "msl",
    "What is a race condition and how do you prevent one?",
    [
      "Outcome depends on timing of concurrent operations on shared state",
      "Prevention: locks, atomic operations, immutability, message passing",
      "Database-level protections: transactions, unique constraints, optimistic concurrency",
      "Example such as a double booking or lost update",
    ],
  ],
  [
    "concurrency",
    "sl",
    "What is a deadlock and how can you avoid it?",
    [
      "Two or more parties wait on each other's locks forever",
      "Conditions: mutual exclusion, hold and wait, no preemption, circular wait",
      "Avoidance: consistent lock ordering, timeouts, fewer locks held at once",
      "Detection and recovery in databases",
    ],
  ],
  // Operations and reliability
  [
    "observability",
    "msl",
    "What is the difference between logs, metrics and traces, and when do you use each?",
    [
      "Logs: detailed events for investigation",
      "Metrics: cheap aggregated numbers for dashboards and alerts",
      "Traces: follow one request across services to find latency",
      "Correlation ids to connect them",
    ],
  ],
  [
    "reliability",
    "sl",
    "How would you design alerting so that on-call engineers are not overwhelmed?",
    [
      "Alert on user-facing symptoms and SLO burn rates, not every cause",
      "Every alert is actionable with a runbook",
      "Severity levels and routing; non-urgent issues become tickets",
      "Regularly reviews and removes noisy alerts",
    ],
  ],
  [
    "reliability",
    "msl",
    "What happens during a good incident response?",
    [
      "Clear roles: incident commander, communications, responders",
      "Mitigate first (rollback, feature flag), diagnose later",
      "Regular status updates to stakeholders",
      "Blameless post-mortem with tracked action items",
    ],
  ],
  // Process and tooling
  [
    "version control",
    "j",
    "Why do teams use version control and branches?",
    [
      "History of changes and ability to revert",
      "Parallel work isolated on branches",
      "Code review through pull requests",
      "Traceability between changes, issues and releases",
    ],
  ],
  [
    "estimation",
    "msl",
    "How do you estimate a piece of work, and what do you do when estimates are wrong?",
    [
      "Breaks work into smaller pieces and identifies unknowns",
      "Uses ranges or confidence levels rather than single numbers",
      "Compares with past similar work",
      "Re-estimates and communicates early as facts change",
    ],
  ],
  [
    "deployment",
    "msl",
    "What strategies reduce the risk of deploying to production?",
    [
      "Automated tests and checks in the pipeline",
      "Small, frequent releases",
      "Feature flags, canary or blue-green deployments",
      "Fast rollback and monitoring right after release",
    ],
  ],
  [
    "data",
    "jm",
    "How do you choose between a relational database and a document database?",
    [
      "Relational: structured data, joins, strong consistency and transactions",
      "Document: flexible schema, nested data read together, horizontal scaling",
      "Access patterns drive the choice",
      "Team familiarity and operational tooling",
    ],
  ],
  [
    "accessibility",
    "jm",
    "Why does accessibility matter, and what are some basic practices?",
    [
      "Users with disabilities, legal requirements, better usability for everyone",
      "Semantic HTML and labelled form controls",
      "Keyboard navigation and visible focus",
      "Sufficient colour contrast and alternative text for images",
    ],
  ],
  [
    "ai tools",
    "jmsl",
    "How do you use AI coding assistants responsibly in your work?",
    [
      "Treats generated code as a draft to review and test",
      "Checks for security issues, licensing and hallucinated APIs",
      "Does not paste secrets or confidential data into external tools",
      "Understands the code well enough to own and maintain it",
    ],
  ],
  [
    "networking",
    "jm",
    "What happens when you type a URL into a browser and press Enter?",
    [
      "DNS resolution to an IP address",
      "TCP connection and TLS handshake",
      "HTTP request and server response",
      "Browser parses HTML, loads resources and renders the page",
    ],
  ],
  [
    "architecture",
    "l",
    "How do you ensure consistent architecture and quality across several teams without slowing them down?",
    [
      "Lightweight standards: architecture decision records, paved-road templates",
      "Shared tooling and platform capabilities rather than mandates",
      "Review forums for high-impact decisions only",
      "Metrics and feedback loops to check whether standards help",
    ],
  ],
  [
    "engineering metrics",
    "l",
    "Which engineering metrics would you track for a team, and how would you avoid misusing them?",
    [
      "Delivery metrics such as lead time, deployment frequency, change failure rate and time to restore",
      "Quality and reliability measures alongside speed",
      "Uses metrics for team learning, not individual ranking",
      "Combines them with qualitative signals from people",
    ],
  ],
];

export const generalQuestions: BankQuestion[] = rows.map(([topic, levels, text, key_points], i) => ({
  id: bankId("gen", i),
  text,
  category: "general",
  topic,
  tech: [],
  levels: bankLevels(levels),
  key_points,
}));
