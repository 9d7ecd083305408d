/** Dutch messages for keuzes. */
export default {
  choices: {
    menu: 'Keuzes',
    title: 'Keuzes',
    intro:
      'Welke opleidingen of beroepen zie je zitten? Schrijf op wat je goed vindt en wat je minder goed vindt. Zo zie je beter welke keuze bij je past.',
    add: 'Keuze toevoegen',
    empty:
      'Je hebt nog geen keuzes opgeschreven. Begin met een opleiding of beroep waar je over twijfelt.',
    kinds: {
      opleiding: 'Opleiding',
      beroep: 'Beroep',
      anders: 'Anders',
    },
    statuses: {
      overwegen: 'Ik twijfel nog',
      gekozen: 'Gekozen',
      afgevallen: 'Afgevallen',
    },
    groups: {
      overwegen: 'Ik twijfel nog',
      gekozen: 'Gekozen',
      afgevallen: 'Afgevallen',
    },
    newTitle: 'Nieuwe keuze',
    editTitle: 'Keuze bewerken',
    option: 'Welke opleiding of welk beroep?',
    optionHint: 'Bijvoorbeeld: Mbo Verzorgende IG, of: Automonteur',
    kind: 'Wat is het?',
    status: 'Hoe ver ben je?',
    date: 'Datum',
    note: 'Wat wil je er nog over kwijt?',
    noteHint: 'Bijvoorbeeld: wat je nog wilt uitzoeken, of waarom je zo gekozen hebt.',
    pros: {
      legend: 'Wat spreekt je aan?',
      hint: 'Elk punt op een eigen regel.',
      item: 'Voordeel {n}',
      add: 'Voordeel toevoegen',
      empty: 'Nog geen voordelen.',
    },
    cons: {
      legend: 'Wat spreekt je minder aan?',
      hint: 'Elk punt op een eigen regel.',
      item: 'Nadeel {n}',
      add: 'Nadeel toevoegen',
      empty: 'Nog geen nadelen.',
    },
    summary: '{pros} voor · {cons} tegen',
    delete: 'Keuze verwijderen',
    notFound: 'Deze keuze bestaat niet (meer). Ga terug naar je keuzes.',
  },
};
