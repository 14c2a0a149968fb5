import type { BankQuestion } from "./types";
import { group } from "./group";

// Back-end technology questions written for InterVu's offline engine.
// Each group: prefix, topic, tech tags, rows of [levels ("j" junior, "m" mid, "s" senior, "l" lead), text, key points].
// Ids are "<prefix>-NNN" by position inside the group: append new rows at the end so existing ids stay stable.

const node = group(
  "node",
  "node.js",
  ["node.js", "javascript"],
  [
    [
      "jm",
      "Why is Node.js well suited to I/O-heavy servers, and where is it weak?",
      [
        "Non-blocking I/O with an event loop handles many concurrent connections",
        "One JavaScript thread: CPU-heavy work blocks all requests",
        "Worker threads or separate services for CPU-bound tasks",
        "Large package ecosystem and shared language with the front end",
      ],
    ],
    [
      "jm",
      "What is the difference between CommonJS and ES modules in Node.js?",
      [
        "require/module.exports versus import/export",
        "ES modules are loaded asynchronously and support top-level await",
        "type: module in package.json and file extensions",
        "Interop rules and dual packages",
      ],
    ],
    [
      "ms",
      "How do you handle errors in an Express or similar Node.js server?",
      [
        "Centralised error-handling middleware",
        "Catching rejected promises in async handlers",
        "Distinguishing expected errors (validation, not found) from bugs",
        "Logging with context and not leaking stack traces to clients",
      ],
    ],
    [
      "ms",
      "What are streams in Node.js and when would you use them?",
      [
        "Process data in chunks instead of loading it all into memory",
        "Readable, writable, duplex and transform streams",
        "Backpressure and pipeline() for safe composition",
        "Uses: file uploads, large exports, proxies",
      ],
    ],
    [
      "msl",
      "How would you scale a Node.js application across CPU cores and machines?",
      [
        "Run several processes: cluster module, process manager or containers",
        "Keep instances stateless; sessions and caches in shared stores",
        "Load balancer in front",
        "Graceful shutdown and health checks",
      ],
    ],
    [
      "sl",
      "How would you diagnose high latency caused by event loop blocking in Node.js?",
      [
        "Measure event loop delay and utilisation",
        "CPU profiling with --cpu-prof or clinic-style tools",
        "Common culprits: synchronous fs or crypto, large JSON parsing, regex backtracking",
        "Fix by chunking work, worker threads or moving work out of the request path",
      ],
    ],
  ],
);

const python = group(
  "python",
  "python",
  ["python"],
  [
    [
      "jm",
      "What is the difference between a list, a tuple, a set and a dictionary in Python?",
      [
        "Lists are ordered and mutable; tuples ordered and immutable",
        "Sets hold unique hashable items with fast membership tests",
        "Dictionaries map keys to values and keep insertion order",
        "Choosing based on access pattern and mutability",
      ],
    ],
    [
      "jm",
      "What are Python decorators and how would you write one?",
      [
        "A function that takes a function and returns a wrapped one",
        "The @ syntax is shorthand for reassignment",
        "functools.wraps preserves metadata",
        "Uses: logging, caching, retries, access checks",
      ],
    ],
    [
      "jm",
      "Explain generators in Python and why they are useful.",
      [
        "Functions using yield produce values lazily",
        "Memory efficient for large or infinite sequences",
        "Generator expressions versus list comprehensions",
        "Can be consumed only once",
      ],
    ],
    [
      "ms",
      "What is the Global Interpreter Lock and how does it affect concurrency in Python?",
      [
        "Only one thread executes Python bytecode at a time in CPython",
        "Threads still help for I/O-bound work",
        "multiprocessing or native extensions for CPU-bound work",
        "asyncio for many concurrent I/O tasks; free-threaded builds are emerging",
      ],
    ],
    [
      "ms",
      "How does asyncio work, and when would you use it instead of threads?",
      [
        "Single-threaded event loop running coroutines",
        "await yields control at I/O points",
        "Great for many network connections; blocking calls stall the loop",
        "gather, tasks, timeouts and cancellation",
      ],
    ],
    [
      "ms",
      "How do you manage dependencies and environments in Python projects?",
      [
        "Virtual environments to isolate packages",
        "pyproject.toml and lock files for reproducibility",
        "Tools such as pip, uv or poetry",
        "Pinning versions and scanning for vulnerabilities",
      ],
    ],
    [
      "sl",
      "How would you make a slow Python service faster?",
      [
        "Profile with cProfile or sampling profilers first",
        "Better algorithms and data structures; vectorise with NumPy where suitable",
        "Caching and reducing I/O round trips",
        "Concurrency model or moving hot paths to compiled code",
      ],
    ],
  ],
);

