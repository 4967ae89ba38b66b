/** Called after every database statement: the table it names, its verb and how long it took. */
export type QueryObserver = (model: string, operation: string, seconds: number) => void;

interface SqlQuery {
  sql: string;
}

const VERB = /^\s*(?:WITH\b[\s\S]*?\)\s*)?(select|insert|update|delete|begin|commit|rollback|pragma)\b/i;
// Prisma quotes identifiers with "..." (PostgreSQL) or `...` (SQLite) and may qualify them with a
// schema: `main`.`ConversationRef`.
const TABLE = /\b(?:from|into|update)\s+(?:[`"]?\w+[`"]?\.)?[`"]?([A-Za-z_]\w*)/i;

/** The verb and table of a statement; only SQL text is read, never its parameters. */
export function describeStatement(sql: string): { model: string; operation: string } {
  const operation = VERB.exec(sql)?.[1]?.toLowerCase() ?? 'other';
  const model = TABLE.exec(sql)?.[1] ?? '-';
  return { model, operation };
}

/**
 * Wraps a Prisma driver-adapter factory so that every statement it runs, in or out of a
 * transaction, is timed. Prisma's model API and raw queries both end up in the adapter's
 * `queryRaw` / `executeRaw`, so this sees all of them at one place, without Prisma's query
 * logging (which would also carry the statement's parameters, i.e. stored data).
 */
export function timedAdapter<T extends object>(factory: T, observe: QueryObserver): T {
  return wrap(factory, observe);
}

function wrap<T extends object>(target: T, observe: QueryObserver): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (property === 'queryRaw' || property === 'executeRaw') {
        return async (query: SqlQuery) => {
          const started = process.hrtime.bigint();
          try {
            return await method.call(object, query);
          } finally {
            const { model, operation } = describeStatement(query.sql);
            observe(model, operation, Number(process.hrtime.bigint() - started) / 1e9);
          }
        };
      }
      if (property === 'connect' || property === 'startTransaction' || property === 'connectToShadowDb') {
        return async (...args: unknown[]) => {
          const opened = await method.apply(object, args);
          return opened && typeof opened === 'object' ? wrap(opened, observe) : opened;
        };
      }
      return method.bind(object);
    },
  });
}
