/**
 * Dutch messages for the feedback file (src/dossier/feedback/): why a feedback file is refused,
 * and what importing one did. scripts/dossier-cli.ts reads this file directly, so keep it plain
 * data without imports.
 */
export default {
  feedback: {
    errors: {
      notADossier:
        'Dit is geen feedbackbestand. Er is niets ingelezen. Kies het bestand dat je van je mentor kreeg; het heet ongeveer loopbaanfeedback-datum.zip.',
      passwordRequired:
        'Dit feedbackbestand is beveiligd met een wachtwoord. Vraag je mentor om het wachtwoord en vul het in.',
      newerVersion:
        'Dit feedbackbestand is gemaakt met een nieuwere versie van de app (bestandsversie {fileVersion}; deze app kent tot en met versie {supportedVersion}). Er is niets ingelezen. Werk de app eerst bij en probeer het daarna opnieuw.',
      noDossier:
        'Er staat nog geen dossier op dit apparaat, dus de feedback kan nergens bij. Er is niets ingelezen. Maak eerst je profiel aan of lees je eigen dossier in, en lees daarna de feedback in.',
      otherDossier:
        'Deze feedback hoort bij het dossier van iemand anders, niet bij dat van jou. Er is niets ingelezen. Vraag je mentor om de feedback die bij jouw dossier hoort.',
      pupilRecord:
        'Dit feedbackbestand zou iets veranderen wat je zelf hebt geschreven. Dat kan nooit, dus er is niets ingelezen. Vraag je mentor om een nieuw feedbackbestand te maken.',
    },
    collections: {
      feedback: 'opmerkingen',
      leermeter: 'leermeterscores',
      mentorTalks: 'vastgelegde gesprekken',
    },
    cli: {
      valid:
        'Geldig feedbackbestand (bestandsversie {version}) van {name} voor dossier {dossierId}: {counts}.',
      kind: 'Soort',
      feedbackFile: 'feedbackbestand',
      author: 'Van',
    },
  },
};
