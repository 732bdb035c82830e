// A small GraphQL client for tests, over HTTP as frontends call the gateway (or a subgraph, as the gateway does).

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface RequestOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResult<T>, "status">;
  return { status: response.status, ...body };
}

/** The first GraphQL error's extensions, for asserting codes. */
export const errorOf = (result: GraphQLResult) => result.errors?.[0]?.extensions ?? null;

/** The data of a request that must succeed; throws with the errors otherwise. */
export function must<T = Record<string, any>>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors ?? result));
  return result.data;
}
