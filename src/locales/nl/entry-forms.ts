/** Dutch messages shared by the forms of kwaliteiten, keuzes and loopbaangesprekken. */
export default {
  entryForm: {
    save: 'Opslaan',
    cancel: 'Annuleren',
    draftRestored: 'Je was hier eerder mee bezig. We hebben teruggezet wat je had getypt.',
    discardDraft: 'Opnieuw beginnen',
    autosaveNote: 'Wat je typt wordt meteen bewaard op dit apparaat.',
    fixErrors: 'Nog niet opgeslagen: verbeter eerst wat hierboven in rood staat.',
  },
  listEditor: {
    remove: '{item} verwijderen',
    added: '{item} toegevoegd.',
    removed: '{item} verwijderd.',
    full: 'De lijst is vol. Verwijder eerst iets om iets nieuws toe te voegen.',
  },
};
