/** Keuzes: the options a pupil weighs, grouped the way the list screen shows them. */
import { CHOICE_STATUSES, type Choice, type ChoiceStatus } from './records';

export interface ChoiceGroup {
  status: ChoiceStatus;
  choices: Choice[];
}

/**
 * Live choices per status, in the order overwegen → gekozen → afgevallen, newest first within
 * a status. Statuses without choices are left out.
 */
export function choicesByStatus(choices: readonly Choice[]): ChoiceGroup[] {
  const live = choices
    .filter((choice) => choice.deletedAt === null)
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.option.localeCompare(b.option, 'nl') ||
        a.id.localeCompare(b.id),
    );
  return CHOICE_STATUSES.map((status) => ({
    status,
    choices: live.filter((choice) => choice.status === status),
  })).filter((group) => group.choices.length > 0);
}
