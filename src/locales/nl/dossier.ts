/**
 * Dutch messages for the portable dossier: export, import, the printable overview, and the
 * messages of the command-line validator (scripts/dossier-cli.ts reads this file directly, so
 * keep it plain data without imports).
 */
export default {
  dossierFile: {
    errors: {
      tooLargeFile:
        'Dit bestand is te groot ({size}). Een dossierbestand mag hoogstens {limit} zijn. Maak een nieuwe export zonder foto’s of met een kleinere selectie.',
      tooLargeInflated:
        'Dit bestand pakt uit tot meer dan {limit}. Zo groot wordt een loopbaandossier niet, dus het is waarschijnlijk niet met de app gemaakt. Er is niets ingelezen. Kies het bestand dat je met de app hebt geëxporteerd.',
      tooManyEntries:
        'Dit bestand bevat te veel onderdelen ({count}; hoogstens {limit}). Er is niets ingelezen. Kies het bestand dat je met de app hebt geëxporteerd.',
      notADossier:
        'Dit is geen loopbaandossier. Er is niets ingelezen. Kies het bestand dat je met de app hebt geëxporteerd; het heet ongeveer loopbaandossier-naam-datum.zip.',
      damaged:
        'Dit bestand is beschadigd of niet compleet: {reason}. Er is niets ingelezen. Kopieer het bestand opnieuw, of exporteer het dossier nog een keer op het apparaat waar het vandaan komt.',
      passwordRequired:
        'Dit dossier is beveiligd met een wachtwoord. Vul het wachtwoord in om het te openen.',
      wrongPassword:
        'Het wachtwoord klopt niet, of het bestand is beschadigd. Er is niets ingelezen. Let op hoofdletters en probeer het opnieuw.',
      unsupportedEncryption:
        'Dit bestand is versleuteld op een manier die deze app niet kent of niet veilig genoeg vindt. Er is niets ingelezen. Exporteer het dossier opnieuw met de app.',
      newerVersion:
        'Dit dossier is gemaakt met een nieuwere versie van de app (bestandsversie {fileVersion}; deze app kent tot en met versie {supportedVersion}). Er is niets ingelezen. Werk de app eerst bij en probeer het daarna opnieuw.',
      invalidContent:
        'Er staat iets in dit dossier dat niet klopt: {reason} (bij {path}). Er is niets ingelezen. Exporteer het dossier opnieuw met de app, of vraag je mentor om hulp.',
      otherPupil:
        'Dit is het dossier van {fileName}, niet dat van jou ({ownName}). Er is niets ingelezen: een dossier van iemand anders kun je niet samenvoegen met je eigen dossier. Ben je mentor of coach? Dossiers van leerlingen bekijk je straks in de mentormodus, die in een volgende versie van de app komt.',
      storageFull:
        'Er is niet genoeg ruimte op dit apparaat om het dossier op te slaan. Er is niets ingelezen. Maak ruimte vrij (verwijder bijvoorbeeld foto’s of apps die je niet gebruikt) en probeer het opnieuw.',
      writeFailed:
        'Inlezen is niet gelukt. Er is niets veranderd. Probeer het nog een keer; lukt het niet, herlaad dan de app.',
    },
    damage: {
      empty: 'het bestand is leeg',
      truncated: 'het bestand is afgebroken',
      'zip-structure': 'de opbouw van het zip-bestand klopt niet',
      checksum: 'een controlegetal klopt niet',
      encoding: 'de tekst is geen geldige UTF-8',
      'json-syntax': 'dossier.json is geen geldige JSON',
      'missing-file': 'er ontbreekt een bijlage',
      'hash-mismatch': 'een bijlage is veranderd (de controlecode klopt niet)',
      'size-mismatch': 'een onderdeel is niet zo groot als er staat',
    },
    invalid: {
      schema: 'een waarde heeft niet de goede vorm',
      'unknown-key': 'een onbekend veld',
      'forbidden-key': 'een verboden veldnaam',
      'too-deep': 'gegevens die te diep in elkaar zitten',
      'duplicate-id': 'een id die twee keer voorkomt',
      'missing-reference': 'een verwijzing naar iets wat niet in het bestand staat',
      mismatch: 'gegevens die elkaar tegenspreken',
      'unexpected-file': 'een bestand dat niet in de lijst met bijlagen staat',
      'unsafe-name': 'een onveilige bestandsnaam',
      'not-an-image': 'een bijlage die geen foto is',
    },
    collections: {
      profile: 'profiel',
      experiences: 'ervaringen',
      reflections: 'reflecties',
      goals: 'doelen',
      traits: 'kwaliteiten en motieven',
      choices: 'keuzes',
      conversations: 'gesprekken',
      leermeter: 'leermeterscores',
      feedback: 'feedback',
      attachments: 'foto’s',
      mentorTalks: 'mentorgesprekken',
    },
  },
  dossierExport: {
    menu: 'Dossier exporteren',
    title: 'Dossier exporteren',
    intro:
      'Maak een bestand van je dossier. Daarmee zet je het over naar een nieuwe telefoon of school, of bewaar je een reservekopie. Het bestand blijft op je apparaat tot jij het deelt.',
    what: 'Wat gaat erin?',
    scopeAll: 'Mijn hele dossier',
    scopeAllHint:
      'Ook wat in je prullenbak staat, zodat een ander apparaat weet wat je hebt weggegooid.',
    scopeSelection: 'Een selectie',
    scopeSelectionHint: 'Bijvoorbeeld alleen dit schooljaar, of alleen je ervaringen.',
    includePrivate: 'Ook privé-items meenemen',
    includePrivateHint:
      'Ervaringen en reflecties die je privé hebt gemaakt, gaan er anders niet in.',
    includePhotos: 'Foto’s meenemen',
    preview: 'Dit gaat erin',
    previewEmpty: 'Er gaat nu alleen je profiel in. Kies meer in de selectie hierboven.',
    previewCount: '{collection}: {count}',
    itemsOf: '{collection} kiezen',
    protect: 'Beveiligen met een wachtwoord',
    protectHint:
      'Dan kan niemand het bestand openen zonder het wachtwoord, ook jij niet: schrijf het ergens veilig op.',
    password: 'Wachtwoord',
    passwordHint: 'Minstens 8 tekens.',
    passwordRepeat: 'Wachtwoord nog een keer',
    passwordTooShort: 'Kies een wachtwoord van minstens 8 tekens.',
    passwordMismatch: 'De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.',
    create: 'Bestand maken',
    progress: 'Bezig met exporteren… {percent}%',
    done: 'Klaar: {fileName} ({size}).',
    share: 'Delen',
    download: 'Opslaan als bestand',
    downloadAgain: 'Nog een keer opslaan',
    delivered:
      'Je export is gemaakt. Bewaar het bestand op een veilige plek, bijvoorbeeld ook op een computer.',
    failed:
      'Het bestand kon niet worden gemaakt. Er is niets veranderd. Probeer het opnieuw; lukt het niet, maak dan een export zonder foto’s.',
    shareFailed: 'Delen is niet gelukt. Gebruik ‘Opslaan als bestand’.',
    noProfile: 'Er is nog geen dossier om te exporteren.',
  },
  dossierSelection: {
    legend: 'Selectie',
    from: 'Vanaf',
    to: 'Tot en met',
    periodHint: 'Laat leeg voor alles.',
    kinds: 'Soorten',
    kindLabels: {
      experiences: 'Ervaringen',
      reflections: 'Reflecties',
      goals: 'Doelen',
      traits: 'Kwaliteiten en motieven',
      choices: 'Keuzes',
      conversations: 'Gesprekken',
      leermeter: 'Leermeter',
      feedback: 'Feedback van je mentor',
      attachments: 'Foto’s',
      mentorTalks: 'Gesprekken vastgelegd door je mentor',
    },
    competencies: 'Competenties',
    competenciesHint: 'Kies er geen, dan gaan alle competenties mee.',
  },
  dossierImport: {
    menu: 'Dossier importeren',
    title: 'Dossier importeren',
    intro:
      'Kies het dossierbestand dat je eerder hebt geëxporteerd. Eerst wordt alles gecontroleerd; pas als alles klopt, wordt er iets opgeslagen.',
    haveDossier: 'Ik heb al een dossier',
    file: 'Dossierbestand',
    fileHint:
      'Meestal loopbaandossier-naam-datum.zip, of .enc als het met een wachtwoord is beveiligd.',
    checking: 'Bestand controleren…',
    password: 'Wachtwoord van het bestand',
    open: 'Openen',
    previewTitle: 'Dossier van {name}',
    exportedOn: 'Gemaakt op {date}.',
    contains: 'Dit bestand bevat:',
    willCreate: 'Er staat nog geen dossier op dit apparaat. Dit wordt je dossier.',
    willMerge:
      'Dit is jouw dossier van een ander apparaat. Wat nieuwer is in het bestand komt erbij; wat je hier nieuwer hebt, blijft staan.',
    mergePlan: 'Zo wordt het: {added} nieuw, {updated} bijgewerkt, {unchanged} al gelijk.',
    confirm: 'Importeren',
    importing: 'Bezig met importeren…',
    doneCreate: 'Je dossier staat nu op dit apparaat: {added} onderdelen ingelezen.',
    doneMerge: 'Samengevoegd: {added} nieuw, {updated} bijgewerkt.',
    toDossier: 'Naar je dossier',
    another: 'Een ander bestand kiezen',
    back: 'Terug',
  },
  dossierPrint: {
    menu: 'Overzicht afdrukken',
    title: 'Overzicht afdrukken',
    intro:
      'Een overzicht van je dossier voor een intakegesprek op je nieuwe school. Kies wat erin komt en druk het af, of bewaar het als pdf.',
    print: 'Afdrukken',
    heading: 'Loopbaandossier van {name}',
    printedOn: 'Afgedrukt op {date}',
    school: 'School',
    sector: 'Opleiding of niveau',
    year: 'Leerjaar',
    mentor: 'Mentor of coach',
    competencies: 'Per loopbaancompetentie',
    nothingForCompetency: 'Nog niets vastgelegd bij deze competentie.',
    experience: 'Ervaring',
    reflection: 'Reflectie',
    doel: 'Doel',
    resultaat: 'Resultaat',
    vondIkErvan: 'Wat vond ik ervan',
    gevolg: 'Gevolg voor mijn volgende stap',
    unlinked: 'Nog niet bij een competentie',
    traits: 'Kwaliteiten en motieven',
    kwaliteiten: 'Kwaliteiten',
    motieven: 'Motieven',
    shownBy: 'Blijkt uit: {titles}',
    choices: 'Keuzes',
    pros: 'Voor: {items}',
    cons: 'Tegen: {items}',
    goals: 'Doelen en volgende stappen',
    due: 'af op {date}',
    afspraken: 'Afspraken uit gesprekken',
    done: 'gedaan',
    notDone: 'nog niet gedaan',
    leermeter: 'Leermeter',
    leermeterTable: 'Leermeter: scores per competentie (stap 1 tot 4)',
    leermeterDate: 'Datum',
    leermeterStep: 'Stap',
    leermeterBy: 'Door',
    none: 'Niets.',
    scorers: {
      leerling: 'Ikzelf',
      mentor: 'Mentor',
      praktijkopleider: 'Praktijkopleider',
    },
    traitKinds: {
      kwaliteit: 'Kwaliteit',
      motief: 'Motief',
    },
  },
  dossierSettings: {
    title: 'Je dossier meenemen',
    lastExport: 'Laatste export: {date}.',
    neverExported: 'Je hebt nog geen export gemaakt.',
  },
  dossierCli: {
    usage:
      'Gebruik: npm run --silent dossier -- <validate|inspect> <bestand> [--password-file <bestand>] [--json] [--lang nl|en]',
    valid: 'Geldig loopbaandossier (bestandsversie {version}) van {name}: {counts}.',
    invalid: 'Ongeldig: {message}',
    passwordHint:
      'Geef het wachtwoord mee met --password-file <bestand> (het wachtwoord op de eerste regel).',
    path: 'Plaats in het bestand: {path}',
    fileMissing:
      'Het bestand {file} bestaat niet of is geen gewoon bestand. Controleer de naam en probeer het opnieuw.',
    passwordFileMissing:
      'Het wachtwoordbestand {file} kan niet worden gelezen. Controleer de naam en probeer het opnieuw.',
    file: 'Bestand',
    encrypted: 'Versleuteld',
    formatVersion: 'Bestandsversie',
    generator: 'Gemaakt met',
    exportedAt: 'Gemaakt op',
    dossierId: 'Dossier-id',
    name: 'Naam',
    complete: 'Compleet',
    period: 'Periode',
    periodValue: '{from} t/m {to}',
    noPeriod: 'geen gedateerde onderdelen',
    counts: 'Aantallen',
    deleted: '{count} in de prullenbak',
    attachmentBytes: 'Omvang foto’s',
    yes: 'ja',
    no: 'nee',
  },
};
