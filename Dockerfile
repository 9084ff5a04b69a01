# The gateway's production image: `docker build -t stripe-graph-gateway .`, then
# `docker run -p 4000:4000 -e STRIPE_API_KEY=sk_... stripe-graph-gateway`.
#
# test/build/production-install.test.ts performs these steps without Docker: it reads this file
# (FROM ... AS, WORKDIR, ENV, COPY [--from], RUN, HEALTHCHECK, CMD), so keep to those plain forms.

# Build: every dependency (TypeScript included), then src/ compiled to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.js scripts/
COPY src/ src/
RUN npm run build

# Production dependencies alone, in their own stage so npm's download cache stays out of the image.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# Runtime: no compiler, no devDependency, no npm process between the container and the gateway.
FROM node:20-bookworm-slim
# HOST: listen on the container's interface, not only its loopback. NODE_ENV=production marks a
# production start: a container given neither STRIPE_API_KEY nor STRIPE_API_BASE refuses to
# serve demo data (pass -e NODE_ENV=development for a demo).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=deps /app/node_modules/ node_modules/
COPY --from=build /app/dist/ dist/
# What the gateway reads at run time, found from the package root (src/package-root.ts).
COPY schema/base.graphql schema/
COPY schema/generated/ schema/generated/
COPY examples/ examples/
COPY src/playground/browser/ src/playground/browser/
USER node
EXPOSE 4000
# Slim images have no curl; Node 20's fetch checks /healthz on the port the gateway listens on.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1's command, so `docker stop` (SIGTERM) reaches the gateway's own handler.
CMD ["node", "dist/main.js"]
