import crypto from 'node:crypto';

/** Digits and capitals without 0/O and 1/I, which are easy to misread on a flyer or a phone. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** A random join code, e.g. "K7MQ4D" (32^6, about a billion codes). */
export function newJoinCode(randomInt: (max: number) => number = crypto.randomInt): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * A typed code in canonical form, or undefined if it cannot be one. Case, spaces and dashes are
 * forgiven; a character outside the alphabet (such as O or 1) is rejected rather than guessed.
 */
export function normaliseJoinCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return undefined;
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : undefined;
}
