import type { BankQuestion } from "./types";
import { group } from "./group";

// Data, storage, messaging and machine-learning questions written for InterVu's offline engine.
// Each group: prefix, topic, tech tags, rows of [levels ("j" junior, "m" mid, "s" senior, "l" lead), text, key points].
// Ids are "<prefix>-NNN" by position inside the group: append new rows at the end so existing ids stay stable.

const sql = group(
  "sql",
  "sql",
  ["sql"],
  [
    [
      "jm",
      "Explain the different types of SQL joins.",
      [
        "INNER JOIN returns matching rows only",
        "LEFT and RIGHT joins keep unmatched rows from one side with NULLs",
        "FULL OUTER JOIN keeps both sides; CROSS JOIN gives every combination",
        "Join conditions and how NULLs behave",
      ],
    ],
    [
      "jm",
      "What is the difference between WHERE and HAVING?",
      [
        "WHERE filters rows before grouping",
        "HAVING filters groups after aggregation",
        "Aggregates cannot appear in WHERE",
        "Filtering early in WHERE is usually cheaper",
      ],
    ],
    [
      "jm",
      "What is database normalisation and when might you denormalise?",
      [
        "Normal forms remove redundancy and update anomalies",
        "Splitting data into related tables with keys",
        "Denormalise for read performance or reporting",
        "Cost: keeping duplicated data consistent",
      ],
    ],
    [
      "jms",
      "How do indexes speed up queries, and what do they cost?",
      [
        "B-tree structures allow fast lookups and range scans",
        "Composite index column order and the leftmost prefix rule",
        "Slower writes and extra storage",
        "Reading the query plan to confirm index use",
      ],
    ],
    [
      "ms",
      "What are window functions in SQL? Give an example.",
      [
        "Compute values across related rows without collapsing them",
        "OVER with PARTITION BY and ORDER BY",
        "ROW_NUMBER, RANK, LAG, running totals",
        "Example: latest record per customer",
      ],
    ],
    [
      "ms",
      "What are transaction isolation levels and what anomalies do they prevent?",
      [
        "ACID properties",
        "Read uncommitted, read committed, repeatable read, serializable",
        "Dirty reads, non-repeatable reads, phantoms, lost updates",
        "Trade-off between consistency and concurrency",
      ],
    ],
    [
      "sl",
      "How would you optimise a slow SQL query in production?",
      [
        "Capture the query and its plan with EXPLAIN ANALYZE",
        "Look for full scans, bad row estimates and expensive sorts",
        "Add or adjust indexes, rewrite the query, reduce returned data",
        "Verify with realistic data and watch for regressions",
      ],
    ],
  ],
);

const postgresql = group(
  "postgres",
  "postgresql",
  ["postgresql", "sql"],
  [
    [
      "jm",
      "What features make PostgreSQL a popular choice?",
      [
        "Strong SQL standard support and ACID transactions",
        "Rich types: JSONB, arrays, ranges, enums",
        "Extensions such as PostGIS and pgvector",
        "Reliable open-source community",
      ],
    ],
    [
      "jm",
      "When would you use JSONB columns in PostgreSQL and how do you index them?",
      [
        "Semi-structured or optional attributes",
        "GIN indexes for containment queries",
        "Expression indexes on specific keys",
        "Keep core relational fields as proper columns",
      ],
    ],
    [
      "ms",
      "How does MVCC work in PostgreSQL and why is VACUUM needed?",
      [
        "Each transaction sees a snapshot; updates create new row versions",
        "Old versions become dead tuples",
        "VACUUM reclaims space and prevents transaction ID wraparound",
        "Autovacuum tuning for busy tables",
      ],
    ],
    [
      "ms",
      "What index types does PostgreSQL offer and when would you use each?",
      [
        "B-tree for equality and ranges",
        "GIN for JSONB, arrays and full-text search",
        "GiST or SP-GiST for geometric and range data; BRIN for large ordered tables",
        "Partial and covering indexes",
      ],
    ],
    [
      "sl",
      "How would you scale a PostgreSQL database that is reaching its limits?",
      [
        "Tune queries, indexes and configuration first",
        "Connection pooling with a tool like PgBouncer",
        "Read replicas for read-heavy load",
        "Partitioning large tables; sharding as a last resort",
      ],
    ],
    [
      "sl",
      "How do you run schema migrations on a large PostgreSQL table without downtime?",
      [
        "Understand which operations take heavy locks",
        "CREATE INDEX CONCURRENTLY",
        "Add nullable columns, backfill in batches, then add constraints NOT VALID and validate",
        "Lock timeouts to avoid blocking traffic",
      ],
    ],
  ],
);

