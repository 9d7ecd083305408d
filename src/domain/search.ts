/**
 * Search text, normalised so that what a pupil types finds what they wrote, whatever the case or
 * accents: "reflectie" finds "Refléctie", "cafe" finds "café", "ij" finds the ligature "ĳ".
 * Search matches the beginning of words ("bakk" finds "bakkerij"), so an entry is indexed as its
 * set of distinct words and a query as a list of word beginnings that must all match.
 */

/** Words shorter than this are not indexed: "ik", "je" and "de" are, single letters are not. */
export const MIN_WORD_LENGTH = 2;
/** A longer "word" is cut: nobody types 40 letters to find something. */
export const MAX_WORD_LENGTH = 40;
/** Bounds the index size of one entry; a real reflection has a few hundred distinct words. */
export const MAX_WORDS_PER_ENTRY = 2000;

// Combining marks left over after compatibility decomposition (é → e + ◌́).
const COMBINING_MARKS = /\p{M}+/gu;
// Anything that is not a letter or a digit separates words ("open-dag", "’s ochtends").
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Lower case, without accents, with compatibility characters spelled out (NFKD turns "ĳ" into
 * "ij" and "ﬁ" into "fi"), and with runs of whitespace collapsed.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalised words of a text, in order, with duplicates. */
function wordsOf(text: string): string[] {
  return normaliseText(text)
    .split(WORD_SEPARATORS)
    .filter((word) => word.length > 0);
}

/**
 * The distinct normalised words of some texts, as stored in the search index. Words shorter than
 * MIN_WORD_LENGTH are left out; long ones are cut to MAX_WORD_LENGTH.
 */
export function searchWords(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      if (word.length < MIN_WORD_LENGTH) continue;
      words.add(word.slice(0, MAX_WORD_LENGTH));
      if (words.size >= MAX_WORDS_PER_ENTRY) return [...words];
    }
  }
  return [...words];
}

/**
 * The word beginnings a query asks for: normalised, distinct, and at least MIN_WORD_LENGTH long
 * (a single letter would match nearly everything). An empty list means "no text search".
 */
export function searchTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const word of wordsOf(query)) {
    if (word.length >= MIN_WORD_LENGTH) terms.add(word.slice(0, MAX_WORD_LENGTH));
  }
  return [...terms];
}

/** Whether every term is the beginning of at least one of the words. */
export function matchesTerms(words: readonly string[], terms: readonly string[]): boolean {
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}

/**
 * The term to look up in the word index first: the longest, since it matches the fewest words.
 * Undefined for an empty list.
 */
export function mostSelectiveTerm(terms: readonly string[]): string | undefined {
  return terms.reduce<string | undefined>(
    (best, term) => (best === undefined || term.length > best.length ? term : best),
    undefined,
  );
}
