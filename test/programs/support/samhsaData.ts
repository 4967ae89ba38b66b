import { existsSync } from 'node:fs';
import path from 'node:path';
import { SAMHSA_DATA_DIR } from '../../../bench/samhsaData';

/** The SAMHSA 2023 directory files, kept outside the repository (see PROVENANCE.txt there). */
export const SAMHSA_DIR = SAMHSA_DATA_DIR;

// These suites need the real files: say where they were looked for, rather than fail on ENOENT.
if (!existsSync(SAMHSA_DIR)) {
  throw new Error(
    `SAMHSA 2023 directory files not found at ${SAMHSA_DIR}; set SAMHSA_DATA_DIR to the folder that holds them.`,
  );
}

export const samhsaFile = (name: string): string => path.join(SAMHSA_DIR, name);

export const MH_XLSX = samhsaFile('national-directory-mh-facilities-2023.xlsx');
export const SU_XLSX = samhsaFile('national-directory-su-facilities-2023.xlsx');
export const MH_CSV = samhsaFile('mh_facilities_2023.csv');
export const SU_CSV = samhsaFile('su_facilities_2023.csv');