const java = group(
  "java",
  "java",
  ["java"],
  [
    [
      "jm",
      "What is the difference between an abstract class and an interface in Java?",
      [
        "A class can implement many interfaces but extend one class",
        "Interfaces can have default and static methods",
        "Abstract classes can hold state and constructors",
        "Choose interfaces for capabilities, abstract classes for shared base behaviour",
      ],
    ],
    [
      "jm",
      "How do equals and hashCode work together in Java?",
      [
        "Equal objects must have the same hash code",
        "Hash-based collections rely on both",
        "Breaking the contract loses entries in HashMap or HashSet",
        "Records generate both automatically",
      ],
    ],
    [
      "jm",
      "Explain checked and unchecked exceptions in Java.",
      [
        "Checked exceptions must be declared or caught",
        "Unchecked exceptions extend RuntimeException",
        "When each is appropriate",
        "try-with-resources for cleanup",
      ],
    ],
    [
      "ms",
      "How does garbage collection work in the JVM?",
      [
        "Generational hypothesis: most objects die young",
        "Young and old generations, minor and major collections",
        "Collectors such as G1 and ZGC and their pause trade-offs",
        "Tuning heap size and reading GC logs",
      ],
    ],
    [
      "ms",
      "How do you write thread-safe code in Java?",
      [
        "synchronized, locks and volatile",
        "Concurrent collections and atomic classes",
        "Executors instead of raw threads; virtual threads in modern Java",
        "Immutability to avoid shared mutable state",
      ],
    ],
    [
      "sl",
      "What are virtual threads in Java and how do they change server design?",
      [
        "Lightweight threads scheduled by the JVM on carrier threads",
        "Allow simple blocking code with very high concurrency",
        "Pinning issues with synchronized blocks and native calls",
        "Less need for reactive frameworks for I/O-bound services",
      ],
    ],
  ],
);

const go = group(
  "go",
  "go",
  ["go"],
  [
    [
      "jm",
      "What are goroutines and channels in Go?",
      [
        "Goroutines are lightweight concurrent functions managed by the runtime",
        "Channels pass values between goroutines and synchronise them",
        "Buffered versus unbuffered channels",
        "select for waiting on several channels",
      ],
    ],
    [
      "jm",
      "How does error handling work in Go?",
      [
        "Errors are returned values, checked explicitly",
        "Wrapping with %w and inspecting with errors.Is and errors.As",
        "panic and recover only for truly exceptional cases",
        "Adding context without losing the original error",
      ],
    ],
    [
      "jm",
      "How do interfaces work in Go?",
      [
        "Implemented implicitly by having the methods",
        "Small interfaces such as io.Reader",
        "Accept interfaces, return concrete types",
        "Nil interface versus interface holding a nil pointer",
      ],
    ],
    [
      "ms",
      "What is context.Context used for in Go?",
      [
        "Carries deadlines, cancellation and request-scoped values",
        "Passed as the first argument through call chains",
        "Stops goroutines and I/O when a request is cancelled",
        "Should not be used for optional parameters",
      ],
    ],
    [
      "ms",
      "How would you avoid goroutine leaks and data races in Go?",
      [
        "Every goroutine has a clear exit path via context or closed channels",
        "sync.WaitGroup and errgroup for lifecycles",
        "Mutexes or channels for shared state",
        "Run tests with the race detector",
      ],
    ],
    [
      "sl",
      "How does Go's memory management and garbage collector affect service performance?",
      [
        "Concurrent mark-and-sweep collector with short pauses",
        "Escape analysis decides stack versus heap allocation",
        "Reducing allocations with pooling and preallocation",
        "Tuning GOGC and memory limits; profiling with pprof",
      ],
    ],
  ],
);

