/** Dutch messages for kwaliteiten and motieven. */
export default {
  traits: {
    menu: 'Kwaliteiten en motieven',
    title: 'Kwaliteiten en motieven',
    intro:
      'Kwaliteiten zijn dingen waar je goed in bent. Motieven zijn dingen die jij belangrijk vindt. Laat bij elk zien bij welke ervaring je het merkte.',
    kinds: {
      kwaliteit: 'Kwaliteit',
      motief: 'Motief',
    },
    groups: {
      kwaliteit: 'Mijn kwaliteiten',
      motief: 'Mijn motieven',
    },
    prompts: {
      kwaliteit:
        'Waar ben je goed in? Wat zeggen anderen over jou? Denk aan je stage, je bijbaan, school, sport of thuis.',
      motief:
        'Wat vind je belangrijk in werk? Waar krijg je energie van? Bijvoorbeeld: mensen helpen, samenwerken, buiten zijn of iets met je handen maken.',
    },
    add: {
      kwaliteit: 'Kwaliteit toevoegen',
      motief: 'Motief toevoegen',
    },
    empty: {
      kwaliteit: 'Je hebt nog geen kwaliteiten opgeschreven.',
      motief: 'Je hebt nog geen motieven opgeschreven.',
    },
    newTitle: {
      kwaliteit: 'Nieuwe kwaliteit',
      motief: 'Nieuw motief',
    },
    editTitle: {
      kwaliteit: 'Kwaliteit bewerken',
      motief: 'Motief bewerken',
    },
    kind: 'Is het een kwaliteit of een motief?',
    name: {
      kwaliteit: 'Waar ben je goed in?',
      motief: 'Wat vind je belangrijk?',
    },
    nameHint: {
      kwaliteit: 'Bijvoorbeeld: Ik kan goed luisteren',
      motief: 'Bijvoorbeeld: Ik wil mensen helpen',
    },
    description: {
      kwaliteit: 'Hoe weet je dat?',
      motief: 'Waarom vind je dit belangrijk?',
    },
    descriptionHint: {
      kwaliteit: 'Wat zeggen anderen erover? Wanneer merkte je het zelf?',
      motief: 'Wanneer merkte je dat dit voor jou telt?',
    },
    delete: {
      kwaliteit: 'Kwaliteit verwijderen',
      motief: 'Motief verwijderen',
    },
    notFound: 'Deze kwaliteit of dit motief bestaat niet (meer). Ga terug naar je lijst.',
    shownBy: 'Laat ik zien bij:',
    noEvidence: 'Nog niet gekoppeld aan een ervaring.',
    evidence: {
      legend: 'Bij welke ervaringen liet je dit zien?',
      hint: 'Vink de ervaringen of reflecties aan waarbij je dit merkte.',
      search: 'Zoek een ervaring',
      none: 'Je hebt nog geen ervaringen vastgelegd. Voeg eerst een ervaring toe; daarna kun je die hier aanvinken.',
      noMatch: 'Geen ervaring gevonden met “{query}”. Probeer een ander woord.',
      selected: 'Nog niets aangevinkt | 1 aangevinkt | {n} aangevinkt',
      matches: '{shown} van {total} getoond',
      showMore: 'Meer tonen',
      reflection: 'Reflectie',
    },
  },
};
