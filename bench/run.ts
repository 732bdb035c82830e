// npm run bench -- <name> [options]: runs one benchmark of bench/ (they are not tests; see bench/README.md).
const benchmarks: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  purchases: () => import("./purchases.js"),
  live: () => import("./live.js"),
  analytics: () => import("./analytics.js"),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? benchmarks[name] : undefined;
if (!load) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(benchmarks).join("|")}> [options]\n`);
  process.exit(2);
}
await (await load()).run(args);
