/**
 * Pure views over a whole dossier. The caller passes every time in, so results depend only on
 * the arguments and tests can pin them.
 */
import type {
  Choice,
  Conversation,
  Experience,
  Feedback,
  Goal,
  LeermeterScore,
  Reflection,
  Trait,
} from './records';

export interface DossierSnapshot {
  experiences: readonly Experience[];
  reflections: readonly Reflection[];
  goals: readonly Goal[];
  traits: readonly Trait[];
  choices: readonly Choice[];
  conversations: readonly Conversation[];
  leermeter: readonly LeermeterScore[];
  feedback: readonly Feedback[];
}

export * from './coverage';
export * from './changes';