const mysql = group(
  "mysql",
  "mysql",
  ["mysql", "sql"],
  [
    [
      "jm",
      "What is the difference between the InnoDB and MyISAM storage engines?",
      [
        "InnoDB supports transactions, row-level locking and foreign keys",
        "MyISAM uses table locks and has no transactions",
        "InnoDB has crash recovery",
        "InnoDB is the default and recommended choice",
      ],
    ],
    [
      "jm",
      "How do you find out why a MySQL query is slow?",
      [
        "Slow query log",
        "EXPLAIN to see access type, keys and rows examined",
        "Missing or unused indexes",
        "Checking data types and functions that prevent index use",
      ],
    ],
    [
      "ms",
      "How does InnoDB use clustered indexes, and how does that affect primary key choice?",
      [
        "Rows are stored in primary key order",
        "Secondary indexes store the primary key",
        "Short, increasing keys avoid page splits",
        "Random UUID keys hurt insert performance unless ordered",
      ],
    ],
    [
      "ms",
      "How does replication work in MySQL?",
      [
        "Binary log shipped from source to replicas",
        "Asynchronous versus semi-synchronous replication",
        "Replication lag and read-your-writes issues",
        "GTID-based replication for easier failover",
      ],
    ],
    [
      "ms",
      "What character set and collation issues have you met in MySQL?",
      [
        "utf8mb4 needed for full Unicode including emoji",
        "Collation affects comparison and sorting",
        "Mismatched collations break joins or indexes",
        "Migrating existing tables carefully",
      ],
    ],
    [
      "sl",
      "How would you achieve high availability for a MySQL database?",
      [
        "Replicas with automated failover",
        "Group replication or managed cloud offerings",
        "Backups with point-in-time recovery",
        "Testing failover and handling application reconnects",
      ],
    ],
  ],
);

const mongodb = group(
  "mongo",
  "mongodb",
  ["mongodb"],
  [
    [
      "jm",
      "How does data modelling in MongoDB differ from a relational database?",
      [
        "Documents hold nested data read together",
        "Embed versus reference decision",
        "Model around access patterns",
        "Flexible schema still needs validation",
      ],
    ],
    [
      "jm",
      "How do indexes work in MongoDB?",
      [
        "B-tree indexes on fields, including compound indexes",
        "ESR rule: equality, sort, range for compound order",
        "explain() to verify index use",
        "Unique, TTL and partial indexes",
      ],
    ],
    [
      "ms",
      "What is the aggregation pipeline in MongoDB?",
      [
        "Stages such as $match, $group, $project, $lookup, $sort",
        "Put $match early to use indexes",
        "Memory limits and allowDiskUse",
        "Example of a report built with it",
      ],
    ],
    [
      "ms",
      "How do you make updates atomic in MongoDB?",
      [
        "Single-document operations are atomic",
        "Update operators like $set, $inc, $push instead of read-modify-write",
        "findOneAndUpdate with conditions for optimistic concurrency",
        "Multi-document transactions on replica sets when needed",
      ],
    ],
    [
      "ms",
      "What are read and write concerns in MongoDB?",
      [
        "Write concern controls acknowledgement (w:1, majority)",
        "Read concern controls consistency of data read",
        "Read preference for primary or secondaries",
        "Durability versus latency trade-off",
      ],
    ],
    [
      "sl",
      "How does sharding work in MongoDB and how do you choose a shard key?",
      [
        "Data split into chunks across shards by the key",
        "High cardinality and even distribution",
        "Avoid monotonically increasing keys causing hot shards",
        "Queries that include the shard key avoid scatter-gather",
      ],
    ],
  ],
);

