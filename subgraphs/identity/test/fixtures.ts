// What the identity tests share on top of the testkit's builders: the session refresh they examine, and what an
// access token claims.

export const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { id } } }`;

/** The claims an access token carries (read, not verified: that is what the gateway and the subgraphs do). */
export const claimsOf = (accessToken: string) =>
  JSON.parse(Buffer.from(accessToken.split(".")[1] ?? "", "base64url").toString());
