# claimgraph's API server, with the explorer it serves, as docker-compose.yml runs it. Two stages: the
# build stage installs every dependency and compiles the server and the explorer (npm run build); the
# runtime stage holds the compiled server and explorer, the files the server reads (the seed, the
# example questions), production dependencies only, and runs as the unprivileged `node` user.
#
# The runtime image runs node directly, never `npm start`: its prestart script would rebuild, with
# build tools the image leaves out. It needs NEO4J_URI (it cannot start a Neo4j of its own).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY bench bench
COPY scripts scripts
COPY web web
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist/src dist/src
COPY --from=build /app/dist/web dist/web
COPY seed seed
COPY schema/examples schema/examples
# The explorer's documents, which the server knows by hash from the start (persisted queries).
COPY web/src/gql/persisted-documents.json web/src/gql/persisted-documents.json
USER node
# Every interface: other containers (the proxy) reach it through Docker's network.
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# /ready: the server answers and Neo4j does too. The slim image has no curl; node has fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The Node flags of `npm start` (package.json).
CMD ["node", "--max-semi-space-size=64", "--no-allocation-site-pretenuring", "dist/src/main.js"]
