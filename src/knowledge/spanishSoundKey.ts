/**
 * Reduces a folded Spanish word to how it sounds, so spellings that people mix up because they
 * sound alike meet: a silent "h" ("aser", "hacer"), "b"/"v" ("avilidades"), "s"/"z"/soft "c"
 * ("cerca", "serca"), "ll"/"y" and soft "g"/"j". Used only to correct words the matcher does not know.
 */
export function spanishSoundKey(word: string): string {
  return word
    .replace(/ch/g, '1')
    .replace(/h/g, '')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/c(?=[ei])/g, 's')
    .replace(/[zx]/g, 's')
    .replace(/c/g, 'k')
    .replace(/v/g, 'b')
    .replace(/ll/g, 'y')
    .replace(/(.)\1+/g, '$1');
}