const csharp = group(
  "csharp",
  "c#",
  ["c#", ".net"],
  [
    [
      "jm",
      "What is the difference between value types and reference types in C#?",
      [
        "Value types (struct) are copied; reference types (class) share an object",
        "Stack versus heap as a typical but not strict rule",
        "Boxing when value types are treated as objects",
        "Nullable value types and nullable reference annotations",
      ],
    ],
    [
      "jm",
      "What is LINQ and how does deferred execution work?",
      [
        "Query operators over collections and other sources",
        "Queries run when enumerated, not when defined",
        "Multiple enumeration pitfalls; ToList to materialise",
        "IQueryable translates to SQL with Entity Framework",
      ],
    ],
    [
      "ms",
      "How do async and await work in C#, and what are common mistakes?",
      [
        "Tasks represent asynchronous operations; await frees the thread",
        "Avoid async void except for event handlers",
        "Blocking with .Result or .Wait causes deadlocks or starvation",
        "ConfigureAwait and cancellation tokens",
      ],
    ],
    [
      "ms",
      "How does dependency injection work in ASP.NET Core?",
      [
        "Built-in container configured at startup",
        "Lifetimes: transient, scoped and singleton",
        "Captive dependency problem when a singleton holds a scoped service",
        "Constructor injection and options pattern for configuration",
      ],
    ],
    [
      "ms",
      "What is Entity Framework Core and what performance pitfalls does it have?",
      [
        "ORM mapping classes to tables with LINQ queries",
        "N+1 queries from lazy loading; use Include or projections",
        "Change tracking overhead; AsNoTracking for reads",
        "Migrations and inspecting generated SQL",
      ],
    ],
    [
      "sl",
      "How would you design the middleware pipeline and error handling of an ASP.NET Core API?",
      [
        "Ordered middleware: exception handling, routing, authentication, authorisation",
        "ProblemDetails responses for consistent errors",
        "Logging with correlation ids",
        "Health checks and graceful shutdown",
      ],
    ],
  ],
);

const ruby = group(
  "ruby",
  "ruby",
  ["ruby"],
  [
    [
      "jm",
      "What are blocks, procs and lambdas in Ruby?",
      [
        "Blocks are anonymous code passed to methods with yield",
        "Procs and lambdas are block objects",
        "Lambdas check argument count and return to the caller",
        "Common use in iterators such as each and map",
      ],
    ],
    [
      "jm",
      "What is the difference between a symbol and a string in Ruby?",
      [
        "Symbols are immutable and reused identifiers",
        "Strings are mutable unless frozen",
        "Symbols as hash keys and method names",
        "Frozen string literals to reduce allocations",
      ],
    ],
    [
      "jm",
      "How does Ruby on Rails follow the MVC pattern?",
      [
        "Models with ActiveRecord for data and validations",
        "Controllers handle requests; views render responses",
        "Convention over configuration",
        "Routes map URLs to controller actions",
      ],
    ],
    [
      "ms",
      "What is the N+1 query problem in Rails and how do you fix it?",
      [
        "Loading associations one query per record",
        "includes, preload and eager_load",
        "Detect with logs or tools such as Bullet",
        "Counter caches and select for specific columns",
      ],
    ],
    [
      "ms",
      "How do modules and mixins work in Ruby?",
      [
        "Modules group methods and constants",
        "include adds instance methods; extend adds class methods",
        "Method lookup order and prepend",
        "Concerns in Rails",
      ],
    ],
    [
      "sl",
      "How would you scale a Rails application under heavy traffic?",
      [
        "Background jobs for slow work",
        "Caching: fragment, low-level and HTTP caching",
        "Database indexing, read replicas and connection pooling",
        "Profiling and tuning web server processes and threads",
      ],
    ],
  ],
);

