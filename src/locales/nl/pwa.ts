/** Dutch messages for the installable app: updates, storage, backups and several tabs. */
export default {
  pwa: {
    update: {
      title: 'Nieuwe versie beschikbaar',
      body: 'Wat je aan het typen bent, wordt eerst bewaard. Daarna start de app opnieuw.',
      now: 'Nu bijwerken',
      later: 'Later',
      updating: 'Bijwerken…',
      failed:
        'Je werk kon niet worden bewaard, dus de app is nog niet bijgewerkt. Probeer het nog een keer; lukt het niet, sluit dan eerst wat je open hebt staan.',
      offlineReady: 'De app werkt nu ook zonder internet.',
    },
    tabs: {
      title: 'Herlaad deze pagina',
      body: 'Loopbaandossier is in een ander tabblad bijgewerkt. Wat je typte is bewaard. Herlaad deze pagina om verder te gaan.',
      reload: 'Pagina herladen',
    },
    backup: {
      neverTitle: 'Maak een back-up van je dossier',
      never:
        'Je dossier staat alleen op dit apparaat. Exporteer het af en toe, dan ben je niets kwijt als je telefoon kapotgaat of wordt gewist.',
      overdueTitle: 'Tijd voor een nieuwe back-up',
      overdue:
        'Je laatste back-up is van {date}. Exporteer je dossier opnieuw, dan is ook je nieuwste werk veilig.',
      export: 'Dossier exporteren',
      later: 'Later',
    },
    storage: {
      title: 'Opslag',
      persistence: 'Blijvende opslag',
      persistent: 'Aan: je browser wist je dossier niet, ook niet als de ruimte opraakt.',
      notPersistent:
        'Uit: je browser mag je dossier wissen als je telefoon vol raakt. Vraag om blijvende opslag en maak vaak een back-up.',
      persistenceUnknown:
        'Deze browser laat niet weten of je dossier blijvend wordt bewaard. Maak daarom vaak een back-up.',
      askPersistence: 'Vraag om blijvende opslag',
      refused:
        'Je browser staat blijvende opslag (nog) niet toe. Zet de app op je beginscherm of maak vaker een back-up.',
      usage: 'In gebruik',
      usageValue: '{used} van {quota} ({percent})',
      usageUnknown: 'Deze browser laat niet zien hoeveel ruimte je dossier gebruikt.',
      nearlyFull:
        'Je opslag is bijna vol ({percent}). Maak een back-up en verwijder foto’s of andere bestanden die je niet meer nodig hebt.',
      iosInstall:
        'Zet Loopbaandossier op je beginscherm (Deel-knop → Zet op beginscherm): Safari mag gegevens van websites wissen die je een week niet opent, maar niet die van een app op je beginscherm.',
      version: 'Versie {version}',
      updateReady: 'Er staat een nieuwe versie klaar.',
    },
  },
};