const redis = group(
  "redis",
  "redis",
  ["redis"],
  [
    [
      "jm",
      "What is Redis and what is it commonly used for?",
      [
        "In-memory key-value store with rich data structures",
        "Caching, sessions, rate limiting, queues, leaderboards",
        "Very low latency",
        "Persistence options and memory limits",
      ],
    ],
    [
      "jm",
      "Which Redis data structures do you know and when would you use each?",
      [
        "Strings for simple values and counters",
        "Hashes for objects, lists for queues",
        "Sets for uniqueness; sorted sets for rankings",
        "Streams for event logs",
      ],
    ],
    [
      "ms",
      "How would you implement a rate limiter with Redis?",
      [
        "INCR with EXPIRE for fixed windows",
        "Sorted sets or token bucket scripts for sliding windows",
        "Atomicity with Lua scripts or MULTI",
        "Key naming per user or IP",
      ],
    ],
    [
      "ms",
      "What eviction policies does Redis support and how do you choose one?",
      [
        "maxmemory setting triggers eviction",
        "allkeys-lru or allkeys-lfu for caches",
        "volatile policies only evict keys with TTL",
        "noeviction for data that must not disappear",
      ],
    ],
    [
      "ms",
      "How does Redis persistence work?",
      [
        "RDB snapshots at intervals",
        "AOF logs every write with fsync policies",
        "Trade-offs between durability and performance",
        "Combining both for recovery",
      ],
    ],
    [
      "sl",
      "How do you scale Redis and keep it highly available?",
      [
        "Replication with Sentinel for failover",
        "Redis Cluster shards keys across hash slots",
        "Multi-key operations need keys in the same slot (hash tags)",
        "Watching for hot keys and big keys",
      ],
    ],
  ],
);

const kafka = group(
  "kafka",
  "apache kafka",
  ["apache kafka", "kafka"],
  [
    [
      "jm",
      "What is Apache Kafka and what are topics and partitions?",
      [
        "Distributed, durable event log",
        "Topics split into partitions for parallelism",
        "Messages ordered within a partition",
        "Retention keeps messages for replay",
      ],
    ],
    [
      "jm",
      "How do consumer groups work in Kafka?",
      [
        "Each partition is consumed by one consumer in a group",
        "Offsets track progress",
        "Rebalancing when consumers join or leave",
        "More consumers than partitions leaves some idle",
      ],
    ],
    [
      "ms",
      "What delivery guarantees does Kafka offer?",
      [
        "At most once, at least once and exactly once semantics",
        "When offsets are committed determines the guarantee",
        "Idempotent producers and transactions",
        "Consumers should still be idempotent",
      ],
    ],
    [
      "ms",
      "How do you choose a partition key in Kafka?",
      [
        "Key determines partition and therefore ordering",
        "Keep related events on the same key",
        "Avoid skewed keys that create hot partitions",
        "Changing partition count breaks key mapping",
      ],
    ],
    [
      "ms",
      "How do you handle messages that repeatedly fail processing in Kafka?",
      ["Retry with backoff", "Dead-letter or retry topics", "Avoid blocking a whole partition", "Alerting and tooling for replay"],
    ],
    [
      "sl",
      "How would you manage schemas and compatibility for Kafka events?",
      [
        "Schema registry with Avro, Protobuf or JSON Schema",
        "Backward and forward compatibility rules",
        "Versioning and ownership of event contracts",
        "Testing compatibility in CI",
      ],
    ],
  ],
);

const elasticsearch = group(
  "es",
  "elasticsearch",
  ["elasticsearch"],
  [
    [
      "jm",
      "What is Elasticsearch and how does an inverted index work?",
      [
        "Distributed search and analytics engine",
        "Inverted index maps terms to documents",
        "Analysers tokenise and normalise text",
        "Fast full-text search with relevance scoring",
      ],
    ],
    [
      "jm",
      "What is the difference between text and keyword fields in Elasticsearch?",
      [
        "text is analysed for full-text search",
        "keyword is stored exactly for filtering, sorting and aggregations",
        "Multi-fields to have both",
        "Choosing mappings deliberately rather than relying on dynamic mapping",
      ],
    ],
    [
      "ms",
      "How does relevance scoring work in Elasticsearch and how can you tune it?",
      [
        "BM25 scoring based on term frequency and rarity",
        "Boosting fields and function_score",
        "Synonyms and analyser choices",
        "Evaluating relevance with test queries",
      ],
    ],
    [
      "ms",
      "What is the difference between query context and filter context in Elasticsearch?",
      [
        "Query context computes scores",
        "Filter context is yes/no and cacheable",
        "bool query with must, should, filter and must_not",
        "Use filters for structured criteria",
      ],
    ],
    [
      "sl",
      "How do shards and replicas work in Elasticsearch and how do you size them?",
      [
        "Primary shards split data; replicas add redundancy and read capacity",
        "Too many small shards waste resources",
        "Target shard sizes and index lifecycle management",
        "Reindexing to change shard count",
      ],
    ],
    [
      "sl",
      "How do you keep an Elasticsearch index in sync with a primary database?",
      [
        "Change data capture or event-driven updates",
        "Idempotent indexing with versioning",
        "Periodic reconciliation",
        "Zero-downtime reindexing with aliases",
      ],
    ],
  ],
);

