export { startStack, subgraphDefinitions, type Stack, type StackOptions } from "./stack.js";
export { seedDemo, seedDemoIfEmpty } from "./demo.js";
