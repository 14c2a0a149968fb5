import type { BankQuestion } from "./types";
import { group } from "./group";

// Cloud, infrastructure and tooling questions written for InterVu's offline engine.
// Each group: prefix, topic, tech tags, rows of [levels ("j" junior, "m" mid, "s" senior, "l" lead), text, key points].
// Ids are "<prefix>-NNN" by position inside the group: append new rows at the end so existing ids stay stable.

const docker = group(
  "docker",
  "docker",
  ["docker"],
  [
    [
      "jm",
      "What is the difference between a container and a virtual machine?",
      [
        "Containers share the host kernel; VMs run a full guest OS",
        "Containers start faster and use fewer resources",
        "VMs give stronger isolation",
        "Isolation in containers via namespaces and cgroups",
      ],
    ],
    [
      "jm",
      "What is the difference between a Docker image and a container?",
      [
        "An image is a read-only template made of layers",
        "A container is a running instance with a writable layer",
        "Images are built from a Dockerfile and stored in registries",
        "Data in the writable layer is lost unless volumes are used",
      ],
    ],
    [
      "jm",
      "How do you write an efficient Dockerfile?",
      [
        "Small base images",
        "Order instructions to maximise layer caching (dependencies before source)",
        "Multi-stage builds to keep build tools out of the final image",
        ".dockerignore and combining steps to reduce layers",
      ],
    ],
    [
      "ms",
      "How do volumes and networking work in Docker?",
      [
        "Named volumes and bind mounts for persistent data",
        "Bridge networks and service name DNS",
        "Publishing ports to the host",
        "Docker Compose for multi-container setups",
      ],
    ],
    [
      "ms",
      "How do you make Docker images secure?",
      [
        "Run as a non-root user",
        "Minimal or distroless base images, pinned versions",
        "Scan images for vulnerabilities and rebuild regularly",
        "Never bake secrets into layers",
      ],
    ],
    [
      "sl",
      "What happens to signals and process lifecycle inside a container, and why does it matter?",
      [
        "The main process is PID 1 and must handle signals",
        "Shell-form CMD can swallow SIGTERM",
        "Graceful shutdown before the kill timeout",
        "Using an init process such as tini to reap zombies",
      ],
    ],
  ],
);

const kubernetes = group(
  "k8s",
  "kubernetes",
  ["kubernetes"],
  [
    [
      "jm",
      "What are pods, deployments and services in Kubernetes?",
      [
        "A pod is one or more containers sharing network and storage",
        "A deployment manages replica sets and rolling updates",
        "A service gives a stable address and load balancing to pods",
        "Labels and selectors connect them",
      ],
    ],
    [
      "jm",
      "How do ConfigMaps and Secrets work in Kubernetes?",
      [
        "Store configuration separately from images",
        "Mounted as files or environment variables",
        "Secrets are base64-encoded, not encrypted by default",
        "Encryption at rest or external secret managers",
      ],
    ],
    [
      "ms",
      "What is the difference between liveness, readiness and startup probes?",
      [
        "Liveness restarts a stuck container",
        "Readiness removes a pod from service endpoints",
        "Startup probes protect slow-starting apps",
        "Misconfigured probes cause restart loops or outages",
      ],
    ],
    [
      "ms",
      "How do resource requests and limits work in Kubernetes?",
      [
        "Requests guide scheduling; limits cap usage",
        "CPU limits throttle; memory limits cause OOM kills",
        "Quality of service classes",
        "Setting values from observed usage",
      ],
    ],
    [
      "ms",
      "How does autoscaling work in Kubernetes?",
      [
        "Horizontal Pod Autoscaler scales on metrics",
        "Vertical Pod Autoscaler adjusts requests",
        "Cluster autoscaler adds or removes nodes",
        "Scaling on custom or queue-based metrics",
      ],
    ],
    [
      "sl",
      "How would you roll out a risky change to a service on Kubernetes safely?",
      [
        "Rolling update settings such as maxUnavailable and maxSurge",
        "Canary or blue-green deployments with a service mesh or controller",
        "Pod disruption budgets and readiness gates",
        "Automated rollback based on metrics",
      ],
    ],
    [
      "sl",
      "How would you secure a Kubernetes cluster?",
      [
        "RBAC with least privilege",
        "Network policies between namespaces and pods",
        "Pod security standards: non-root, read-only filesystem",
        "Image provenance, scanning and audit logging",
      ],
    ],
  ],
);

