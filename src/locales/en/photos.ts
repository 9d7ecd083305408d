import type { Messages } from '../schema';
import type nl from '../nl/photos';

/** English messages for the photos of an experience. */
const en: Messages<typeof nl> = {
  photos: {
    heading: 'Photos',
    intro: 'Take a photo or choose one from your gallery. Photos stay on this device.',
    take: 'Take photo',
    choose: 'Choose from gallery',
    processing: 'Making the photo smaller…',
    none: 'No photos yet.',
    count: 'No photos | 1 photo | {n} photos',
    waitingNote:
      'These photos are kept as soon as you save the experience. They stay here if you close the app in between.',
    storedNote: 'Photos are kept straight away.',
    open: 'View photo {n} larger',
    alt: 'Photo {n} of this experience',
    remove: 'Remove photo {n}',
    removed: 'Photo removed.',
    viewerTitle: 'Photo {n} of {total}',
    close: 'Close',
    tooMany: 'An experience can have at most {max} photos. Remove a photo first.',
    quota:
      'There is no room left on this device for this photo. Nothing was saved. First export your dossier as a backup. Then remove photos you do not need (and empty the trash), or free up space on your phone. Then try again.',
    problems: {
      'not-an-image': '“{name}” is not a photo. Choose a photo, for example a JPG or PNG.',
      'unsupported-format':
        '“{name}” is a HEIC photo, which this browser cannot open. On your iPhone, turn on Settings › Camera › Formats “Most Compatible”, or take a screenshot of the photo and choose that.',
      damaged:
        '“{name}” could not be read; the file may be broken. Choose another photo or take it again.',
      'too-large': '“{name}” is too large for a photo. Choose a smaller photo.',
    },
  },
};

export default en;
