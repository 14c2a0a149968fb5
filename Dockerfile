# syntax=docker/dockerfile:1
# Production image: builds the app, then runs `next start` as an unprivileged user.
# Data (SQLite + generated files) lives in /data; mount a volume there, or set MONGO_URI.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 is a native addon: compile tools for when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
WORKDIR /app
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 APP_ENV=production DATA_DIR=/data PORT=3000
RUN groupadd --system intervu && useradd --system --gid intervu --home /app intervu && mkdir -p /data && chown intervu:intervu /data
COPY --from=build --chown=intervu:intervu /app/package.json ./package.json
COPY --from=build --chown=intervu:intervu /app/node_modules ./node_modules
COPY --from=build --chown=intervu:intervu /app/.next ./.next
COPY --from=build --chown=intervu:intervu /app/public ./public
# Word vectors and antonyms the answer scorer reads at run time (agents/text/lexicon.ts).
COPY --from=build --chown=intervu:intervu /app/agents/text/lexicon ./agents/text/lexicon
COPY --from=build --chown=intervu:intervu /app/next.config.ts ./next.config.ts
USER intervu
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# SECRET_KEY (32+ characters) must be provided at run time: docker run -e SECRET_KEY=... -v intervu:/data -p 3000:3000 intervu
CMD ["npx", "next", "start", "-H", "0.0.0.0", "-p", "3000"]