const aws = group(
  "aws",
  "aws",
  ["aws"],
  [
    [
      "jm",
      "Which core AWS services would you use to host a simple web application?",
      [
        "Compute: EC2, ECS/Fargate or Lambda",
        "Storage: S3 for files; RDS or DynamoDB for data",
        "Networking: VPC, load balancer, Route 53",
        "CloudFront as CDN and IAM for access",
      ],
    ],
    [
      "jm",
      "What is IAM and how do you apply least privilege in AWS?",
      [
        "Users, roles, groups and policies",
        "Roles for services instead of long-lived keys",
        "Narrow actions and resources in policies",
        "MFA and regular access reviews",
      ],
    ],
    [
      "ms",
      "When would you choose AWS Lambda over containers or EC2?",
      [
        "Event-driven, spiky or low-traffic workloads",
        "No server management and pay per use",
        "Cold starts, execution limits and statelessness",
        "Cost at sustained high load may favour containers",
      ],
    ],
    [
      "ms",
      "How do you design a highly available application on AWS?",
      [
        "Multiple availability zones",
        "Load balancers and auto scaling groups",
        "Managed databases with multi-AZ failover",
        "Backups, health checks and tested recovery",
      ],
    ],
    [
      "ms",
      "What are the differences between SQS, SNS and EventBridge?",
      [
        "SQS is a queue for decoupled workers",
        "SNS is pub/sub fan-out",
        "EventBridge routes events with rules across services",
        "Choosing based on delivery pattern and filtering",
      ],
    ],
    [
      "sl",
      "How would you control and reduce an AWS bill that is growing too fast?",
      [
        "Cost visibility with tags and cost explorer",
        "Right-size instances and remove idle resources",
        "Savings plans, reserved or spot instances",
        "Storage lifecycle policies and data transfer awareness",
      ],
    ],
  ],
);

const gcp = group(
  "gcp",
  "google cloud platform",
  ["google cloud platform", "gcp"],
  [
    [
      "jm",
      "What are the main compute options on Google Cloud and when would you use each?",
      [
        "Compute Engine virtual machines",
        "Cloud Run for containers without managing servers",
        "GKE for Kubernetes workloads",
        "Cloud Functions for small event handlers",
      ],
    ],
    [
      "jm",
      "How does IAM work in Google Cloud?",
      [
        "Principals granted roles on resources",
        "Resource hierarchy: organisation, folders, projects",
        "Service accounts for workloads",
        "Prefer predefined narrow roles over basic roles",
      ],
    ],
    [
      "ms",
      "What is BigQuery and how do you control its cost?",
      [
        "Serverless data warehouse billed by data scanned or slots",
        "Partitioning and clustering tables",
        "Select only needed columns",
        "Query cost estimates and quotas",
      ],
    ],
    [
      "ms",
      "How would you deploy a containerised service to Cloud Run?",
      [
        "Build and push the image to Artifact Registry",
        "Configure concurrency, CPU, memory and scaling",
        "Secrets from Secret Manager and service identity",
        "Revisions and traffic splitting for rollouts",
      ],
    ],
    [
      "ms",
      "How does Pub/Sub work in Google Cloud?",
      [
        "Topics and subscriptions",
        "Push versus pull delivery",
        "At-least-once delivery and acknowledgement deadlines",
        "Ordering keys and dead-letter topics",
      ],
    ],
    [
      "sl",
      "How would you structure projects and networking for an organisation on Google Cloud?",
      [
        "Separate projects per environment and team",
        "Shared VPC and firewall policies",
        "Organisation policies and centralised logging",
        "Billing accounts and budgets",
      ],
    ],
  ],
);

