/**
 * Dutch: the app's default language and the source of truth for message keys.
 * Every key here must exist in en.ts too (a unit test and the type of en.ts both check it).
 */
const nl = {
  app: {
    name: 'Loopbaandossier',
    skipToContent: 'Naar de inhoud',
    loading: 'Laden…',
  },
  common: {
    optional: 'niet verplicht',
  },
  // Each language is named in itself, so a pupil finds their own in either UI language.
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
  nav: {
    label: 'Hoofdmenu',
    home: 'Dossier',
    add: 'Toevoegen',
    settings: 'Instellingen',
  },
  firstRun: {
    title: 'Welkom bij je loopbaandossier',
    intro:
      'Hier houd je bij wat je meemaakt, wat je ervan leert en wat je volgende stap is. Het dossier is van jou en gaat met je mee naar je volgende school.',
    privacy: 'Alles wat je invult blijft op dit apparaat. Je hebt geen account nodig.',
    name: 'Je naam',
    school: 'School',
    sector: 'Opleiding of niveau',
    year: 'Leerjaar',
    yearNone: 'Weet ik niet / geen',
    mentor: 'Naam van je mentor of coach',
    create: 'Dossier aanmaken',
  },
  sectors: {
    'vmbo-bb': 'vmbo basis (bb)',
    'vmbo-kb': 'vmbo kader (kb)',
    'vmbo-gl': 'vmbo gemengd (gl)',
    'vmbo-tl': 'vmbo theoretisch (tl)',
    havo: 'havo',
    vwo: 'vwo',
    'mbo-1': 'mbo niveau 1',
    'mbo-2': 'mbo niveau 2',
    'mbo-3': 'mbo niveau 3',
    'mbo-4': 'mbo niveau 4',
    hbo: 'hbo',
    anders: 'Anders',
  },
  home: {
    title: 'Mijn dossier',
    greeting: 'Hoi {name}!',
    empty:
      'Je hebt nog niets vastgelegd. Begin met iets wat je onlangs hebt gedaan, zoals een snuffelstage, open dag of je bijbaan.',
    addExperience: 'Ervaring toevoegen',
    timeline: 'Tijdlijn',
    count: 'Nog geen ervaringen | 1 ervaring | {n} ervaringen',
    loadMore: 'Meer laden',
  },
  experience: {
    newTitle: 'Nieuwe ervaring',
    editTitle: 'Ervaring bewerken',
    kind: 'Soort ervaring',
    title: 'Titel',
    titleHint: 'Bijvoorbeeld: Snuffelstage bij de bakker',
    date: 'Datum',
    place: 'Plaats of organisatie',
    contactName: 'Contactpersoon',
    contactRole: 'Rol van de contactpersoon',
    contactRoleHint: 'Bijvoorbeeld: praktijkopleider, eigenaar, docent',
    description: 'Wat heb je gedaan?',
    save: 'Opslaan',
    cancel: 'Annuleren',
    saved: 'Ervaring opgeslagen',
    notFound: 'Deze ervaring bestaat niet (meer). Ga terug naar je dossier.',
    draftRestored: 'Je was hier eerder mee bezig. We hebben teruggezet wat je had getypt.',
    discardDraft: 'Opnieuw beginnen',
    autosaveNote: 'Wat je typt wordt meteen bewaard op dit apparaat.',
  },
  experienceKinds: {
    snuffelstage: 'Snuffelstage',
    meeloopdag: 'Meeloopdag',
    'open-dag': 'Open dag',
    bpv: 'Stage (bpv)',
    bedrijfsbezoek: 'Bedrijfsbezoek',
    gastles: 'Gastles',
    bijbaan: 'Bijbaan',
    vrijwilligerswerk: 'Vrijwilligerswerk',
    project: 'Project',
    workshop: 'Workshop',
    beroepentest: 'Test of beroepentest',
    'gesprek-professional': 'Gesprek met iemand uit het vak',
    voorlichting: 'Voorlichting',
    anders: 'Anders',
  },
  settings: {
    title: 'Instellingen',
    language: 'Taal',
    profile: 'Je profiel',
  },
  errors: {
    required: 'Vul dit in.',
    invalidDate: 'Kies een geldige datum.',
    quota:
      'Je telefoon heeft geen ruimte meer om dit op te slaan. Er is niets half opgeslagen. Maak ruimte vrij (verwijder bijvoorbeeld foto’s uit je dossier of andere apps) en probeer het opnieuw.',
    saveFailed:
      'Opslaan is niet gelukt. Er is niets veranderd. Probeer het nog een keer; lukt het niet, herlaad dan de app.',
    loadFailed: 'Je dossier kon niet worden geladen. Herlaad de app om het opnieuw te proberen.',
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    back: 'Terug naar je dossier',
  },
};

export default nl;