const pandas = group(
  "pandas",
  "pandas",
  ["pandas", "python"],
  [
    [
      "jm",
      "What are the main data structures in pandas?",
      [
        "Series: one-dimensional labelled array",
        "DataFrame: table of columns with an index",
        "Index alignment in operations",
        "dtypes and why they matter",
      ],
    ],
    [
      "jm",
      "How do you handle missing data in pandas?",
      [
        "Detect with isna",
        "Drop with dropna or fill with fillna or interpolation",
        "Choice depends on meaning of the missing values",
        "Nullable dtypes",
      ],
    ],
    [
      "jm",
      "What is the difference between loc and iloc in pandas?",
      [
        "loc selects by label, iloc by integer position",
        "loc slices include the end label",
        "Boolean masks for filtering",
        "Avoiding chained assignment warnings",
      ],
    ],
    [
      "ms",
      "How does groupby work in pandas?",
      [
        "Split, apply, combine",
        "agg with several functions and named aggregations",
        "transform keeps the original shape",
        "Performance of built-in aggregations versus apply",
      ],
    ],
    [
      "ms",
      "How do you make pandas code faster on large datasets?",
      [
        "Vectorised operations instead of row loops or apply",
        "Efficient dtypes such as category and downcasting",
        "Reading only needed columns, chunking",
        "Alternatives like Polars, DuckDB or Arrow-backed dtypes",
      ],
    ],
    [
      "ms",
      "What are the differences between merge, join and concat in pandas?",
      [
        "merge does SQL-style joins on columns",
        "join aligns on index",
        "concat stacks along an axis",
        "Checking for duplicates and validate argument",
      ],
    ],
  ],
);

const ml = group(
  "ml",
  "machine learning",
  ["machine learning"],
  [
    [
      "jm",
      "What is the difference between supervised and unsupervised learning?",
      [
        "Supervised uses labelled examples to predict targets",
        "Unsupervised finds structure such as clusters",
        "Examples of each",
        "Semi-supervised and self-supervised approaches",
      ],
    ],
    [
      "jm",
      "What are overfitting and underfitting, and how do you address them?",
      [
        "Overfitting: good on training data, poor on new data",
        "Underfitting: model too simple",
        "Regularisation, more data, simpler models, early stopping",
        "Validation sets and cross-validation to detect them",
      ],
    ],
    [
      "jm",
      "How do you split data for training and evaluating a model?",
      [
        "Training, validation and test sets",
        "Cross-validation for small datasets",
        "Time-based splits for temporal data",
        "Avoiding leakage between splits",
      ],
    ],
    [
      "ms",
      "Which evaluation metrics would you use for a classification model with imbalanced classes?",
      [
        "Accuracy is misleading",
        "Precision, recall and F1",
        "ROC AUC versus precision-recall AUC",
        "Choosing a threshold based on business costs",
      ],
    ],
    [
      "ms",
      "What is data leakage in machine learning and how do you prevent it?",
      [
        "Information from the target or future in training features",
        "Preprocessing fitted on the whole dataset",
        "Pipelines fitted only on training folds",
        "Suspiciously high scores as a warning sign",
      ],
    ],
    [
      "sl",
      "How would you deploy and monitor a machine learning model in production?",
      [
        "Packaging the model with its preprocessing",
        "Batch versus online serving",
        "Monitoring data drift and prediction quality",
        "Versioning, rollback and retraining pipelines",
      ],
    ],
    [
      "sl",
      "How would you evaluate and guard a feature built on a large language model?",
      [
        "Evaluation sets with expected behaviours and automated scoring",
        "Structured outputs validated against a schema",
        "Guarding against prompt injection and hallucinations",
        "Monitoring cost, latency and failures with fallbacks",
      ],
    ],
  ],
);

export const dataQuestions: BankQuestion[] = [
  ...sql,
  ...postgresql,
  ...mysql,
  ...mongodb,
  ...redis,
  ...kafka,
  ...elasticsearch,
  ...pandas,
  ...ml,
];