const php = group(
  "php",
  "php",
  ["php"],
  [
    [
      "jm",
      "How does a typical PHP request lifecycle work?",
      [
        "Web server passes request to PHP-FPM",
        "Script runs and shared-nothing state is discarded after the response",
        "OPcache keeps compiled bytecode",
        "Implications for connection reuse and caching",
      ],
    ],
    [
      "jm",
      "How do you prevent SQL injection in PHP?",
      [
        "Prepared statements with PDO or mysqli",
        "Never concatenating user input into SQL",
        "Validating and casting input types",
        "ORM or query builder usage",
      ],
    ],
    [
      "jm",
      "What is Composer and how is autoloading handled in modern PHP?",
      [
        "Dependency manager with composer.json and composer.lock",
        "PSR-4 autoloading maps namespaces to folders",
        "Semantic version constraints",
        "Committing the lock file for reproducible builds",
      ],
    ],
    [
      "ms",
      "What features of modern PHP (8.x) improve code quality?",
      [
        "Typed properties, union types and return types",
        "Enums, readonly properties and match expressions",
        "Named arguments and constructor property promotion",
        "Static analysis tools such as PHPStan or Psalm",
      ],
    ],
    [
      "ms",
      "How does Laravel's service container and Eloquent ORM work?",
      [
        "Container resolves dependencies and bindings",
        "Service providers register services",
        "Eloquent models map to tables; relationships and eager loading",
        "Queues and events for background work",
      ],
    ],
    [
      "sl",
      "How would you improve the performance of a PHP application?",
      [
        "Enable and tune OPcache",
        "Profile with tools such as Xdebug or Blackfire",
        "Cache queries and rendered output",
        "Move slow tasks to queues; tune PHP-FPM pools",
      ],
    ],
  ],
);

const rust = group(
  "rust",
  "rust",
  ["rust"],
  [
    [
      "jm",
      "Explain ownership and borrowing in Rust.",
      [
        "Each value has one owner; dropped when the owner goes out of scope",
        "Moves transfer ownership",
        "Many shared references or one mutable reference at a time",
        "Borrow checker prevents data races and use-after-free at compile time",
      ],
    ],
    [
      "jm",
      "How does Rust handle errors?",
      [
        "Result and Option types instead of exceptions",
        "The ? operator for propagation",
        "panic for unrecoverable bugs",
        "Custom error types and crates such as thiserror or anyhow",
      ],
    ],
    [
      "ms",
      "What are lifetimes in Rust and why are they needed?",
      [
        "Describe how long references are valid",
        "Compiler uses them to prevent dangling references",
        "Elision rules cover most cases",
        "Explicit annotations for structs holding references",
      ],
    ],
    [
      "ms",
      "What are traits in Rust and how do they compare with interfaces?",
      [
        "Define shared behaviour that types implement",
        "Generics with trait bounds use static dispatch",
        "dyn Trait uses dynamic dispatch via vtables",
        "Default methods and the orphan rule",
      ],
    ],
    [
      "ms",
      "How does async work in Rust?",
      [
        "Futures are lazy and do nothing until polled",
        "A runtime such as Tokio drives them",
        "Send and Sync requirements across tasks",
        "Avoid blocking calls inside async code",
      ],
    ],
    [
      "sl",
      "When would you choose Rust for a project, and what costs come with it?",
      [
        "Performance and memory safety without a garbage collector",
        "Good fit for systems, performance-critical services, WebAssembly",
        "Steeper learning curve and slower compile times",
        "Ecosystem maturity and hiring considerations",
      ],
    ],
  ],
);

