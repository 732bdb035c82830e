# One image for every service; docker-compose.yml picks the command. Builds offline: `prisma generate` uses the
# project's engine stand-in (prisma/engine-offline.mjs) and no step downloads a binary.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000 4001
CMD ["node", "packages/stack/dist/main.js"]
