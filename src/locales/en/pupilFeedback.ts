import type { Messages } from '../schema';
import type nl from '../nl/pupilFeedback';

/** English messages for the pupil's side of mentor feedback; typed by the Dutch file. */
const en: Messages<typeof nl> = {
  pupilFeedback: {
    roles: {
      mentor: 'mentor',
      slb: 'study coach',
      coach: 'coach',
      decaan: 'careers adviser',
      loopbaanbegeleider: 'career counsellor',
      praktijkopleider: 'workplace trainer',
    },
    badge: 'From your mentor',
    commentsHeading: 'Feedback from your {role}',
    commentBy: 'Feedback from your {role} {name}',
    import: {
      hint: 'Did your mentor give you a feedback file (loopbaanfeedback-date.zip)? You import it here too.',
      title: 'Feedback from {name}',
      madeOn: 'Made on {date}.',
      contains: 'This file holds:',
      comments: 'no comments | 1 comment | {n} comments',
      scores: 'no leermeter scores | 1 leermeter score | {n} leermeter scores',
      talks: 'no recorded talks | 1 recorded talk | {n} recorded talks',
      promise:
        'The feedback is shown beside your own text, marked as your mentor’s. What you wrote yourself does not change.',
      plan: 'New: {added}. Updated: {updated}. Already had: {unchanged}.',
      skipped:
        'none | 1 comment is about something that is not (or no longer) in your dossier; it is left out. | {n} comments are about something that is not (or no longer) in your dossier; they are left out.',
      nothingNew:
        'Nothing new: this feedback is already in your dossier. Nothing was changed. Choose another file if you have newer feedback.',
      confirm: 'Import feedback',
      importing: 'Importing…',
      done: 'Feedback imported: {added} new, {updated} updated.',
      toConversations: 'To conversations',
      toLeermeter: 'To the leermeter',
    },
    talks: {
      heading: 'Recorded by your mentor',
      intro: 'Talks your mentor recorded. You can read them, not change them.',
      marker: 'Recorded by your mentor',
      by: 'By {name} ({role})',
      open: 'Read the record of {kind} on {date}',
      afspraken: 'no agreements | 1 agreement | {n} agreements',
      goals: 'no agreed goals | 1 agreed goal | {n} agreed goals',
    },
    talk: {
      back: 'Back to conversations',
      notFound:
        'This talk is not (or no longer) in your dossier. Go back to conversations and choose another one.',
      readOnly: 'Your mentor wrote this record. You can read it, not change it.',
      with: 'Also in the talk: {names}',
      summary: 'Summary',
      noSummary: 'Your mentor wrote no summary.',
      afspraken: 'Agreements',
      done: 'done',
      notDone: 'not done yet',
      agreedGoals: 'Agreed goals',
      agreedGoalsIntro:
        'Take a goal over to work on it yourself. It then becomes your own goal, which you can change.',
      competency: 'Career competency: {name}',
      due: 'Done by {date}',
      adopt: 'Take over as a goal',
      adopted: 'Taken over as your own goal.',
      viewGoal: 'View your goal',
      restore: 'Bring back from the trash',
      inTrash: 'You took this goal over and then threw it away.',
      adoptedToast: 'Goal taken over. You will find it with your goals.',
    },
    leermeter: {
      mentorNow: 'According to {who}: {step}',
    },
  },
};

export default en;