const spring = group(
  "spring",
  "spring",
  ["spring", "java"],
  [
    [
      "jm",
      "What does Spring Boot add on top of the Spring Framework?",
      [
        "Auto-configuration based on the classpath",
        "Starter dependencies",
        "Embedded server and runnable jar",
        "Externalised configuration and actuator endpoints",
      ],
    ],
    [
      "jm",
      "What is dependency injection in Spring and how are beans created?",
      [
        "The container creates and wires beans",
        "Component scanning and @Bean methods",
        "Constructor injection preferred",
        "Bean scopes such as singleton and prototype",
      ],
    ],
    [
      "ms",
      "How does @Transactional work in Spring and what are its pitfalls?",
      [
        "Implemented with proxies around beans",
        "Self-invocation bypasses the proxy",
        "Propagation and isolation settings",
        "Rollback rules for checked exceptions",
      ],
    ],
    [
      "ms",
      "How would you secure a REST API with Spring Security?",
      [
        "Security filter chain configuration",
        "Token-based authentication such as JWT or OAuth2 resource server",
        "Method-level authorisation with annotations",
        "CORS, CSRF and password encoding",
      ],
    ],
    [
      "ms",
      "How do you avoid performance problems with Spring Data JPA?",
      [
        "N+1 queries and fetch joins or entity graphs",
        "Projections for read-only views",
        "Pagination instead of loading whole tables",
        "Monitoring generated SQL",
      ],
    ],
    [
      "sl",
      "How would you make a Spring Boot microservice production-ready?",
      [
        "Actuator health, metrics and readiness probes",
        "Externalised configuration and secrets",
        "Resilience patterns: timeouts, retries, circuit breakers",
        "Structured logging and distributed tracing",
      ],
    ],
  ],
);

const django = group(
  "django",
  "django",
  ["django", "python"],
  [
    [
      "jm",
      "How is a Django project structured?",
      [
        "Project settings, URL configuration and apps",
        "Models, views, templates and forms",
        "The admin site",
        "Migrations generated from model changes",
      ],
    ],
    [
      "jm",
      "How does the Django ORM work and how do you avoid N+1 queries?",
      [
        "QuerySets are lazy and chainable",
        "select_related for foreign keys, prefetch_related for many relations",
        "only, defer and values for fewer columns",
        "Inspecting queries with the debug toolbar",
      ],
    ],
    [
      "jm",
      "What security protections does Django provide out of the box?",
      [
        "CSRF protection middleware",
        "Template auto-escaping against XSS",
        "ORM parameterisation against SQL injection",
        "Password hashing and security settings such as secure cookies",
      ],
    ],
    [
      "ms",
      "How does Django middleware work?",
      [
        "Hooks that process requests and responses in order",
        "Used for authentication, sessions and security headers",
        "Ordering matters",
        "Writing custom middleware for cross-cutting concerns",
      ],
    ],
    [
      "ms",
      "How would you build an API with Django REST Framework?",
      [
        "Serializers for validation and representation",
        "ViewSets and routers",
        "Authentication and permission classes",
        "Pagination, filtering and throttling",
      ],
    ],
    [
      "sl",
      "How would you handle database migrations safely in a large Django deployment?",
      [
        "Backward-compatible migrations deployed before code that needs them",
        "Avoid long locks: add nullable columns, backfill in batches",
        "Separate data migrations from schema migrations",
        "Test migrations against production-like data",
      ],
    ],
  ],
);

const flask = group(
  "flask",
  "flask",
  ["flask", "python"],
  [
    [
      "jm",
      "How do you define routes and handle requests in Flask?",
      [
        "Route decorators map URLs and methods to functions",
        "request object for query, form and JSON data",
        "Returning responses and status codes",
        "Blueprints to organise routes",
      ],
    ],
    [
      "jm",
      "What is the application context and request context in Flask?",
      [
        "Contexts make current_app, request and g available",
        "Pushed automatically during a request",
        "Needed explicitly in scripts and tests",
        "g for per-request storage",
      ],
    ],
    [
      "jm",
      "What is the application factory pattern in Flask and why use it?",
      [
        "A function that creates and configures the app",
        "Allows different configurations for tests and production",
        "Avoids circular imports",
        "Registers extensions and blueprints inside",
      ],
    ],
    [
      "ms",
      "How would you connect Flask to a database and manage sessions safely?",
      ["SQLAlchemy with a session per request", "Teardown handlers to close sessions", "Connection pooling", "Migrations with Alembic"],
    ],
    [
      "ms",
      "How would you test a Flask application?",
      [
        "Test client for requests",
        "Fixtures creating the app with a test configuration",
        "Isolated test database or transactions rolled back",
        "Mocking external services",
      ],
    ],
    [
      "ms",
      "How would you deploy a Flask application to production?",
      [
        "Run under a WSGI server such as Gunicorn, not the development server",
        "Reverse proxy for TLS and static files",
        "Configuration from the environment",
        "Logging, health checks and worker tuning",
      ],
    ],
  ],
);

