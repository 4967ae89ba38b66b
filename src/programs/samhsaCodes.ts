import type { ProgramFlags } from './programRecord';

/**
 * SAMHSA National Directory service codes (2023 code books, sheet "Service Code Reference") that
 * set a `Program` flag. The MH and SU directories share these codes with the same meaning; codes
 * not listed here (facility type, medications, approaches other than TELE...) are not stored.
 *
 * Levels: only the SU directory has an intensive-outpatient code (OIT). PHDT (MH) and ODT (SU)
 * are partial hospitalization / day treatment; OP is the generic outpatient setting and ORT the
 * SU "regular outpatient"; residential and hospital-inpatient settings both count as residential
 * because, for someone looking for an IOP, both mean "a 24-hour stay".
 *
 * Payment: NP means "no payment accepted", that is, care is free; SS is a sliding fee scale. PA
 * ("payment assistance, check with facility") is deliberately not treated as sliding or free.
 */
export const CODE_FLAGS: Readonly<Record<string, keyof ProgramFlags>> = {
  OIT: 'levelIop',
  PHDT: 'levelPartial',
  ODT: 'levelPartial',
  OP: 'levelOutpatient',
  ORT: 'levelOutpatient',
  RES: 'levelResidential',
  RS: 'levelResidential',
  RL: 'levelResidential',
  RD: 'levelResidential',
  HI: 'levelResidential',
  HID: 'levelResidential',
  HIT: 'levelResidential',
  MH: 'treatsMentalHealth',
  SA: 'treatsSubstanceUse',
  SUMH: 'treatsCoOccurring',
  TELE: 'telehealth',
  CHLD: 'agesChildren',
  YAD: 'agesYoungAdults',
  ADLT: 'agesAdults',
  SNR: 'agesSeniors',
  MD: 'payMedicaid',
  MC: 'payMedicare',
  PI: 'payPrivate',
  SF: 'paySelf',
  SS: 'paySliding',
  MI: 'payMilitary',
  NP: 'payFree',
  SP: 'langSpanish',
  AH: 'langSign',
};

/** Category OL ("Other Languages"), in code-book order; stored by name in `otherLanguages`. */
export const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  F4: 'Arabic',
  F17: 'Chinese',
  F19: 'Creole',
  F25: 'Farsi',
  F28: 'French',
  F30: 'German',
  F31: 'Greek',
  F35: 'Hebrew',
  F36: 'Hindi',
  F37: 'Hmong',
  F42: 'Italian',
  F43: 'Japanese',
  F47: 'Korean',
  F66: 'Polish',
  F67: 'Portuguese',
  F70: 'Russian',
  F81: 'Tagalog',
  F92: 'Vietnamese',
  N24: 'Ojibwa',
  N40: 'Yupik',
};

/**
 * Codes that only one directory uses, to tell which directory a file came from. SU: its setting
 * codes (OIT, ORT, ODT, OMB, OD, RS, RL, RD, HID, HIT) and type-of-care codes DT and HH. MH: the
 * type-of-care code MH and the setting PHDT.
 */
export const SU_ONLY_CODES: ReadonlySet<string> = new Set([
  'OIT',
  'ORT',
  'ODT',
  'OMB',
  'OD',
  'RS',
  'RL',
  'RD',
  'HID',
  'HIT',
  'DT',
  'HH',
]);
export const MH_ONLY_CODES: ReadonlySet<string> = new Set(['MH', 'PHDT']);
