/** Dutch messages for the trash (prullenbak) and deleting records. */
export default {
  trash: {
    title: 'Prullenbak',
    intro:
      'Wat je verwijdert komt eerst hier. Je kunt het terugzetten, tot je de prullenbak leegmaakt.',
    empty: 'De prullenbak is leeg.',
    count: 'Leeg | 1 ding in de prullenbak | {n} dingen in de prullenbak',
    deletedOn: 'Verwijderd op {date}',
    restore: 'Terugzetten',
    restored: '“{title}” is teruggezet.',
    emptyTrash: 'Prullenbak leegmaken',
    confirmTitle: 'Prullenbak leegmaken?',
    confirmText:
      'Alles in de prullenbak wordt voor altijd verwijderd, ook foto’s. Dit kun je niet ongedaan maken.',
    confirm: 'Voor altijd verwijderen',
    cancel: 'Annuleren',
    emptied: 'De prullenbak is leeggemaakt.',
    untitled: 'Zonder titel',
    photoOf: 'Foto bij “{title}”',
    conversationOn: 'Gesprek op {date}',
    feedbackFrom: 'Feedback van {name}',
    leermeterScore: '{competency}: stap {step} op {date}',
    kinds: {
      experiences: 'Ervaring',
      reflections: 'Reflectie',
      goals: 'Doel',
      kwaliteit: 'Kwaliteit',
      motief: 'Motief',
      choices: 'Keuze',
      conversations: 'Loopbaangesprek',
      leermeter: 'Leermeter',
      feedback: 'Feedback',
      attachments: 'Foto',
    },
    deleteExperience: 'Ervaring verwijderen',
    deleteFailed: 'Verwijderen is niet gelukt. Er is niets veranderd. Probeer het nog een keer.',
  },
};
