// What the speakers subgraph runs with, opened from its configuration at start: the media storage.
import type { SpeakersConfig } from "./config.js";
import {
  createLocalMediaStorage,
  createS3MediaStorage,
  type MediaStorage,
} from "./companies/adapters/media-storage.js";

export interface SpeakersSettings {
  logoMaxBytes: number;
  /** Closed by whoever opened it, after the subgraph stopped. */
  media: MediaStorage;
}

export async function openSpeakers(config: SpeakersConfig): Promise<SpeakersSettings> {
  const media =
    config.media.kind === "s3"
      ? createS3MediaStorage(config.media.s3)
      : createLocalMediaStorage(config.media.directory);
  return { logoMaxBytes: config.logoMaxBytes, media };
}
