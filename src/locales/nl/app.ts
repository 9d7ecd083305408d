/** Dutch messages for the app area. */
export default {
  app: {
    name: 'Loopbaandossier',
    skipToContent: 'Naar de inhoud',
    loading: 'Laden…',
  },
  nav: {
    label: 'Hoofdmenu',
    home: 'Dossier',
    add: 'Toevoegen',
    overview: 'Overzicht',
    settings: 'Instellingen',
    more: 'Meer',
  },
};
