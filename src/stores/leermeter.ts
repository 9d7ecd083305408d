import { defineStore } from 'pinia';
import { computed } from 'vue';
import type { LeermeterScore } from '@/domain';
import { pupilRounds } from '@/domain/leermeter';
import {
  getDatabase,
  leermeter,
  pupilRoundOn,
  restoreLeermeterScores,
  saveLeermeterRound,
  trashLeermeterRound,
  type LeermeterRoundSave,
} from '@/db';
import { useLiveQuery } from '@/composables/useLiveQuery';

/**
 * The leermeter: every live score (a pupil has tens or a few hundred, so all of them are read),
 * the pupil's rounds, and saving, trashing and restoring a round.
 */
export const useLeermeterStore = defineStore('leermeter', () => {
  const live = useLiveQuery<LeermeterScore[]>(() => leermeter.listLive(getDatabase()), []);
  const rounds = computed(() => pupilRounds(live.value.value));

  return {
    scores: live.value,
    ready: live.ready,
    error: live.error,
    rounds,
    roundOn: (date: string) => pupilRoundOn(getDatabase(), date),
    saveRound: (save: LeermeterRoundSave) => saveLeermeterRound(getDatabase(), save, new Date()),
    trashRound: (date: string) => trashLeermeterRound(getDatabase(), date, new Date()),
    restore: (ids: readonly string[]) => restoreLeermeterScores(getDatabase(), ids, new Date()),
  };
});
