import type { BankLevel, BankQuestion } from "./types";

// System design questions written for InterVu's offline engine.
// Row format: [topic, levels ("j" junior, "m" mid, "s" senior, "l" lead), tech, text, key points].
// Ids are assigned by position ("sd-001", ...): append new rows at the end so existing ids stay stable.

type Row = [topic: string, levels: string, tech: string[], text: string, key_points: string[]];
const LEVEL: Record<string, BankLevel> = { j: "junior", m: "mid", s: "senior", l: "lead" };

const rows: Row[] = [
  ["url shortener", "jms", [], "Design a URL shortening service.", [
    "Requirements: create, redirect, expiry, custom aliases, expected read/write ratio",
    "Key generation: counter with base62 encoding or random keys with collision checks",
    "Storage choice and a cache for hot redirects",
    "301 versus 302 redirects and analytics collection",
    "Scaling reads and preventing abuse",
  ]],
  ["rate limiter", "msl", [], "Design a rate limiter for a public API.", [
    "Algorithms: fixed window, sliding window, token bucket and their trade-offs",
    "Where it runs: gateway, middleware or a shared service",
    "Shared state in a fast store with atomic increments; behaviour across instances",
    "Response headers, 429 status and Retry-After",
    "Fail-open versus fail-closed when the store is down",
  ]],
  ["chat", "msl", [], "Design a real-time chat application supporting one-to-one and group messages.", [
    "Persistent connections (WebSockets) and connection servers",
    "Message storage, ordering per conversation and delivery acknowledgements",
    "Fan-out for groups and offline users via push notifications",
    "Presence and typing indicators with lighter consistency",
    "Scaling connection servers and routing messages between them",
  ]],
  ["news feed", "sl", [], "Design the news feed for a social network.", [
    "Fan-out on write versus fan-out on read, and a hybrid for celebrities",
    "Feed storage and caching of precomputed timelines",
    "Ranking signals and pagination with cursors",
    "Handling deletes, privacy changes and new follows",
    "Capacity estimates for reads and writes",
  ]],
  ["notifications", "msl", [], "Design a notification system that sends email, SMS and push notifications.", [
    "Producers publish events to a queue; workers per channel",
    "User preferences, quiet hours and unsubscribe handling",
    "Retries with backoff, dead-letter queues and idempotency to avoid duplicates",
    "Templates and localisation",
    "Rate limiting per user and provider failover",
  ]],
  ["file storage", "sl", [], "Design a file storage and sharing service similar to a cloud drive.", [
    "Object storage for file content with metadata in a database",
    "Chunked, resumable uploads and deduplication by content hash",
    "Sync across devices and conflict handling",
    "Sharing permissions and signed URLs",
    "Durability through replication and versioning",
  ]],
  ["search", "sl", ["elasticsearch"], "Design a search feature for an e-commerce catalogue.", [
    "Inverted index built from the primary database via change events",
    "Relevance: text matching, boosting, synonyms and typo tolerance",
    "Facets and filters, pagination and sorting",
    "Index updates with near-real-time freshness and reindexing strategy",
    "Autocomplete and query latency targets",
  ]],
  ["payments", "sl", [], "Design a payment processing system for an online shop.", [
    "Idempotency keys so retries never double-charge",
    "State machine for payment lifecycle and an append-only ledger",
    "Integration with payment providers, webhooks and reconciliation",
    "Strong consistency and auditing; PCI scope reduction with tokenisation",
    "Handling timeouts and unknown outcomes",
  ]],
  ["job queue", "msl", [], "Design a background job processing system.", [
    "Queue with visibility timeouts and at-least-once delivery",
    "Idempotent job handlers and retries with backoff",
    "Scheduling, priorities and delayed jobs",
    "Dead-letter handling and monitoring of queue depth",
    "Scaling workers horizontally",
  ]],
  ["video streaming", "sl", [], "Design a video streaming platform.", [
    "Upload pipeline with transcoding into multiple bitrates",
    "Adaptive bitrate streaming (HLS or DASH) delivered via CDN",
    "Metadata service, recommendations and view counting",
    "Storage costs and tiering for old content",
    "Handling popular content spikes",
  ]],
  ["ride sharing", "sl", [], "Design the backend of a ride-sharing application.", [
    "Real-time driver location updates and geospatial indexing",
    "Matching riders to nearby drivers with low latency",
    "Trip state machine and pricing including surge",
    "Handling unreliable mobile connections",
    "Partitioning by region for scale",
  ]],
  ["collaborative editing", "sl", [], "Design a collaborative document editor where several people edit at once.", [
    "Conflict resolution with operational transforms or CRDTs",
    "Real-time sync over WebSockets and presence cursors",
    "Persistence of operations and periodic snapshots",
    "Offline edits and reconciliation",
    "Permissions and version history",
  ]],
  ["metrics", "sl", [], "Design a system that collects and displays application metrics from thousands of servers.", [
    "Agents push or a collector pulls; batching and compression",
    "Time-series storage with downsampling and retention policies",
    "Query layer and dashboards with aggregation",
    "Alert evaluation pipeline",
    "Handling high cardinality labels",
  ]],
  ["ticket booking", "msl", [], "Design an event ticket booking system that must never sell the same seat twice.", [
    "Seat reservation with temporary holds and expiry",
    "Strong consistency: transactions, row locks or conditional writes",
    "Queueing users during traffic spikes",
    "Payment integration and releasing seats on failure",
    "Read replicas or caches for browsing availability",
  ]],
  ["job board", "jms", [], "Design a job board where companies post openings and candidates apply.", [
    "Core entities: companies, postings, candidates, applications",
    "Search and filters for postings",
    "File uploads for CVs with virus scanning and access control",
    "Notifications to employers and candidates",
    "Protecting personal data and handling deletion requests",
  ]],
  ["api gateway", "sl", [], "Design an API gateway for a set of internal microservices.", [
    "Routing, authentication and rate limiting at the edge",
    "Request aggregation and protocol translation",
    "Timeouts, retries and circuit breakers",
    "Observability: request ids, logs, metrics",
    "Avoiding a single point of failure and business logic creeping into the gateway",
  ]],
  ["caching", "msl", ["redis"], "Design a caching layer for a read-heavy product catalogue.", [
    "Cache-aside versus read-through and write-through patterns",
    "Keys, TTLs and invalidation on updates",
    "Preventing stampedes with locks or request coalescing",
    "CDN caching for public pages",
    "Measuring hit rates and handling cache outages",
  ]],
  ["web crawler", "sl", [], "Design a web crawler that indexes millions of pages.", [
    "URL frontier with prioritisation and per-host politeness",
    "Respecting robots.txt and rate limits",
    "Deduplication of URLs and content",
    "Distributed workers and failure handling",
    "Storage of raw pages and extracted data",
  ]],
  ["leaderboard", "jms", ["redis"], "Design a real-time leaderboard for an online game.", [
    "Sorted sets or a similar ordered structure for scores",
    "Top-N queries and a player's own rank",
    "Handling score updates at high write rates",
    "Time-windowed leaderboards (daily, weekly)",
    "Persistence and recovery",
  ]],
  ["multi-tenant saas", "sl", [], "Design the data architecture of a multi-tenant SaaS application.", [
    "Isolation models: shared tables with tenant id, schema per tenant, database per tenant",
    "Enforcing tenant isolation in every query",
    "Noisy neighbour mitigation and per-tenant limits",
    "Migrations and backups across tenants",
    "Compliance and data residency requirements",
  ]],
  ["event-driven", "sl", ["kafka"], "Design an order processing pipeline using events between services.", [
    "Events versus commands and clear event schemas",
    "Outbox pattern to publish reliably with database changes",
    "Sagas for multi-step workflows with compensation",
    "Idempotent consumers and ordering by key",
    "Schema evolution and replay",
  ]],
  ["interview platform", "ms", [], "Design a mock interview practice platform that generates questions and scores answers with an AI model.", [
    "Flows: set up session, answer questions, evaluation and report",
    "AI calls behind a gateway with timeouts, retries and structured output validation",
    "Fallback or clear error when the model fails; never fake scores",
    "Storage of sessions, answers and evaluations per user",
    "Cost control, rate limits and privacy of user answers",
  ]],
  ["scaling", "sl", [], "Your service's traffic will grow tenfold in six months. How do you prepare the system and the team?", [
    "Measures current bottlenecks and capacity limits with load tests",
    "Horizontal scaling, caching, database read replicas or partitioning",
    "Reliability practices: SLOs, runbooks, on-call readiness",
    "Prioritised roadmap and staffing plan",
    "Cost projections and checkpoints to re-evaluate",
  ]],
  ["migration", "sl", [], "How would you migrate a large production system to a new database with no downtime?", [
    "Dual writes or change data capture to keep both stores in sync",
    "Backfill historical data and verify with comparisons",
    "Shadow reads, then gradual traffic shift behind flags",
    "Rollback plan at every stage",
    "Communication and cut-over timeline",
  ]],
  ["distributed systems", "sl", [], "Explain the CAP theorem and how it influences the design of a distributed database.", [
    "During a network partition a system must choose consistency or availability",
    "Examples of CP and AP systems and their behaviour",
    "PACELC: latency versus consistency even without partitions",
    "Choosing per use case, e.g. payments versus social likes",
  ]],
  ["observability platform", "l", [], "Design the logging and tracing strategy for an organisation with fifty microservices.", [
    "Standard structured log format and correlation ids",
    "Distributed tracing with sampling strategy",
    "Central collection pipeline with retention tiers to control cost",
    "Shared libraries and defaults so teams adopt it easily",
    "Access control and removal of personal data from logs",
  ]],
];

export const systemDesignQuestions: BankQuestion[] = rows.map(([topic, levels, tech, text, key_points], i) => ({
  id: `sd-${String(i + 1).padStart(3, "0")}`,
  text,
  category: "system-design",
  topic,
  tech,
  levels: [...levels].map((c) => LEVEL[c]),
  key_points,
}));
