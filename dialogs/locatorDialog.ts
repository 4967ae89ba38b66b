import type { Language, OutboundMessage } from '../src/channels/outboundMessage';
import type { LocatorIntent, LocatorPlace, LocatorPort, SearchFilters } from './locatorPort';
import { choice, fill, LocatorReplies } from './locatorReplies';
import {
  clearLocatorState,
  freshState,
  type LocatorState,
  readFilters,
  readLocatorState,
  writeLocatorState,
} from './locatorState';
import type { Dialog, PendingPrompt, TurnInput } from './turnTypes';

/** Results per page: what fits a phone screen or two SMS segments. */
const PAGE_SIZE = 3;
/** Short answers to "where?" that name no place get one more try before the question is dropped. */
const SHORT_ANSWER_WORDS = 4;

type Replies = Promise<OutboundMessage[] | undefined>;

/**
 * Finds programs near a ZIP code, a town or a shared location, in English and Spanish: one-shot
 * requests ("find an IOP near 07030 that takes Medicaid"), a question for the place when none is
 * given, follow-ups on the last search (more, farther, filters), and problem reports on a listing.
 */
export class LocatorDialog implements Dialog {
  readonly name = 'locator';

  private readonly replies: LocatorReplies;

  constructor(private readonly port: LocatorPort) {
    this.replies = new LocatorReplies(port);
  }

  async start(input: TurnInput): Replies {
    const last = readLocatorState(input);
    if (input.sharedLocation) {
      const filters = this.port.parseFilters(input.text);
      const place = this.port.placeFor(input.sharedLocation);
      return this.newSearch(input, place, last ? this.port.mergeFilters(last.filters, filters) : filters);
    }
    return this.handle(input, this.port.understand(input.text, { hasSearch: last !== undefined }), last);
  }

  /** The "how do I find a program?" handoff: searches when a place is known, otherwise asks for one. */
  async begin(input: TurnInput): Promise<OutboundMessage[]> {
    const intent = this.port.understand(input.text, { hasSearch: false });
    const place = intent.kind === 'search' ? intent.place : null;
    return this.request(input, place, this.port.parseFilters(input.text), readLocatorState(input));
  }

  async resume(input: TurnInput, pending: PendingPrompt): Replies {
    if (pending.step === 'location') return this.resumeLocation(input, pending);
    if (pending.step === 'report' && typeof pending.data?.programId === 'number') {
      return this.resumeReport(input, pending.data.programId);
    }
    return undefined;
  }

  private async handle(input: TurnInput, intent: LocatorIntent, last: LocatorState | undefined): Replies {
    if (intent.kind === 'none') return undefined;
    if (intent.kind === 'forget') return this.forget(input);
    if (intent.kind === 'search') return this.request(input, intent.place, intent.filters, last);
    if (intent.kind === 'report') return this.report(input, intent, last);
    if (!last) return undefined;
    switch (intent.kind) {
      case 'moveSearch':
        return this.newSearch(input, intent.place, this.port.mergeFilters(last.filters, intent.filters));
      case 'more':
        return this.more(input, last);
      case 'farther':
        return this.farther(input, last);
      case 'clearFilters':
        return this.firstPage(input, {
          ...last,
          filters: {},
          radiusMiles: this.port.radiiMiles[0],
          beyondMiles: 0,
        });
      case 'refine':
        return this.firstPage(input, {
          ...last,
          filters: this.port.mergeFilters(last.filters, intent.filters),
        });
    }
  }

  /** A search with or without a place: a named place wins, then the last search's, then the saved one. */
  private async request(
    input: TurnInput,
    place: LocatorPlace | null,
    filters: SearchFilters,
    last: LocatorState | undefined,
  ): Promise<OutboundMessage[]> {
    if (place) return this.newSearch(input, place, filters);
    const known = last ?? input.user.location;
    const text = this.port.text(input.language);
    if (known) {
      const note = fill(text.usingSaved, { place: known.label });
      return this.firstPage(input, freshState(known, filters, this.port.radiiMiles[0]), [note]);
    }
    if (!(await this.port.hasPrograms())) return [{ text: text.emptyDirectory }];
    input.conversation.pending = { dialog: this.name, step: 'location', data: { filters, retried: false } };
    return [{ text: text.askLocation }];
  }

  /** A search at a place the person just gave, which is remembered for next time. */
  private newSearch(
    input: TurnInput,
    place: LocatorPlace,
    filters: SearchFilters,
  ): Promise<OutboundMessage[]> {
    const notes: string[] = [];
    if (input.user.location?.label !== place.label) {
      notes.push(fill(this.port.text(input.language).remembered, { place: place.label }));
    }
    input.user.location = { latitude: place.latitude, longitude: place.longitude, label: place.label };
    return this.firstPage(input, freshState(place, filters, this.port.radiiMiles[0]), notes);
  }

  private async firstPage(
    input: TurnInput,
    search: LocatorState,
    notes: string[] = [],
  ): Promise<OutboundMessage[]> {
    const result = await this.runSearch(input.language, search, 0, PAGE_SIZE, true);
    const state: LocatorState = {
      ...search,
      radiusMiles: result.radiusMiles,
      shown: result.items.length,
      pageStart: 0,
    };
    if (result.total === 0) return this.noResults(input, state, notes);
    writeLocatorState(input, state);
    const text = this.port.text(input.language);
    const lines = [...notes, this.replies.summary(input.language, state, result)];
    if (result.widened) {
      lines.push(fill(text.widened, { requested: search.radiusMiles, radius: result.radiusMiles }));
    }
    lines.push(text.caveat);
    return [this.replies.results(lines, result, state, input.language)];
  }

