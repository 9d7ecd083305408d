/** Dutch messages for the pupil's side of mentor feedback: importing it and showing it. */
export default {
  pupilFeedback: {
    roles: {
      mentor: 'mentor',
      slb: 'SLB’er',
      coach: 'coach',
      decaan: 'decaan',
      loopbaanbegeleider: 'loopbaanbegeleider',
      praktijkopleider: 'praktijkopleider',
    },
    badge: 'Van je mentor',
    commentsHeading: 'Feedback van je {role}',
    commentBy: 'Feedback van je {role} {name}',
    import: {
      hint: 'Kreeg je een feedbackbestand van je mentor (loopbaanfeedback-datum.zip)? Dat lees je hier ook in.',
      title: 'Feedback van {name}',
      madeOn: 'Gemaakt op {date}.',
      contains: 'Dit bestand bevat:',
      comments: 'geen opmerkingen | 1 opmerking | {n} opmerkingen',
      scores: 'geen leermeterscores | 1 leermeterscore | {n} leermeterscores',
      talks: 'geen vastgelegde gesprekken | 1 vastgelegd gesprek | {n} vastgelegde gesprekken',
      promise:
        'De feedback komt naast je eigen tekst te staan, gemarkeerd als van je mentor. Wat je zelf schreef, verandert niet.',
      plan: 'Nieuw: {added}. Bijgewerkt: {updated}. Had je al: {unchanged}.',
      skipped:
        'geen | 1 opmerking gaat over iets wat niet (meer) in je dossier staat; die laten we weg. | {n} opmerkingen gaan over iets wat niet (meer) in je dossier staat; die laten we weg.',
      nothingNew:
        'Niets nieuws: deze feedback staat al in je dossier. Er is niets veranderd. Kies een ander bestand als je nieuwere feedback hebt.',
      confirm: 'Feedback inlezen',
      importing: 'Bezig met inlezen…',
      done: 'Feedback ingelezen: {added} nieuw, {updated} bijgewerkt.',
      toConversations: 'Naar gesprekken',
      toLeermeter: 'Naar de leermeter',
    },
    talks: {
      heading: 'Vastgelegd door je mentor',
      intro: 'Gesprekken die je mentor heeft vastgelegd. Je kunt ze lezen, niet aanpassen.',
      marker: 'Vastgelegd door je mentor',
      by: 'Door {name} ({role})',
      open: 'Bekijk het verslag van {kind} op {date}',
      afspraken: 'geen afspraken | 1 afspraak | {n} afspraken',
      goals: 'geen doelen | 1 afgesproken doel | {n} afgesproken doelen',
    },
    talk: {
      back: 'Terug naar gesprekken',
      notFound:
        'Dit gesprek staat niet (meer) in je dossier. Ga terug naar gesprekken en kies een ander gesprek.',
      readOnly: 'Dit verslag is geschreven door je mentor. Je kunt het lezen, niet aanpassen.',
      with: 'Ook bij het gesprek: {names}',
      summary: 'Samenvatting',
      noSummary: 'Je mentor schreef geen samenvatting.',
      afspraken: 'Afspraken',
      done: 'gedaan',
      notDone: 'nog niet gedaan',
      agreedGoals: 'Afgesproken doelen',
      agreedGoalsIntro:
        'Neem een doel over om er zelf mee aan de slag te gaan. Het wordt dan jouw eigen doel, dat je zelf kunt aanpassen.',
      competency: 'Loopbaancompetentie: {name}',
      due: 'Klaar op {date}',
      adopt: 'Neem over als doel',
      adopted: 'Overgenomen als je eigen doel.',
      viewGoal: 'Bekijk je doel',
      restore: 'Haal terug uit de prullenbak',
      inTrash: 'Je had dit doel overgenomen en daarna weggegooid.',
      adoptedToast: 'Doel overgenomen. Je vindt het bij je doelen.',
    },
    leermeter: {
      mentorNow: 'Volgens {who}: {step}',
    },
  },
};
