import { baseShape, vars } from "@bilten/platform";

export const eventsShape = { ...baseShape, EVENTS_PORT: vars.port.default(4002) };
