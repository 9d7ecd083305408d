// First: schemas must be built without eval, for the Content-Security-Policy.
import './zodConfig';
import { z } from 'zod';
import { COMPETENCY_KEYS } from './competencies';

/** A calendar day as the pupil means it, without a time zone: `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

/** A moment in time, always stored in UTC: `2026-11-25T08:30:00.000Z`. */
export const isoDateTime = z.iso.datetime();

export const uuid = z.uuid();

export const competencyKey = z.enum(COMPETENCY_KEYS);

/** Free text typed by the pupil; long enough for a real reflection, bounded against abuse. */
export const shortText = z.string().max(200);
export const longText = z.string().max(20_000);

/**
 * Fields every stored record carries. Deletion is soft: `deletedAt` marks a record as in the
 * trash, so it can be restored and so merges of two copies of a dossier respect deletions.
 */
export const recordBase = {
  id: uuid,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deletedAt: isoDateTime.nullable(),
};

export type RecordBase = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};
