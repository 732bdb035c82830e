// The event lifecycle shared by both products, as a transition table. Everything else asks it.
import type { EventStatus } from "@bilten/platform/prisma";

const PLANNING: EventStatus[] = ["DRAFT", "TOPIC_DEFINED", "SPEAKERS_INVITED", "AGENDA_DRAFT"];

const TRANSITIONS: Record<EventStatus, EventStatus[]> = {
  DRAFT: ["TOPIC_DEFINED", "SPEAKERS_INVITED", "AGENDA_DRAFT", "PUBLISHED", "CANCELLED"],
  TOPIC_DEFINED: ["SPEAKERS_INVITED", "AGENDA_DRAFT", "PUBLISHED", "CANCELLED"],
  SPEAKERS_INVITED: ["AGENDA_DRAFT", "PUBLISHED", "CANCELLED"],
  AGENDA_DRAFT: ["PUBLISHED", "CANCELLED"],
  PUBLISHED: ["REGISTRATION_OPEN", "IN_PROGRESS", "CANCELLED"],
  REGISTRATION_OPEN: ["REGISTRATION_CLOSED", "IN_PROGRESS", "CANCELLED"],
  REGISTRATION_CLOSED: ["REGISTRATION_OPEN", "IN_PROGRESS", "CANCELLED"],
  IN_PROGRESS: ["COMPLETED"],
  COMPLETED: ["ARCHIVED"],
  CANCELLED: ["ARCHIVED"],
  ARCHIVED: [],
};

export const nextStatuses = (from: EventStatus): EventStatus[] => TRANSITIONS[from];
export const canMove = (from: EventStatus, to: EventStatus): boolean => TRANSITIONS[from].includes(to);
export const isPlanning = (status: EventStatus): boolean => PLANNING.includes(status);
/** Once over, an event's details and agenda are history and no longer change. */
export const isClosed = (status: EventStatus): boolean => ["COMPLETED", "ARCHIVED", "CANCELLED"].includes(status);
