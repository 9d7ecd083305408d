/** Dutch messages for the reflection area: reflecting on an experience, and standalone reflecties. */
export default {
  reflection: {
    menu: 'Reflecties',
    // Reflecting on an experience
    reflectTitle: 'Reflecteren',
    reflectOn: 'Over: {title}',
    reflectIntro:
      'Kijk terug op wat je hebt meegemaakt. Je hoeft niet alles in te vullen: begin met wat je het belangrijkst vindt.',
    experienceNotFound: 'Deze ervaring bestaat niet (meer). Ga terug naar je dossier.',
    savedExperience: 'Je reflectie is opgeslagen.',
    // The entry point on the experience screen
    linkIntro: 'Wat heb je hiervan geleerd? Kijk terug op deze ervaring.',
    linkStart: 'Reflecteren',
    linkEdit: 'Reflectie bekijken of aanpassen',
    touched: 'Deze ervaring ging over:',
    chipsLabel: 'Competenties',
    // Competencies
    competenciesTitle: 'Welke competenties kwamen aan bod?',
    competenciesHint: 'Kies er één of meer. Bij elke keuze krijg je een paar vragen.',
    promptsIntro: 'Denk bijvoorbeeld aan:',
    // SLO
    sloTitle: 'Doel, resultaat en gevolg',
    doel: 'Doel: wat wilde je te weten komen?',
    doelHint: 'Bijvoorbeeld: of werken met dieren echt iets voor mij is.',
    resultaat: 'Resultaat: wat heb je gedaan en ontdekt?',
    resultaatHint: 'Wat heb je gezien, gedaan of gehoord? Wat weet je nu?',
    vondIkErvan: 'Wat vond je ervan?',
    vondIkErvanHint: 'Wat was leuk, wat niet, en waarom?',
    gevolg: 'Gevolg: wat betekent dit voor je volgende stap?',
    gevolgHint: 'Bijvoorbeeld: ik ga een meeloopdag doen bij de opleiding dierverzorging.',
    // STARR
    starrTitle: 'STARR',
    useStarr: 'Ik wil ook reflecteren met STARR',
    useStarrHint:
      'Situatie, Taak, Actie, Resultaat, Reflectie: vertel stap voor stap wat er gebeurde.',
    starrSituatie: 'Situatie: waar was je en wat was er aan de hand?',
    starrTaak: 'Taak: wat moest jij doen?',
    starrActie: 'Actie: wat heb je gedaan, en hoe?',
    starrResultaat: 'Resultaat: hoe liep het af?',
    starrReflectie: 'Reflectie: wat ging goed, en wat doe je de volgende keer anders?',
    // Private
    private: 'Privé: alleen voor mij',
    privateHint:
      'Privé-onderdelen gaan niet mee als je je dossier deelt of exporteert, tenzij je dat zelf kiest.',
    privateBadge: 'Privé',
    // Gevolg → goal
    makeGoal: 'Maak hier een doel van',
    makeGoalEmpty: 'Schrijf eerst bij “Gevolg” wat je volgende stap is. Die tekst wordt je doel.',
    goalMade: 'Doel gemaakt.',
    goalExists: 'Dit gevolg staat in je doelen:',
    goalsFromHere: 'Doelen die hieruit kwamen:',
    viewGoal: 'Bekijk doel',
    // Standalone reflections
    listTitle: 'Reflecties',
    listIntro:
      'Een reflectie die niet bij één ervaring hoort: bijvoorbeeld over een schooljaar, een keuze of iets wat je bezighoudt.',
    add: 'Nieuwe reflectie',
    empty: 'Je hebt nog geen losse reflecties. Begin met een terugblik op de afgelopen weken.',
    count: 'Nog geen reflecties | 1 reflectie | {n} reflecties',
    newTitle: 'Nieuwe reflectie',
    editTitle: 'Reflectie bewerken',
    title: 'Titel',
    titleHint: 'Bijvoorbeeld: Terugblik op mijn eerste stageweek',
    date: 'Datum',
    notFound: 'Deze reflectie bestaat niet (meer). Ga terug naar je reflecties.',
    saved: 'Reflectie opgeslagen.',
    needTitleForGoal: 'Geef je reflectie eerst een titel, dan kun je er een doel van maken.',
    // Shared form words
    save: 'Opslaan',
    cancel: 'Annuleren',
    delete: 'Verwijderen',
    draftRestored: 'Je was hier eerder mee bezig. We hebben teruggezet wat je had getypt.',
    discardDraft: 'Opnieuw beginnen',
    autosaveNote: 'Wat je typt wordt meteen bewaard op dit apparaat.',
  },
  reflectionPrompts: {
    kwaliteitenreflectie: {
      a: 'Wat ging je goed af? Geef een voorbeeld.',
      b: 'Kreeg je een compliment? Van wie, en waarvoor?',
      c: 'Wat vond je lastig, en wat zegt dat over jou?',
    },
    motievenreflectie: {
      a: 'Wat vond je leuk om te doen, en wat juist niet?',
      b: 'Waar kreeg je energie van, en waar werd je moe van?',
      c: 'Wat vind je belangrijk in werk: samenwerken, mensen helpen, geld verdienen, iets maken?',
    },
    werkexploratie: {
      a: 'Wat doen de mensen daar op een gewone dag?',
      b: 'Welke opleiding heb je nodig voor dit werk?',
      c: 'Zou jij dit werk later willen doen? Waarom wel of niet?',
    },
    loopbaansturing: {
      a: 'Wat weet je nu wat je eerst nog niet wist?',
      b: 'Past dit bij de keuze die je wilt maken? Waarom?',
      c: 'Wat ga je hierna doen of uitzoeken?',
    },
    netwerken: {
      a: 'Met wie heb je gepraat, en wat heb je gevraagd?',
      b: 'Wie kan je verder helpen, en hoe neem je contact op?',
      c: 'Wie wil je nog iets vragen, en wat?',
    },
  },
};
