// Which request, if any, the running code works for. The subgraph server handles each request inside a scope;
// background work (relay passes, domain-event consumers, workers) runs outside any, so what one request costs can
// be told apart from what the process does meanwhile (tests count a request's SQL statements this way).
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestScope {
  subgraph: string;
  requestId: string;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs a request's handling, and everything it awaits, inside its scope. */
export function runInRequest<T>(scope: RequestScope, handle: () => T): T {
  return scopes.run(scope, handle);
}

/** The request the running code works for; undefined in background work. */
export function currentRequest(): RequestScope | undefined {
  return scopes.getStore();
}

/** Starts work that outlives the request asking for it (a relay pass after a commit) outside the request's scope. */
export function runInBackground<T>(work: () => T): T {
  return scopes.exit(work);
}
