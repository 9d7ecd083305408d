/**
 * Dutch words shared by many screens: common words, language names, form errors, the not-found
 * page. Not in app.ts, which loads with the entry: only screens (and the toasts they raise) use these.
 */
export default {
  common: {
    close: 'Sluiten',
    undo: 'Ongedaan maken',
    movedToTrash: 'Naar de prullenbak verplaatst.',
    restored: 'Teruggezet.',
    optional: 'niet verplicht',
  },
  // Each language is named in itself, so a pupil finds their own in either UI language.
  languages: {
    nl: 'Nederlands',
    en: 'English',
  },
  errors: {
    required: 'Vul dit in.',
    invalidDate: 'Kies een geldige datum.',
    quota:
      'Je telefoon heeft geen ruimte meer om dit op te slaan. Er is niets half opgeslagen. Exporteer eerst je dossier als reservekopie. Maak dan ruimte vrij: verwijder foto’s die je niet nodig hebt (en leeg de prullenbak), of ruim andere apps op. Probeer het daarna opnieuw.',
    saveFailed:
      'Opslaan is niet gelukt. Er is niets veranderd. Probeer het nog een keer; lukt het niet, herlaad dan de app.',
    loadFailed: 'Je dossier kon niet worden geladen. Herlaad de app om het opnieuw te proberen.',
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    back: 'Terug naar je dossier',
  },
};
