/**
 * Which pipeline roles the mesh lacks, for the banner on every page: without a broker, a
 * transcription node or a translation node, submitted jobs wait. Pure, for the unit tests.
 */
import type { JobsPresence } from '../node/jobs/api.ts';
import { ADVERT_INTERVAL_MS } from '../node/jobs/constants.ts';
import { ROLES, type Role } from '../node/peers/roles.ts';

export const JOB_ROLES = ['broker', 'transcription', 'translation'] as const satisfies readonly Role[];
export type JobRole = (typeof JOB_ROLES)[number];

/** Presence counts adverts; a tab starts without having heard one round of them, so it waits that long before saying anything is missing. */
export const PRESENCE_GRACE_MS = ADVERT_INTERVAL_MS + 2000;
/** Presence has no change notification: the banner reads it again this often. */
export const PRESENCE_POLL_MS = 2000;

const COUNT_OF: Readonly<Record<JobRole, 'brokers' | 'transcribers' | 'translators'>> = {
  broker: 'brokers',
  transcription: 'transcribers',
  translation: 'translators',
};

export const JOB_ROLE_NOUNS: Readonly<Record<JobRole, string>> = {
  broker: 'broker',
  transcription: 'transcription node',
  translation: 'translation node',
};

export const JOB_ROLE_DUTIES: Readonly<Record<JobRole, string>> = {
  broker: 'queues paid jobs and hands them to workers',
  transcription: 'reads the text in images (OCR)',
  translation: 'translates the text read',
};

export interface PresenceNotice {
  missing: JobRole[];
  /** Missing roles this tab could take. */
  offer: JobRole[];
  /** Missing roles this tab holds but whose advert the mesh has not heard yet. */
  pending: JobRole[];
}

export function missingJobRoles(presence: JobsPresence): JobRole[] {
  return JOB_ROLES.filter((role) => presence[COUNT_OF[role]] === 0);
}

/** What the banner says; undefined when nothing is missing or it is too early to tell. */
export function presenceNotice(presence: JobsPresence, own: readonly Role[], onlineSince: number, now: number): PresenceNotice | undefined {
  if (onlineSince <= 0 || now - onlineSince < PRESENCE_GRACE_MS) return undefined;
  const missing = missingJobRoles(presence);
  if (missing.length === 0) return undefined;
  return { missing, offer: missing.filter((r) => !own.includes(r)), pending: missing.filter((r) => own.includes(r)) };
}

/** "a broker", "a broker and a translation node", "a broker, a transcription node and a translation node" (`article` 'no': "no broker and no …"). */
export function listRoles(roles: readonly JobRole[], article = 'a'): string {
  const words = roles.map((r) => `${article} ${JOB_ROLE_NOUNS[r]}`);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** The banner's two sentences: what is missing, and that jobs wait for it. */
export function missingText(missing: readonly JobRole[]): { lacks: string; waits: string } {
  return {
    lacks: `The mesh has ${listRoles(missing, 'no')}.`,
    waits: `Jobs will wait until ${listRoles(missing)} ${missing.length > 1 ? 'join' : 'joins'}.`,
  };
}

/** `current` with `add` added, in the order of ROLES. */
export function withRoles(current: readonly Role[], add: readonly Role[]): Role[] {
  return ROLES.filter((r) => current.includes(r) || add.includes(r));
}
