/** Dutch messages for mentor mode ("Begeleiden"): the pupils' copies and the talk preparation. */
export default {
  mentor: {
    entry: {
      firstRun: 'Ik ben mentor / begeleider',
      settingsTitle: 'Begeleiden',
      settingsIntro:
        'Ben je mentor, SLB-er, coach of decaan? Lees de dossiers van je leerlingen in en bereid je gesprekken met hen voor.',
      settingsLink: 'Naar Begeleiden',
    },
    roles: {
      mentor: 'Mentor',
      slb: 'SLB-er',
      coach: 'Coach',
      decaan: 'Decaan',
      loopbaanbegeleider: 'Loopbaanbegeleider',
      praktijkopleider: 'Praktijkopleider',
    },
    conversationKinds: {
      voortgangsgesprek: 'Voortgangsgesprek',
      loopbaanreflectiegesprek: 'Loopbaanreflectiegesprek',
      trialoog: 'Trialoog',
      intakegesprek: 'Intakegesprek',
      anders: 'Ander gesprek',
    },
    home: {
      title: 'Begeleiden',
      back: 'Terug naar de app',
      intro:
        'Lees de dossierbestanden van je leerlingen in, zie per leerling wat er nieuw is, en bereid je gesprek voor.',
      privacy:
        'De kopieën van dossiers blijven alleen op dit apparaat. Ze worden nooit ergens naartoe gestuurd.',
    },
    identity: {
      title: 'Over jou',
      intro: 'Je naam en rol staan bij alles wat je voor een leerling schrijft.',
      name: 'Je naam',
      nameHint: 'Zoals je leerlingen je kennen, bijvoorbeeld Dhr. Bakker',
      role: 'Je rol',
      autosave: 'Wat je hier invult wordt meteen bewaard op dit apparaat.',
    },
    import: {
      title: 'Dossier van een leerling inlezen',
      file: 'Dossierbestanden',
      fileHint:
        'Kies één of meer bestanden die je van leerlingen kreeg (loopbaandossier-….zip of .enc). Je kunt meerdere bestanden tegelijk kiezen.',
      results: 'Wat er met de bestanden gebeurde',
      checking: 'Wordt gecontroleerd…',
      added: '{name} is ingelezen (bestand van {date}).',
      updated:
        'Bijgewerkt: de kopie van {name} is vervangen door het bestand van {date}. Je feedback, scores en gesprekken zijn bewaard.',
      same: 'Deze versie had je al: het bestand van {name} van {date}. Er is niets veranderd.',
      older:
        'Dit bestand van {name} ({date}) is ouder dan de kopie die je al hebt ({storedDate}). Er is niets veranderd. Vraag {name} om een nieuwe export als je de kopie wilt bijwerken.',
      passwordNeeded:
        'Dit bestand is beveiligd met een wachtwoord. Vraag het wachtwoord aan de leerling en vul het in.',
      password: 'Wachtwoord voor {file}',
      open: 'Openen',
      skip: 'Overslaan',
      skipped: 'Overgeslagen. Er is niets ingelezen.',
    },
    list: {
      title: 'Je leerlingen',
      count: 'Eén leerling | {n} leerlingen',
      empty:
        'Je hebt nog geen dossiers ingelezen. Vraag je leerlingen hun dossier te exporteren (Instellingen → Dossier exporteren) en het bestand naar je te sturen; lees het daarna hierboven in.',
      imported: 'Ingelezen op {date}',
      lastTalk: 'Laatste gesprek: {date}',
      noTalk: 'Nog geen gesprek',
      year: 'leerjaar {year}',
      delete: 'Verwijderen',
      deleteWhat: 'kopie van {name}',
      deleteTitle: 'Kopie van {name} verwijderen?',
      deleteText:
        'De kopie van het dossier, de foto’s en alles wat je voor {name} schreef (feedback, scores en gesprekken) worden van dit apparaat verwijderd. Dit kun je niet ongedaan maken.',
      deleted: 'De kopie van {name} is verwijderd.',
      deleteAll: 'Alle kopieën verwijderen',
      deleteAllTitle: 'Alle kopieën verwijderen?',
      deleteAllText:
        'Alle dossierkopieën ({n}), hun foto’s en alles wat je voor deze leerlingen schreef worden van dit apparaat verwijderd. Je naam en rol blijven bewaard. Dit kun je niet ongedaan maken.',
      deleteAllConfirm: 'Alles verwijderen',
      deletedAll: 'Alle kopieën zijn verwijderd.',
      cancel: 'Annuleren',
      deleteFailed:
        'Verwijderen is niet gelukt. Er is niets veranderd. Probeer het nog een keer; lukt het niet, herlaad dan de app.',
      loadFailed:
        'De lijst met leerlingen kon niet worden geladen. Herlaad de app om het opnieuw te proberen.',
    },
    pupil: {
      back: 'Alle leerlingen',
      loading: 'Wordt geladen…',
      notFound:
        'Deze leerling staat (niet meer) op dit apparaat. Ga terug naar je leerlingen en lees het dossier opnieuw in.',
      copyOf: 'Kopie van het bestand van {date}, ingelezen op {imported}.',
      partial:
        'De leerling heeft niet alles meegestuurd: privé-onderdelen en wat niet in de selectie zat, staan niet in deze kopie.',
      actions: 'Wat wil je doen?',
      scoreLeermeter: 'Leermeter scoren',
      recordTalk: 'Gesprek vastleggen',
      makeFeedback: 'Feedback-bestand maken',
      print: 'Gesprekskaart afdrukken',
    },
    since: {
      title: 'Nieuw sinds',
      from: 'Vanaf datum',
      fromHintTalk:
        'Standaard de dag van het laatste gesprek ({date}). Kies een andere datum als je wilt.',
      fromHintNone:
        'Er is nog geen gesprek vastgelegd, dus je ziet alles. Kies een datum om minder te zien.',
      reset: 'Sinds het laatste gesprek',
      all: 'Alles tonen',
      summary:
        'Niets nieuw of gewijzigd sinds {date}. | Eén onderdeel nieuw of gewijzigd sinds {date}. | {n} onderdelen nieuw of gewijzigd sinds {date}.',
      summaryAll:
        'Dit dossier is leeg. | Eén onderdeel in dit dossier. | {n} onderdelen in dit dossier.',
      created: 'nieuw',
      updated: 'gewijzigd',
      deleted: 'verwijderd',
      private: 'privé',
      collections: {
        experiences: 'Ervaringen',
        reflections: 'Reflecties',
        goals: 'Doelen',
        conversations: 'Gesprekken',
        traits: 'Kwaliteiten en motieven',
        choices: 'Keuzes',
        leermeter: 'Leermeter',
      },
      leermeterScore: '{competency}: {step} van 4',
    },
    competencies: {
      title: 'Competenties en leermeter',
      counts: 'Ervaringen {experiences} · reflecties {reflections} · doelen {goals}',
      lastActivity: 'Laatst actief: {date}',
      never: 'Nog niets gedaan',
      gap: 'Al 3 maanden niets',
      pupilScore: 'Leerling: {step} van 4 ({date})',
      mentorScore: 'Begeleider: {step} van 4 ({date})',
      pupilNone: 'Leerling: nog geen score',
      mentorNone: 'Begeleider: nog geen score',
      competency: 'Competentie',
      activity: 'Activiteit',
      pupil: 'Leerling',
      mentorColumn: 'Begeleider',
      stepOnly: '{step} van 4',
    },
    goals: {
      title: 'Open doelen',
      none: 'Geen open doelen.',
      due: 'vóór {date}',
      overdue: 'te laat',
    },
    previous: {
      title: 'Afspraken van het vorige gesprek',
      none: 'Er is nog geen gesprek vastgelegd.',
      byPupil: 'Vastgelegd door de leerling: {kind}, {date}',
      byMentor: 'Vastgelegd door {name}: {kind}, {date}',
      byMentorUnnamed: 'Vastgelegd door de begeleider: {kind}, {date}',
      progress: '{done} van {total} gedaan',
      done: 'gedaan',
      notDone: 'nog niet gedaan',
      noAfspraken: 'Geen afspraken vastgelegd.',
    },
    questions: {
      title: 'Vragen van de leerling',
      for: 'Voor het gesprek van {date} ({kind})',
      topics: 'Wil het hebben over: {topics}',
      none: 'De leerling heeft (nog) geen vragen voorbereid.',
    },
    print: {
      title: 'Gesprekskaart',
      intro:
        'Eén A4 om mee te nemen naar het gesprek: wat er nieuw is, hoe de competenties ervoor staan, open doelen, afspraken en vragen, en ruimte voor aantekeningen.',
      print: 'Afdrukken',
      back: 'Terug naar de voorbereiding',
      printedOn: 'Afgedrukt op {date}',
      notes: 'Aantekeningen',
      more: 'en nog {n}',
      sinceTitle: 'Nieuw sinds {date}',
      sinceTitleAll: 'In het dossier',
      countLine: '{collection}: {n}',
      legend:
        'Activiteit: ervaringen / reflecties / doelen en de laatste dag. Leermeter: de laatste score (1 tot 4) van leerling en begeleider.',
    },
  },
};
