/** Typings for the parts of the untyped `zipcodes` package (8.x) that the locator uses. */
declare module 'zipcodes' {
  export interface ZipCodeInfo {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: 'US' | 'Canada' | string;
  }

  /** Every code in the package, keyed by ZIP (US) or postal-code prefix (Canada). */
  export const codes: Record<string, ZipCodeInfo>;
  export function lookup(zip: string | number): ZipCodeInfo | undefined;
}