const azure = group(
  "azure",
  "microsoft azure",
  ["microsoft azure", "azure"],
  [
    [
      "jm",
      "What are resource groups and subscriptions in Azure?",
      [
        "Subscriptions are billing and access boundaries",
        "Resource groups hold related resources with a shared lifecycle",
        "Management groups for policy across subscriptions",
        "Tags for cost tracking",
      ],
    ],
    [
      "jm",
      "What options does Azure offer for hosting a web application?",
      [
        "App Service for managed web apps",
        "Azure Container Apps and AKS for containers",
        "Azure Functions for serverless",
        "Virtual machines for full control",
      ],
    ],
    [
      "ms",
      "How do managed identities work in Azure?",
      [
        "Azure-managed credentials for resources",
        "System-assigned versus user-assigned",
        "Access to Key Vault, storage or databases without secrets",
        "Role assignments with least privilege",
      ],
    ],
    [
      "ms",
      "How would you store and access secrets in Azure?",
      [
        "Azure Key Vault",
        "Access via managed identity and RBAC",
        "Rotation and versioning",
        "Key Vault references in App Service configuration",
      ],
    ],
    [
      "ms",
      "What is Microsoft Entra ID and how is it used to secure applications?",
      [
        "Identity platform for users and apps",
        "OAuth 2.0 and OpenID Connect flows",
        "App registrations, scopes and roles",
        "Conditional access and multi-factor authentication",
      ],
    ],
    [
      "sl",
      "How would you design a resilient application across Azure regions?",
      [
        "Paired regions and availability zones",
        "Geo-replicated data stores",
        "Front Door or Traffic Manager for routing",
        "Disaster recovery drills and RTO/RPO targets",
      ],
    ],
  ],
);

const terraform = group(
  "terraform",
  "terraform",
  ["terraform"],
  [
    [
      "jm",
      "What is infrastructure as code and why use Terraform?",
      [
        "Infrastructure defined in versioned files",
        "Repeatable, reviewable changes",
        "Terraform is declarative and multi-provider",
        "plan shows changes before apply",
      ],
    ],
    [
      "jm",
      "What is the Terraform state file and why does it matter?",
      [
        "Maps configuration to real resources",
        "Remote backends with locking for teams",
        "State can contain secrets; protect it",
        "Never edit it by hand; use state commands",
      ],
    ],
    [
      "ms",
      "How do you structure Terraform code with modules?",
      [
        "Reusable modules with inputs and outputs",
        "Versioned modules",
        "Separate root configurations per environment",
        "Avoid overly generic modules",
      ],
    ],
    [
      "ms",
      "How do you handle configuration drift in Terraform?",
      [
        "Drift: real resources changed outside Terraform",
        "Detect with plan or scheduled checks",
        "Import or reconcile changes",
        "Restrict manual console changes",
      ],
    ],
    [
      "ms",
      "How do you run Terraform safely in a CI/CD pipeline?",
      [
        "plan on pull requests, apply after approval",
        "Remote state with locking",
        "Short-lived credentials via OIDC",
        "Policy checks and cost estimation",
      ],
    ],
    [
      "sl",
      "How would you refactor or split a large Terraform configuration without destroying resources?",
      [
        "moved blocks and terraform state mv",
        "import blocks for existing resources",
        "Reviewing plans to confirm no destroys",
        "Splitting state by blast radius",
      ],
    ],
  ],
);

const linux = group(
  "linux",
  "linux",
  ["linux"],
  [
    [
      "jm",
      "How do file permissions work in Linux?",
      [
        "Read, write and execute for owner, group and others",
        "chmod with symbolic or octal notation",
        "chown to change ownership",
        "Special bits such as setuid and sticky",
      ],
    ],
    [
      "jm",
      "How would you find which process is using a port or too much CPU on a Linux server?",
      ["ss or lsof for ports", "top or htop for CPU and memory", "ps for process details", "Checking logs with journalctl"],
    ],
    [
      "jm",
      "What are standard input, output and error, and how do pipes and redirects work?",
      [
        "Three default streams with file descriptors 0, 1 and 2",
        "> and >> redirect output; 2>&1 merges errors",
        "Pipes connect output of one command to input of another",
        "Composing small tools such as grep, sort and awk",
      ],
    ],
    [
      "ms",
      "How do processes and signals work in Linux?",
      [
        "Processes have PIDs and parent processes",
        "Signals such as SIGTERM, SIGKILL and SIGHUP",
        "Graceful shutdown handling",
        "Zombie and orphan processes",
      ],
    ],
    [
      "ms",
      "How would you investigate a server that is running out of disk space?",
      [
        "df for filesystems and du for directories",
        "Large log files and rotation",
        "Deleted files still held open by processes",
        "Inode exhaustion",
      ],
    ],
    [
      "sl",
      "How would you troubleshoot a Linux server that has become slow?",
      [
        "Check load average, CPU, memory and swap",
        "Disk I/O with iostat or similar",
        "Network saturation and errors",
        "Kernel logs, limits and recent changes",
      ],
    ],
  ],
);

