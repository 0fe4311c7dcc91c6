# Purposeful: one image for every role (ROLE=all|bot|worker) and for the shipped CLIs, all from dist/ with
# production dependencies only: node dist/cli/migrate.js, dist/cli/purpose-check.js, dist/cli/draft.js
# (README: "Docker").

# --- build: all dependencies, TypeScript compiled to dist/ ---------------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` builds, and the sources are not copied yet (this layer caches the install).
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- runtime: production dependencies, compiled code and SQL migrations only -------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no lifecycle script may try to build here (there is no TypeScript in this stage);
# no production dependency needs an install script (msgpackr's optional native addon loads a prebuilt
# binary at run time, and falls back to plain JavaScript without it).
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# The migration runner reads ../../migrations from dist/store, i.e. /app/migrations.
COPY migrations ./migrations

USER node
EXPOSE 3000
# slim has no curl; Node 20's global fetch does the probe. Every role serves /healthz on PORT (a worker too);
# docker-compose.yml turns this off only for the one-shot migrate container.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Not `npm start`: npm would stand between `docker stop` and the app. Node is PID 1 itself, so SIGTERM reaches
# the app's graceful shutdown directly (Node installs no default handler as PID 1: main.ts must).
# The heap flags are the same as `npm start`'s (see package.json). The live heap is ~50 MB with the language models
# (wink-nlp, compromise, the English dictionary); the cap is a last line against a leak, not what bounds memory:
# bounded work does that (README, "How it runs"; npm run bench -- overload measures it without the cap).
# 4 MB semi-spaces: the young generation is two of them in every isolate, the spell-check thread's too (the flag
# overrides the thread's own limit); 8 MB cost each bot and worker ~6 MB of peak RSS under overload and saved no CPU.
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=4", "dist/main.js"]
