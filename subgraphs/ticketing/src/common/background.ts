// Background workers' SQL starts with this marker comment, so tests that count a request's statements can tell
// the workers' (sweeper, mail, waitlist after an event change) apart from the request's own.
export const BACKGROUND_SQL = "/* ticketing:background */";
