import { type BotState, ConversationState, type Storage, type TurnContext, UserState } from 'botbuilder';
import { hashId, type Logger } from '../observability/logger';
import { ETagConflictError } from '../storage/prismaStorage';

/**
 * Conversation and user state that several bot instances can write at once without losing each
 * other's changes (docs/decisions/0014-etag-conflicts.md).
 *
 * botbuilder's BotState saves with eTag "*", so when two turns of one conversation (or two
 * conversations of one person) overlap, the later save silently overwrites the earlier one. Here
 * a save carries the eTag the turn read; when the storage rejects it as stale, the state is read
 * again and this turn's own changes are applied on top of what the other writer stored (a
 * three-way merge against what this turn read), then written with the fresh eTag. The turn is not
 * run again, so no reply, reminder or consent record is ever produced twice.
 */

/** What happened to a save that met a conflict. */
export type ConflictOutcome = 'merged' | 'failed' | 'dropped';

export interface MergingStateOptions {
  logger: Logger;
  /** Called once per conflicting save (metrics); never given anything about the person. */
  onConflict?: (outcome: ConflictOutcome, scope: StateScope) => void;
  /**
   * Merge-and-write rounds after the first write was refused. Each round re-reads, so only a
   * further writer landing inside the round makes it fail again.
   */
  mergeAttempts?: number;
}

export type StateScope = 'conversation' | 'user';

/** The turn's changes could not be saved: the stored state kept changing under it. */
export class StateConflictError extends Error {
  override readonly name = 'StateConflictError';
  constructor(readonly scope: StateScope) {
    super(`The ${scope} state changed on every save attempt; this turn's changes were not saved.`);
  }
}

/**
 * Merge rounds after a refused write. One settles the usual case of two overlapping turns; a round
 * has no side effects, so a few more let a short burst of writers (one person's conversations on
 * several instances) settle rather than fail.
 */
export const DEFAULT_MERGE_ATTEMPTS = 3;

/**
 * Objects merge key by key down to this depth: the stored item (1) holds one object per state
 * property (2: `conversation`, `profile`), whose fields are the unit of merging. A field's value
 * (a pending question, the last choices, a saved location) is replaced whole, never spliced with
 * another turn's version of it.
 */
const MERGE_DEPTH = 2;

/**
 * An eTag no storage ever issues: written when the turn found nothing stored, it makes the write
 * succeed only while the key is still absent (PrismaStorage and MemoryStorage write a missing key
 * whatever its eTag, and refuse an existing one whose eTag differs).
 */
const ABSENT = 'iop:absent';

type Plain = Record<string, unknown>;

interface Tracked {
  /** The object BotState caches for this turn (the accessors hand out parts of it). */
  state: Plain;
  /** The stored value this turn's changes are relative to: as read, or as this turn last wrote it. */
  base: Plain;
  /** The eTag to write with; undefined after a write of ours (the new eTag is unknown). */
  eTag: string | undefined;
}

/** Saves one BotState the merging way; ConversationState and UserState below delegate here. */
class MergingSaver {
  private readonly trackKey = Symbol('mergingState');

  constructor(
    private readonly owner: BotState & { getStorageKey(context: TurnContext): string | undefined },
    private readonly storage: Storage,
    private readonly scope: StateScope,
    private readonly options: MergingStateOptions,
  ) {}

  /** Wraps BotState.load: remembers what was read, so the save knows what this turn changed. */
  async load(context: TurnContext, force: boolean, read: () => Promise<Plain>): Promise<Plain> {
    const reading = force || this.owner.get(context) === undefined;
    const state = await read();
    if (reading) {
      const eTag = typeof state.eTag === 'string' && state.eTag !== '' ? state.eTag : ABSENT;
      context.turnState.set(this.trackKey, { state, base: plain(state), eTag } satisfies Tracked);
    }
    return state;
  }

  forget(context: TurnContext): void {
    context.turnState.delete(this.trackKey);
  }

  async save(context: TurnContext, force: boolean, blindSave: () => Promise<void>): Promise<void> {
    const state = this.owner.get(context) as Plain | undefined;
    const tracked = context.turnState.get(this.trackKey) as Tracked | undefined;
    if (!tracked || tracked.state !== state) {
      // Not read through load() (nothing loaded, or state replaced by clear()): BotState's own
      // save, an overwrite, is what the caller asked for.
      await blindSave();
      return;
    }
    const ours = plain(state);
    if (!force && deepEqual(ours, tracked.base)) return;
    const key = this.owner.getStorageKey(context);
    if (!key) throw new Error('MergingState: the activity has no storage key');
    if (tracked.eTag !== undefined && (await this.tryWrite(key, ours, tracked.eTag))) {
      this.wrote(context, state, ours);
      return;
    }
    // Refused, or written before in this turn (so the current eTag is unknown): merge and write.
    const refused = tracked.eTag !== undefined;
    const attempts = this.options.mergeAttempts ?? DEFAULT_MERGE_ATTEMPTS;
    for (let round = 1; round <= attempts; round++) {
      const stored = (await this.storage.read([key]))[key] as Plain | undefined;
      if (stored === undefined && tracked.eTag !== ABSENT) {
        // Deleted since this turn read it: a data-deletion request or the retention purge. Deleted
        // stays deleted; this turn's changes are not written back.
        this.report('dropped', key, round, refused);
        this.forget(context);
        return;
      }
      const theirs = stored ? plain(stored) : {};
      const merged = merge(tracked.base, ours, theirs, MERGE_DEPTH);
      const eTag = typeof stored?.eTag === 'string' ? stored.eTag : ABSENT;
      if (await this.tryWrite(key, merged, eTag)) {
        replaceContents(state, merged);
        this.wrote(context, state, merged);
        this.report('merged', key, round, refused);
        return;
      }
    }
    this.report('failed', key, attempts, refused);
    throw new StateConflictError(this.scope);
  }

