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
# Uploaded media (speakers subgraph, when not on S3) are written here, as the unprivileged user.
RUN mkdir -p /app/.data/media && chown -R node:node /app/.data
USER node
EXPOSE 4000 4001 4002 4003
CMD ["node", "packages/stack/dist/main.js"]
