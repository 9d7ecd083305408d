/** Dutch messages for the profile area. */
export default {
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
  settings: {
    title: 'Instellingen',
    language: 'Taal',
    profile: 'Je profiel',
  },
};