const git = group(
  "git",
  "git",
  ["git"],
  [
    [
      "jm",
      "What is the difference between git merge and git rebase?",
      [
        "Merge keeps history and adds a merge commit",
        "Rebase rewrites commits onto a new base for linear history",
        "Do not rebase shared public branches",
        "Team conventions for integrating work",
      ],
    ],
    [
      "jm",
      "How do you resolve a merge conflict in Git?",
      [
        "Understand both changes before editing",
        "Edit conflicted sections and remove markers",
        "Run tests after resolving",
        "Communicate with the other author when unclear",
      ],
    ],
    [
      "jm",
      "How do you undo changes in Git at different stages?",
      [
        "restore or checkout to discard working changes",
        "reset to unstage or move the branch",
        "revert to undo a pushed commit safely",
        "reflog to recover lost commits",
      ],
    ],
    [
      "ms",
      "What branching strategies have you used and what are their trade-offs?",
      [
        "Trunk-based development with short-lived branches",
        "Git Flow with release and develop branches",
        "Feature flags to merge incomplete work",
        "Choice depends on release cadence",
      ],
    ],
    [
      "ms",
      "How would you find which commit introduced a bug?",
      [
        "git bisect with good and bad commits",
        "Automated bisect with a test script",
        "git log and blame for context",
        "Small commits make this easier",
      ],
    ],
    [
      "sl",
      "What makes a good commit history and pull request?",
      [
        "Small, focused commits with clear messages explaining why",
        "Pull requests scoped to one change with context",
        "Squash or keep history according to team policy",
        "Linking to issues and decisions",
      ],
    ],
  ],
);

const cicd = group(
  "cicd",
  "ci/cd",
  ["ci/cd"],
  [
    [
      "jm",
      "What is the difference between continuous integration, continuous delivery and continuous deployment?",
      [
        "CI: merge often with automated builds and tests",
        "Continuous delivery: every change is releasable",
        "Continuous deployment: every passing change goes to production automatically",
        "Benefits: fast feedback and smaller releases",
      ],
    ],
    [
      "jm",
      "What stages would you include in a CI pipeline for a web application?",
      [
        "Install and cache dependencies",
        "Lint, type check and unit tests",
        "Build and integration or end-to-end tests",
        "Security scanning and artefact publishing",
      ],
    ],
    [
      "ms",
      "How do you make a slow CI pipeline faster?",
      [
        "Caching dependencies and build outputs",
        "Parallelising and sharding tests",
        "Running only affected tests or projects",
        "Fixing flaky tests that cause reruns",
      ],
    ],
    [
      "ms",
      "How do you handle secrets in CI/CD pipelines?",
      [
        "Use the platform's secret store, never the repository",
        "Short-lived credentials via OIDC federation",
        "Masking in logs and limiting exposure to forks",
        "Least privilege per environment",
      ],
    ],
    [
      "ms",
      "How would you set up deployments to several environments?",
      [
        "Build once, promote the same artefact",
        "Environment-specific configuration",
        "Approvals or gates for production",
        "Database migrations as part of the flow",
      ],
    ],
    [
      "sl",
      "How do you protect the software supply chain in your build pipeline?",
      [
        "Pinned and verified dependencies with lock files",
        "Dependency and container scanning",
        "Signed artefacts and provenance",
        "Hardened runners and least-privilege tokens",
      ],
    ],
  ],
);

export const cloudQuestions: BankQuestion[] = [...docker, ...kubernetes, ...aws, ...gcp, ...azure, ...terraform, ...linux, ...git, ...cicd];
