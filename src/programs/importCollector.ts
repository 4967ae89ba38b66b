import type { ProgramRecord, RejectedRow } from './programRecord';

/**
 * Gathers the outcome of each row of an import. A second row with the same source key (same
 * source, name, street and ZIP) is rejected, because the database keeps one program per key.
 */
export class ImportCollector {
  readonly records: ProgramRecord[] = [];
  readonly rejected: RejectedRow[] = [];
  private readonly firstRowByKey = new Map<string, number>();

  /** Adds a parsed record, or a rejection when `outcome` is the reason the row was refused. */
  add(row: number, outcome: ProgramRecord | string): void {
    if (typeof outcome === 'string') {
      this.rejected.push({ row, reason: outcome });
      return;
    }
    const earlier = this.firstRowByKey.get(outcome.sourceKey);
    if (earlier !== undefined) {
      this.rejected.push({ row, reason: `same name, street and ZIP as row ${earlier}` });
      return;
    }
    this.firstRowByKey.set(outcome.sourceKey, row);
    this.records.push(outcome);
  }
}
