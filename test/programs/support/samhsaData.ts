import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The SAMHSA 2023 directory files, kept outside the repository (see PROVENANCE.txt there). */
export const SAMHSA_DIR = path.resolve(repoRoot, '..', 'shared', 'data', 'samhsa-2023');

export const samhsaFile = (name: string): string => path.join(SAMHSA_DIR, name);

export const MH_XLSX = samhsaFile('national-directory-mh-facilities-2023.xlsx');
export const SU_XLSX = samhsaFile('national-directory-su-facilities-2023.xlsx');
export const MH_CSV = samhsaFile('mh_facilities_2023.csv');
export const SU_CSV = samhsaFile('su_facilities_2023.csv');
