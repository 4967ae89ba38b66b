import { stateByCode } from './usStates';

/**
 * ZIP prefixes (3 or 5 digits) whose clocks differ from the rest of their state. The list covers
 * the large, clear-cut areas only; counties split inside one prefix (Michigan's Upper Peninsula,
 * western Kansas, the Navajo Nation in Arizona) keep the state's main zone, so the result is a
 * suggestion for a reminder dialog to confirm, never a fact to act on silently.
 */
const ZIP_OVERRIDES: ReadonlyArray<[string, string]> = [
  ['324', 'America/Chicago'], // Florida panhandle: Panama City
  ['325', 'America/Chicago'], // Florida panhandle: Pensacola
  ['798', 'America/Denver'], // Texas: El Paso
  ['799', 'America/Denver'],
  ['885', 'America/Denver'],
  ['463', 'America/Chicago'], // Indiana: Gary, Hammond
  ['464', 'America/Chicago'],
  ['476', 'America/Chicago'], // Indiana: Evansville
  ['477', 'America/Chicago'],
  ['420', 'America/Chicago'], // Kentucky: Paducah
  ['421', 'America/Chicago'], // Kentucky: Bowling Green
  ['423', 'America/Chicago'], // Kentucky: Owensboro
  ['424', 'America/Chicago'], // Kentucky: Henderson
  ['373', 'America/New_York'], // Tennessee: Chattanooga
  ['374', 'America/New_York'],
  ['376', 'America/New_York'], // Tennessee: Johnson City, Knoxville
  ['377', 'America/New_York'],
  ['378', 'America/New_York'],
  ['379', 'America/New_York'],
  ['586', 'America/Denver'], // North Dakota: Dickinson
  ['577', 'America/Denver'], // South Dakota: Rapid City
  ['693', 'America/Denver'], // Nebraska panhandle: Scottsbluff, Alliance
  ['835', 'America/Los_Angeles'], // Idaho: Lewiston
  ['838', 'America/Los_Angeles'], // Idaho panhandle: Coeur d'Alene
  ['979', 'America/Boise'], // Oregon: Ontario
  ['99546', 'America/Adak'], // Alaska: Adak
  ['99547', 'America/Adak'], // Alaska: Atka
];

const OVERRIDES = new Map(ZIP_OVERRIDES);

/** The IANA zone most of a state's people live in, or null for an unknown code. */
export function timeZoneForState(stateCode: string): string | null {
  return stateByCode(stateCode)?.timeZone ?? null;
}

/** The IANA zone for a ZIP in the given state, using the overrides above before the state's main zone. */
export function timeZoneForZipInState(zip: string, stateCode: string): string | null {
  return OVERRIDES.get(zip) ?? OVERRIDES.get(zip.slice(0, 3)) ?? timeZoneForState(stateCode);
}