  /** Writes with an eTag; false when the storage refused it as stale. */
  private async tryWrite(key: string, value: Plain, eTag: string): Promise<boolean> {
    try {
      await this.storage.write({ [key]: { ...value, eTag } });
      return true;
    } catch (error) {
      if (isETagConflict(error)) return false;
      throw error;
    }
  }

  private wrote(context: TurnContext, state: Plain, written: Plain): void {
    context.turnState.set(this.trackKey, { state, base: written, eTag: undefined } satisfies Tracked);
  }

  private report(outcome: ConflictOutcome, key: string, rounds: number, refused: boolean): void {
    // A second save in one turn re-reads by design; only a refused write is a conflict.
    if (!refused && outcome === 'merged') return;
    this.options.onConflict?.(outcome, this.scope);
    const line = { scope: this.scope, key: hashId(key), outcome, rounds };
    if (outcome === 'failed') this.options.logger.error(line, 'state save conflict: changes not saved');
    else this.options.logger.info(line, 'state save conflict');
  }
}

/** ConversationState whose saves merge with concurrent writers instead of overwriting them. */
export class MergingConversationState extends ConversationState {
  private readonly saver: MergingSaver;

  constructor(storage: Storage, options: MergingStateOptions) {
    super(storage);
    this.saver = new MergingSaver(this, storage, 'conversation', options);
  }

  override load(context: TurnContext, force = false): Promise<Plain> {
    return this.saver.load(context, force, () => super.load(context, force));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return this.saver.save(context, force, () => super.saveChanges(context, force));
  }

  override async delete(context: TurnContext): Promise<void> {
    this.saver.forget(context);
    await super.delete(context);
  }
}

/** UserState whose saves merge with concurrent writers (other conversations, other instances). */
export class MergingUserState extends UserState {
  private readonly saver: MergingSaver;

  constructor(storage: Storage, options: MergingStateOptions) {
    super(storage);
    this.saver = new MergingSaver(this, storage, 'user', options);
  }

  override load(context: TurnContext, force = false): Promise<Plain> {
    return this.saver.load(context, force, () => super.load(context, force));
  }

  override saveChanges(context: TurnContext, force = false): Promise<void> {
    return this.saver.save(context, force, () => super.saveChanges(context, force));
  }

  override async delete(context: TurnContext): Promise<void> {
    this.saver.forget(context);
    await super.delete(context);
  }
}

/**
 * Three-way merge: what `ours` changed relative to `base`, applied to `theirs`. Where only one
 * side changed a value, that side's value is kept; where both changed it, ours wins (this turn
 * saves last, as if it had run second for that value). Objects are merged key by key `depth`
 * levels down; below that, values are replaced whole. An absent key is `undefined`, so a removal
 * is a change like any other.
 */
export function merge(base: unknown, ours: unknown, theirs: unknown, depth = MERGE_DEPTH): Plain {
  return mergeValue(base, ours, theirs, depth) as Plain;
}

function mergeValue(base: unknown, ours: unknown, theirs: unknown, depth: number): unknown {
  if (deepEqual(ours, base)) return theirs;
  if (deepEqual(theirs, base)) return ours;
  if (depth <= 0 || !isPlainObject(ours) || !isPlainObject(theirs)) return ours;
  const baseObject = isPlainObject(base) ? base : {};
  const result: Plain = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(ours)])) {
    const value = mergeValue(baseObject[key], ours[key], theirs[key], depth - 1);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** The state as it would be stored: JSON round trip (dates become strings), eTag left out. */
function plain(state: Plain): Plain {
  const { eTag: _eTag, ...rest } = state;
  return JSON.parse(JSON.stringify(rest)) as Plain;
}

function replaceContents(target: Plain, source: Plain): void {
  for (const key of Object.keys(target)) if (key !== 'eTag') delete target[key];
  Object.assign(target, source);
}

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values, ignoring key order. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => deepEqual(v, other[i]));
  }
  const left = a as Plain;
  const right = b as Plain;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  if (keys.length !== Object.keys(right).filter((k) => right[k] !== undefined).length) return false;
  return keys.every((k) => deepEqual(left[k], right[k]));
}

/** PrismaStorage's error, or the message MemoryStorage (and other botbuilder storages) use. */
export function isETagConflict(error: unknown): boolean {
  return (
    error instanceof ETagConflictError || (error instanceof Error && /eTag conflict/i.test(error.message))
  );
}
