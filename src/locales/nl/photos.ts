/** Dutch messages for the photos of an experience. */
export default {
  photos: {
    heading: 'Foto’s',
    intro: 'Maak een foto of kies er een uit je galerij. Foto’s blijven op dit apparaat.',
    take: 'Foto maken',
    choose: 'Kies uit galerij',
    processing: 'Foto wordt kleiner gemaakt…',
    none: 'Nog geen foto’s.',
    count: 'Geen foto’s | 1 foto | {n} foto’s',
    waitingNote:
      'Deze foto’s worden bewaard zodra je de ervaring opslaat. Ze blijven staan als je de app tussendoor sluit.',
    storedNote: 'Foto’s worden meteen bewaard.',
    open: 'Foto {n} groter bekijken',
    alt: 'Foto {n} bij deze ervaring',
    remove: 'Foto {n} verwijderen',
    removed: 'Foto weggehaald.',
    viewerTitle: 'Foto {n} van {total}',
    close: 'Sluiten',
    tooMany: 'Een ervaring kan hoogstens {max} foto’s hebben. Verwijder eerst een foto.',
    quota:
      'Er is geen ruimte meer op dit apparaat voor deze foto. Er is niets opgeslagen. Exporteer eerst je dossier als reservekopie. Verwijder dan foto’s die je niet nodig hebt (en leeg de prullenbak), of maak ruimte vrij op je telefoon. Probeer het daarna opnieuw.',
    problems: {
      'not-an-image': '“{name}” is geen foto. Kies een foto, bijvoorbeeld een JPG of PNG.',
      'unsupported-format':
        '“{name}” is een HEIC-foto en die kan deze browser niet openen. Zet op je iPhone bij Instellingen › Camera › Formaten “Meest compatibel” aan, of maak een schermafbeelding van de foto en kies die.',
      damaged:
        '“{name}” kon niet worden gelezen; misschien is het bestand kapot. Kies een andere foto of maak hem opnieuw.',
      'too-large': '“{name}” is te groot voor een foto. Kies een kleinere foto.',
    },
  },
};
