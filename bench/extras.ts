/**
 * Benchmarks of capabilities that need data or a dispatcher (the program locator, reminder
 * dispatch). Each returns its figures for the summary and prints its own table.
 */
export async function runExtraBenchmarks(_withPostgres: boolean): Promise<Record<string, unknown>> {
  return {};
}
