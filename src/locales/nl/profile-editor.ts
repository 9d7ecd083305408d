/** Dutch messages for editing the profile in the settings. */
export default {
  profileEditor: {
    intro: 'Pas aan wat niet meer klopt, bijvoorbeeld als je naar een nieuwe school of klas gaat.',
    save: 'Profiel opslaan',
    saved: 'Je profiel is opgeslagen.',
    draftRestored: 'Je was je profiel aan het aanpassen. We hebben teruggezet wat je had getypt.',
    discardDraft: 'Wijzigingen weggooien',
    autosaveNote:
      'Wat je typt wordt meteen bewaard; je profiel verandert pas als je op “Profiel opslaan” drukt.',
  },
};
