// Live check-in dashboard: signs in through the API, subscribes over graphql-ws to the event's counts (snapshot
// first, then every change) and draws check-ins over time. Plain browser JavaScript, served by the gateway.
(() => {
  "use strict";
  const eventId = decodeURIComponent(location.pathname.split("/").filter(Boolean)[1] || "");
  const BUCKET_MINUTES = 5;
  const $ = (id) => document.getElementById(id);
  const store = window.sessionStorage;
  let client = null;
  let unsubscribe = null;
  let lastCheckedIn = null;
  let buckets = new Map(); // bucket start (ms) -> entries

  const SUBSCRIPTION = `subscription Live($eventId: ID!) {
    checkInCountChanged(eventId: $eventId) {
      sequence checkedIn onSiteNow ticketsSold capacity lastCheckInAt
      doors { door checkedIn exits onSiteNow }
      event { title }
    }
  }`;
  const TIMELINE = `query Timeline($eventId: ID!, $minutes: Int!) {
    checkInTimeline(eventId: $eventId, bucketMinutes: $minutes) { startsAt entries }
  }`;

  async function graphql(query, variables, token) {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
    return body.data;
  }

  function saveSession(session) {
    store.setItem("bilten.session", JSON.stringify(session));
  }
  function loadSession() {
    try {
      return JSON.parse(store.getItem("bilten.session") || "null");
    } catch {
      return null;
    }
  }

  /** An access token valid for at least 30 more seconds, refreshing (rotating) when needed. */
  async function accessToken() {
    const session = loadSession();
    if (!session) throw new Error("signed out");
    if (Date.parse(session.accessTokenExpiresAt) - Date.now() > 30_000) return session.accessToken;
    const data = await graphql(
      `
        mutation ($t: String!) {
          refreshSession(refreshToken: $t) {
            accessToken
            accessTokenExpiresAt
            refreshToken
          }
        }
      `,
      { t: session.refreshToken },
    );
    saveSession(data.refreshSession);
    return data.refreshSession.accessToken;
  }

  function status(text) {
    $("status").textContent = text;
  }

  function showLogin(message) {
    $("live").hidden = true;
    $("login").hidden = false;
    $("login-error").textContent = message || "";
    status("Signed out");
  }

  function render(count) {
    $("title").textContent = count.event ? `Live check-in · ${count.event.title}` : "Live check-in";
    $("checked-in").textContent = String(count.checkedIn);
    $("on-site").textContent = String(count.onSiteNow);
    $("sold").textContent = String(count.ticketsSold);
    $("capacity").textContent = count.capacity == null ? "–" : String(count.capacity);
    $("sequence").textContent = String(count.sequence);
    $("last").textContent = count.lastCheckInAt ? new Date(count.lastCheckInAt).toLocaleTimeString() : "–";
    const rows = count.doors.map((d) => {
      const tr = document.createElement("tr");
      for (const value of [d.door, d.checkedIn, d.exits, d.onSiteNow]) {
        const td = document.createElement("td");
        td.textContent = String(value);
        tr.append(td);
      }
      return tr;
    });
    $("doors").replaceChildren(...rows);
    // Check-ins since the previous update land in the current interval of the chart.
    if (lastCheckedIn !== null && count.checkedIn > lastCheckedIn) {
      const bucket = Math.floor(Date.now() / (BUCKET_MINUTES * 60_000)) * BUCKET_MINUTES * 60_000;
      buckets.set(bucket, (buckets.get(bucket) || 0) + (count.checkedIn - lastCheckedIn));
    }
    lastCheckedIn = count.checkedIn;
    drawChart();
  }

  /** The last two hours in intervals of BUCKET_MINUTES, empty intervals included, newest on the right. */
  function drawChart() {
    const svg = $("chart");
    const size = BUCKET_MINUTES * 60_000;
    const newest = Math.floor(Date.now() / size) * size;
    const slots = Array.from(
      { length: 120 / BUCKET_MINUTES },
      (_, i) => newest - (120 / BUCKET_MINUTES - 1 - i) * size,
    );
    const max = Math.max(1, ...slots.map((start) => buckets.get(start) || 0));
    const width = 600 / slots.length;
    const bars = slots.map((start, i) => {
      const n = buckets.get(start) || 0;
      const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
      const height = (n / max) * 190;
      rect.setAttribute("x", String(i * width + 1));
      rect.setAttribute("y", String(200 - height));
      rect.setAttribute("width", String(Math.max(width - 2, 1)));
      rect.setAttribute("height", String(height));
      const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      title.textContent = `${new Date(start).toLocaleTimeString()}: ${n}`;
      rect.append(title);
      return rect;
    });
    svg.replaceChildren(...bars);
  }

  async function start() {
    $("login").hidden = true;
    $("live").hidden = false;
    status("Connecting…");
    const token = await accessToken();
    const timeline = await graphql(TIMELINE, { eventId, minutes: BUCKET_MINUTES }, token);
    buckets = new Map(timeline.checkInTimeline.map((b) => [Date.parse(b.startsAt), b.entries]));
    drawChart();
    const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
    client = window.graphqlWs.createClient({
      url,
      // Each (re)connect signs in with a fresh token: the gateway closes sockets whose token expires.
      connectionParams: async () => ({ authorization: `Bearer ${await accessToken()}` }),
      retryAttempts: Infinity,
      shouldRetry: (event) => !(event && event.code === 4403),
      on: {
        connected: () => status("Live"),
        closed: (event) => {
          if (event && event.code === 4403) showLogin("Your session is no longer valid; sign in again.");
          else status("Reconnecting…");
        },
      },
    });
    unsubscribe = client.subscribe(
      { query: SUBSCRIPTION, variables: { eventId } },
      {
        next: (result) => {
          if (result.errors && result.errors.length) status(result.errors[0].message);
          else render(result.data.checkInCountChanged);
        },
        error: (errors) => {
          const first = Array.isArray(errors) ? errors[0] : errors;
          status(first && first.message ? first.message : "Subscription failed");
        },
        complete: () => status("Stopped"),
      },
    );
  }

  $("login").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      const data = await graphql(
        `
          mutation ($e: String!, $p: String!) {
            logIn(email: $e, password: $p) {
              accessToken
              accessTokenExpiresAt
              refreshToken
            }
          }
        `,
        { e: form.get("email"), p: form.get("password") },
      );
      saveSession(data.logIn);
      await start();
    } catch (error) {
      showLogin(error.message);
    }
  });

  $("logout").addEventListener("click", async () => {
    const session = loadSession();
    if (unsubscribe) unsubscribe();
    if (client) await client.dispose();
    store.removeItem("bilten.session");
    if (session)
      graphql(
        `
          mutation ($t: String!) {
            logOut(refreshToken: $t)
          }
        `,
        { t: session.refreshToken },
      ).catch(() => {});
    showLogin();
  });

  if (!eventId) showLogin("No event in the address: open /dashboard/<event id>.");
  else if (loadSession()) start().catch((error) => showLogin(error.message));
  else showLogin();
})();
