// How good a new keystore passphrase is, for the warning `mulu keygen`/`passwd` print and the hint the 密钥 screen
// shows while it is typed. Short passphrases are a warning, not an error: the file is useless without the machine
// it sits on being compromised, and a hard minimum pushes clerks to write passphrases on paper. The keystore itself
// only refuses an empty one. Characters, not bytes, are counted: eight Chinese characters are far harder to guess
// than eight letters.

/** Shorter passphrases are accepted with a warning (docs/package-format.md, "Keys and trust store"). */
export const SHORT_PASSPHRASE_LENGTH = 8;
/** From this length on (or a shorter one mixing kinds of characters) a passphrase is called strong. */
const STRONG_PASSPHRASE_LENGTH = 12;

export type PassphraseStrength = 'empty' | 'short' | 'fair' | 'strong';

/** Length in characters (code points), as the warning states it. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase].length;
}

/**
 * 'short' below SHORT_PASSPHRASE_LENGTH; 'strong' from STRONG_PASSPHRASE_LENGTH, or from the short limit when it
 * mixes at least three kinds of characters (upper- and lower-case letters, digits, Chinese characters, others).
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = passphraseLength(passphrase);
  if (length === 0) return 'empty';
  if (length < SHORT_PASSPHRASE_LENGTH) return 'short';
  if (length >= STRONG_PASSPHRASE_LENGTH) return 'strong';
  const kinds = [/\p{Lu}/u, /\p{Ll}/u, /\p{Nd}/u, /\p{Script=Han}/u, /[^\p{L}\p{Nd}]/u].filter((kind) => kind.test(passphrase)).length;
  return kinds >= 3 ? 'strong' : 'fair';
}
