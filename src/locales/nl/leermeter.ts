/** Dutch messages for the leermeter area: self-scores per competency over time. */
export default {
  leermeter: {
    menu: 'Leermeter',
    title: 'Leermeter',
    intro:
      'Hoe ver ben je met elke loopbaancompetentie? Geef jezelf af en toe een score, bijvoorbeeld elke periode. Zo zie je hoe je groeit.',
    add: 'Nieuwe meting',
    empty:
      'Je hebt jezelf nog niet gescoord. Doe je eerste meting: het duurt maar een paar minuten.',
    growthHeading: 'Zo groei je',
    roundsHeading: 'Je metingen',
    now: 'Nu: {step}',
    noScoreYet: 'Nog geen score.',
    grew: 'Gegroeid van {from} naar {to}.',
    same: 'Net als bij je eerste meting.',
    dropped: 'Van {from} naar {to}. Praat er eens over met je mentor.',
    firstScore: 'Je eerste meting.',
    stepLabel: 'Stap {n}: {name}',
    edit: 'Aanpassen',
    editRound: 'Meting van {date} aanpassen',
    delete: 'Verwijderen',
    deleteRound: 'Meting van {date} verwijderen',
    roundOf: 'Meting van {date}',
    scoredCount: '1 competentie gescoord | {n} competenties gescoord',
    note: 'Toelichting',
    // The form
    newTitle: 'Nieuwe meting',
    editTitle: 'Meting aanpassen',
    formIntro:
      'Kies bij elke competentie de stap die nu het best bij je past. Er is geen goed of fout: het gaat erom hoe jij het nu ziet.',
    date: 'Datum van de meting',
    noteLabel: 'Waarom kies je deze stap?',
    noteHint: 'Bijvoorbeeld: wat je deed waaraan je dit merkt.',
    chooseAtLeastOne: 'Kies bij minstens één competentie hoe ver je bent, en sla dan op.',
    dateTaken:
      'Op deze datum heb je al een meting. Kies een andere datum, of pas die meting aan via de leermeter.',
    notFound: 'Deze meting bestaat niet (meer). Ga terug naar de leermeter.',
    save: 'Opslaan',
    cancel: 'Annuleren',
    draftRestored:
      'Je was hier eerder mee bezig. We hebben teruggezet wat je had gekozen en getypt.',
    discardDraft: 'Opnieuw beginnen',
    autosaveNote: 'Wat je kiest en typt wordt meteen bewaard op dit apparaat.',
    // The chart
    chartSummary: '{name}: {text}',
    chartNoScores: 'nog geen scores',
    chartOne: 'één meting, stap {step}',
    chartMany: 'van stap {from} naar stap {to} in {n} metingen',
    showTable: 'Bekijk de scores als tabel',
    tableCaption: 'Scores voor {name}',
    tableDate: 'Datum',
    tableWho: 'Wie',
    tableScore: 'Score',
    legend: 'Wie scoorde',
    scorers: {
      leerling: 'Zelf',
      mentor: 'Mentor',
      praktijkopleider: 'Praktijkopleider',
    },
    steps: {
      s1: 'Net begonnen',
      s2: 'Op weg',
      s3: 'Goed op weg',
      s4: 'Sterk',
    },
    // One line per step, per competency, in words a 14-year-old uses.
    descriptions: {
      kwaliteitenreflectie: {
        s1: 'Ik weet nog niet goed waar ik goed in ben.',
        s2: 'Ik kan een paar dingen noemen waar ik goed in ben.',
        s3: 'Ik weet waar ik goed in ben en kan er een voorbeeld bij geven.',
        s4: 'Ik laat met voorbeelden zien wat ik goed kan, en weet wat ik nog wil leren.',
      },
      motievenreflectie: {
        s1: 'Ik weet nog niet goed wat ik belangrijk vind.',
        s2: 'Ik weet een paar dingen die ik leuk of belangrijk vind.',
        s3: 'Ik kan uitleggen wat ik belangrijk vind in werk, en waarom.',
        s4: 'Ik weet wat mij drijft en gebruik dat bij mijn keuzes.',
      },
      werkexploratie: {
        s1: 'Ik weet nog weinig over werk en opleidingen die bij mij passen.',
        s2: 'Ik heb een paar beroepen of opleidingen bekeken.',
        s3: 'Ik zoek zelf uit wat een beroep of opleiding inhoudt, en of het bij mij past.',
        s4: 'Ik vergelijk werk en opleidingen goed en weet welke bij mij passen, en waarom.',
      },
      loopbaansturing: {
        s1: 'Ik weet nog niet wat mijn volgende stap is.',
        s2: 'Ik denk na over mijn volgende stap, maar anderen plannen het meeste.',
        s3: 'Ik maak zelf keuzes en plan mijn volgende stap.',
        s4: 'Ik stuur mijn eigen loopbaan: ik kies, plan, en stel bij als het nodig is.',
      },
      netwerken: {
        s1: 'Ik vraag nog niemand om hulp bij mijn keuzes.',
        s2: 'Ik praat soms met anderen over werk of opleidingen.',
        s3: 'Ik weet wie mij kan helpen en neem zelf contact op.',
        s4: 'Ik bouw zelf contacten op en gebruik ze voor mijn volgende stap.',
      },
    },
  },
};
