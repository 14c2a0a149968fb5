# syntax=docker/dockerfile:1
# InterVu production image: Node.js 24 (LTS), Next.js standalone output, an unprivileged user, data in /data.
#   docker build -t intervu .
#   docker run -d -p 3000:3000 -v intervu-data:/data -e SECRET_KEY="$(openssl rand -base64 48)" intervu
# Pin the base for reproducible builds: docker build --build-arg NODE_IMAGE=node:24-alpine@sha256:<digest> .
# The checks in tests/integration/deploy-files.test.ts keep this file honest (base, user, health check, volume,
# what the final stage copies); the e2e suite starts the standalone server exactly as CMD does below.
ARG NODE_IMAGE=node:24-alpine

# 1. Dependencies, dev dependencies included (the build needs them); never in the final image.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# better-sqlite3 is a native addon: compile tools for when no prebuilt binary fits this platform.
RUN apk add --no-cache python3 make g++
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. Build: .next/standalone holds server.js and only the node_modules files the server uses.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. Run: the standalone server, its static assets and public/ — no build cache, no dev dependencies, no sources.
#    The standalone folder also holds the files the server reads by a run-time path (better-sqlite3's addon, the
#    answer scorer's word data in agents/text/lexicon): next.config.ts outputFileTracingIncludes.
FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production \
    APP_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    DATA_DIR=/data \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# The official image's unprivileged `node` user owns only /data; the app's files stay root-owned and read-only to it.
RUN mkdir -p /data && chown node:node /data
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SECRET_KEY (32+ characters) must be given at run time; MONGO_URI switches from SQLite in /data to MongoDB.
CMD ["node", "server.js"]
