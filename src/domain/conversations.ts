/**
 * Loopbaangesprekken: prepared beforehand, recorded afterwards. Pure functions over the
 * records; the caller passes "today" and "now" in.
 */
import { createGoal } from './factories';
import { cleanTextList } from './lists';
import type { Afspraak, Contact, Conversation, Goal } from './records';

export interface ConversationLists {
  /** Prepared and not yet held: the soonest first. */
  upcoming: Conversation[];
  /** Held and recorded: the most recent first. */
  held: Conversation[];
}

export function splitConversations(conversations: readonly Conversation[]): ConversationLists {
  const live = conversations.filter((conversation) => conversation.deletedAt === null);
  const byDate = (a: Conversation, b: Conversation) =>
    a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);
  return {
    upcoming: live.filter((conversation) => !conversation.held).sort(byDate),
    held: live.filter((conversation) => conversation.held).sort((a, b) => byDate(b, a)),
  };
}

/** A prepared talk whose day has passed: the pupil is asked to record how it went. */
export function awaitsRecording(conversation: Conversation, today: string): boolean {
  return !conversation.held && conversation.date < today;
}

/** The people who took part, trimmed; rows where both name and role are empty are dropped. */
export function cleanParticipants(participants: readonly Contact[]): Contact[] {
  return participants
    .map((participant) => ({ name: participant.name.trim(), role: participant.role.trim() }))
    .filter((participant) => participant.name !== '' || participant.role !== '');
}

/** The afspraken with their text trimmed; afspraken without text are dropped. */
export function cleanAfspraken(afspraken: readonly Afspraak[]): Afspraak[] {
  return afspraken
    .map((afspraak) => ({ ...afspraak, text: afspraak.text.trim() }))
    .filter((afspraak) => afspraak.text !== '');
}

export interface ConversationWithNewGoals {
  conversation: Conversation;
  goals: Goal[];
}

/**
 * Turns the goals a pupil wrote down during a talk into Goal records that point back at the
 * conversation (`sourceId`), and adds their ids to the conversation's `goalIds`. Empty lines
 * make no goal. The caller stores both in one transaction.
 */
export function addGoalsFromConversation(
  conversation: Conversation,
  goalTexts: readonly string[],
  now: Date,
): ConversationWithNewGoals {
  const goals = cleanTextList(goalTexts).map((text) =>
    createGoal({ text, sourceId: conversation.id }, now),
  );
  if (goals.length === 0) return { conversation, goals };
  return {
    conversation: {
      ...conversation,
      goalIds: [...conversation.goalIds, ...goals.map((goal) => goal.id)],
      updatedAt: now.toISOString(),
    },
    goals,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The participant rows of a form draft that have the right shape (drafts may be older). */
export function participantsFromDraft(items: readonly unknown[]): Contact[] {
  return items.flatMap((item) =>
    isObject(item) && typeof item.name === 'string' && typeof item.role === 'string'
      ? [{ name: item.name, role: item.role }]
      : [],
  );
}

/** The afspraak rows of a form draft that have the right shape; their text may still be empty. */
export function afsprakenFromDraft(items: readonly unknown[]): Afspraak[] {
  return items.flatMap((item) =>
    isObject(item) &&
    typeof item.id === 'string' &&
    typeof item.text === 'string' &&
    typeof item.done === 'boolean'
      ? [{ id: item.id, text: item.text, done: item.done }]
      : [],
  );
}
