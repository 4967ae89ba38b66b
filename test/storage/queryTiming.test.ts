import { describeStatement } from '../../src/storage/queryTiming';

describe('describeStatement (labels of iop_db_query_duration_seconds)', () => {
  test.each([
    ['SELECT "key", "value" FROM "StateEntry" WHERE "key" IN ($1)', 'StateEntry', 'select'],
    [
      'INSERT INTO `main`.`ConversationRef` (`key`) VALUES (?) ON CONFLICT DO UPDATE SET `x` = ?',
      'ConversationRef',
      'insert',
    ],
    ['UPDATE "public"."ReminderOccurrence" SET "status" = $1', 'ReminderOccurrence', 'update'],
    ['DELETE FROM "StateEntry" WHERE "key" = $1', 'StateEntry', 'delete'],
    ['BEGIN', '-', 'begin'],
  ])('%s', (sql, model, operation) => {
    expect(describeStatement(sql)).toEqual({ model, operation });
  });

  test('reads the statement only: a value that looks like SQL in a parameter never reaches it', () => {
    // Parameters are bound separately ($1, ?), so the label comes from the statement text alone.
    expect(describeStatement('SELECT 1')).toEqual({ model: '-', operation: 'select' });
  });
});