  private async more(input: TurnInput, last: LocatorState): Promise<OutboundMessage[]> {
    const result = await this.runSearch(input.language, last, last.shown, PAGE_SIZE, false);
    const text = this.port.text(input.language);
    if (result.items.length === 0) {
      const range = this.replies.range(input.language, last);
      return [
        {
          text: fill(text.noMore, { total: result.total, range }),
          choices: this.replies.choices(input.language, last, result.total),
        },
      ];
    }
    const state = { ...last, pageStart: last.shown, shown: last.shown + result.items.length };
    writeLocatorState(input, state);
    const line = fill(text.nextPage, { from: last.shown + 1, to: state.shown, total: result.total });
    return [this.replies.results([line], result, state, input.language)];
  }

  private async farther(input: TurnInput, last: LocatorState): Promise<OutboundMessage[]> {
    const next = this.port.radiiMiles.find((radius) => radius > last.radiusMiles);
    const text = this.port.text(input.language);
    if (next === undefined) {
      return [{ text: `${fill(text.farthest, { radius: last.radiusMiles })} ${text.noneHelp}` }];
    }
    return this.firstPage(input, { ...last, radiusMiles: next, beyondMiles: last.radiusMiles });
  }

  private async noResults(
    input: TurnInput,
    state: LocatorState,
    notes: string[],
  ): Promise<OutboundMessage[]> {
    const text = this.port.text(input.language);
    if (!(await this.port.hasPrograms())) {
      clearLocatorState(input);
      return [{ text: [...notes, text.emptyDirectory].join('\n\n') }];
    }
    writeLocatorState(input, state);
    const none = fill(text.noneNearby, {
      range: this.replies.range(input.language, state),
      filters: this.replies.filterSuffix(input.language, state.filters),
    });
    const choices = Object.keys(state.filters).length > 0 ? [choice(text.choices.clearFilters)] : [];
    return [{ text: [...notes, none, text.noneHelp].join('\n\n'), choices }];
  }

  private async report(
    input: TurnInput,
    intent: Extract<LocatorIntent, { kind: 'report' }>,
    last: LocatorState | undefined,
  ): Promise<OutboundMessage[]> {
    const text = this.port.text(input.language);
    const id = intent.listingId ?? (await this.listingAt(input.language, last, intent.position));
    if (id === undefined) return [{ text: text.reportWhich }];
    const name = await this.port.listingName(id);
    if (name === null) return [{ text: text.reportMissing }];
    input.conversation.pending = { dialog: this.name, step: 'report', data: { programId: id } };
    // Content order: phone, address, closed, services, other.
    const reasons = text.reportReasons;
    return [
      {
        text: fill(text.reportAsk, { name }),
        choices: Object.values(reasons).map(choice),
      },
    ];
  }

  /** The listing shown at `position` (1-based) on the last page, found by searching that page again. */
  private async listingAt(language: Language, last: LocatorState | undefined, position: number | undefined) {
    const onPage = last ? last.shown - last.pageStart : 0;
    if (!last || position === undefined || position < 1 || position > onPage) return undefined;
    const result = await this.runSearch(language, last, last.pageStart + position - 1, 1, false);
    return result.ids[0];
  }

  private async resumeReport(input: TurnInput, programId: number): Replies {
    const reason = this.port.reportReason(input.text);
    if (reason === undefined) return undefined;
    const text = this.port.text(input.language);
    if (reason === 'cancel') return [{ text: text.reportCancelled }];
    const recorded = await this.port.reportProblem(programId, reason);
    return [{ text: recorded ? text.reportThanks : text.reportMissing }];
  }

  private async resumeLocation(input: TurnInput, pending: PendingPrompt): Replies {
    const filters = this.port.mergeFilters(
      readFilters(pending.data?.filters),
      this.port.parseFilters(input.text),
    );
    if (input.sharedLocation) return this.newSearch(input, this.port.placeFor(input.sharedLocation), filters);
    const text = this.port.text(input.language);
    if (this.port.isCancel(input.text)) return [{ text: text.locationCancelled }];
    const intent = this.port.understand(input.text, { hasSearch: false });
    if (intent.kind === 'forget') return this.forget(input);
    const place = (intent.kind === 'search' ? intent.place : null) ?? this.port.locate(input.text);
    if (place) return this.newSearch(input, place, filters);
    const short = input.text.trim().split(/\s+/).length <= SHORT_ANSWER_WORDS;
    if (pending.data?.retried === true || !short) return undefined;
    input.conversation.pending = { dialog: this.name, step: 'location', data: { filters, retried: true } };
    return [{ text: text.askLocationAgain }];
  }

  private forget(input: TurnInput): OutboundMessage[] {
    const text = this.port.text(input.language);
    const had = input.user.location !== undefined;
    input.user.location = undefined;
    clearLocatorState(input);
    return [{ text: had ? text.forgotten : text.nothingToForget }];
  }

  private runSearch(language: Language, search: LocatorState, offset: number, limit: number, widen: boolean) {
    const point = { latitude: search.latitude, longitude: search.longitude };
    const { filters, radiusMiles, beyondMiles } = search;
    return this.port.search({ point, filters, radiusMiles, beyondMiles, widen, offset, limit, language });
  }
}