const graphql = group(
  "graphql",
  "graphql",
  ["graphql"],
  [
    [
      "jm",
      "What is GraphQL and how does it differ from REST?",
      [
        "Single endpoint with a typed schema",
        "Clients request exactly the fields they need",
        "Queries, mutations and subscriptions",
        "Trade-offs: HTTP caching and complexity",
      ],
    ],
    [
      "jm",
      "What are resolvers in GraphQL?",
      [
        "Functions that fetch data for each field",
        "Receive parent, arguments, context and info",
        "Default resolvers for simple properties",
        "Context carries auth and data loaders",
      ],
    ],
    [
      "ms",
      "What is the N+1 problem in GraphQL and how does DataLoader solve it?",
      [
        "Nested fields trigger one query per parent item",
        "DataLoader batches keys within a tick",
        "Per-request caching",
        "Loaders created per request to avoid leaking data between users",
      ],
    ],
    [
      "ms",
      "How do you handle authentication and authorisation in a GraphQL API?",
      [
        "Authenticate once per request and put the user in context",
        "Authorise at field or resolver level, or in the business layer",
        "Avoid exposing data through nested relations",
        "Disable or protect introspection where needed",
      ],
    ],
    [
      "ms",
      "How do you protect a GraphQL server from expensive queries?",
      ["Query depth and complexity limits", "Pagination limits on lists", "Persisted queries", "Timeouts and rate limiting"],
    ],
    [
      "sl",
      "How would you evolve a GraphQL schema used by many clients?",
      [
        "Additive changes; deprecate fields with @deprecated",
        "Track field usage before removal",
        "Schema checks in CI against registered operations",
        "Federation or modular schemas for multiple teams",
      ],
    ],
  ],
);

const rest = group(
  "rest",
  "rest apis",
  ["rest apis", "rest"],
  [
    [
      "jm",
      "Which HTTP methods would you use for creating, reading, updating and deleting a resource?",
      [
        "POST to create, GET to read, PUT or PATCH to update, DELETE to delete",
        "PUT replaces, PATCH partially updates",
        "Safe and idempotent methods",
        "Suitable status codes such as 201, 200, 204",
      ],
    ],
    [
      "jm",
      "Which HTTP status codes should a REST API return for common error cases?",
      [
        "400 malformed request, 422 validation errors",
        "401 unauthenticated, 403 forbidden, 404 not found",
        "409 conflict, 429 too many requests",
        "5xx for server errors with a consistent error body",
      ],
    ],
    [
      "jm",
      "How would you design pagination for a REST endpoint?",
      [
        "Offset/limit is simple but slow and unstable for large or changing data",
        "Cursor-based pagination for stable, efficient paging",
        "Returning next cursor or links",
        "Maximum page size limits",
      ],
    ],
    [
      "ms",
      "How does HTTP caching work for REST APIs?",
      [
        "Cache-Control directives such as max-age, no-store, private",
        "ETag and Last-Modified with conditional requests and 304",
        "Varying by headers",
        "Caching only safe, non-personal responses publicly",
      ],
    ],
    [
      "ms",
      "How would you version a REST API?",
      [
        "URL path versions, headers or media types",
        "Prefer additive, backward-compatible changes",
        "Deprecation headers and sunset dates",
        "Supporting multiple versions costs effort",
      ],
    ],
    [
      "sl",
      "How do you make a REST API safe for clients to retry?",
      [
        "Idempotent methods and idempotency keys for POST",
        "Store results of processed keys for a time window",
        "Retry-After headers on 429 and 503",
        "Clear guidance on which errors are retryable",
      ],
    ],
  ],
);

export const backendQuestions: BankQuestion[] = [
  ...node,
  ...python,
  ...java,
  ...go,
  ...csharp,
  ...ruby,
  ...php,
  ...rust,
  ...spring,
  ...django,
  ...flask,
  ...graphql,
  ...rest,
];
