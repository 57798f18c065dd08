# syntax=docker/dockerfile:1
# Maker Hub as a container (Azure Container Apps, AKS, any OCI host). Two stages: the build stage
# has the dev dependencies and compilers; the runtime stage has the built app and its production
# dependencies only, runs as the unprivileged `node` user and never builds anything.
#   docker build -t maker-hub .   (or: podman build -t maker-hub .)
#   docker run -p 8080:8080 --env-file my.env maker-hub
# Settings come from the environment (src/config/settings.ts); NODE_ENV=production refuses to start
# without the bot identity and SSO settings. docs/deploy.md ("Container") has the details.

ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
# better-sqlite3 compiles from source where its prebuilt binary cannot be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The same deployable folder `atk deploy` ships to App Service, with production dependencies only.
RUN npm run build \
 && npm run deploy:bundle -- /app \
 && cd /app && npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8080
# Ready = the database answers and its schema is current; 503 while shutting down (SIGTERM).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The built server; no npm, no build at start (SIGTERM reaches node directly for the graceful stop).
CMD ["node", "dist/src/cli/main.js", "serve"]
