import path from 'node:path';
import { projectRoot } from '../src/config/config';

/**
 * Where SAMHSA's 2023 directory files are, for the tests and benchmarks that use them: they are
 * never committed (see PROVENANCE.txt beside them). `SAMHSA_DATA_DIR` overrides the default,
 * `../shared/data/samhsa-2023` next to the checkout, for a clone kept somewhere else.
 */
export const SAMHSA_DATA_DIR = path.resolve(
  process.env.SAMHSA_DATA_DIR || path.join(projectRoot, '..', 'shared', 'data', 'samhsa-2023'),
);
