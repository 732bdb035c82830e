export {
  openSubgraphs,
  startStack,
  subgraphDefinitions,
  type Stack,
  type StackOptions,
  type SubgraphSettings,
} from "./stack.js";
export { readStackConfig, type StackConfig } from "./config.js";
export { seedDemo, seedDemoIfEmpty } from "./demo.js";
