import type { Choice, Language, OutboundMessage } from '../src/channels/outboundMessage';
import type { LocatorDialogText, LocatorPort, LocatorSearchResult, SearchFilters } from './locatorPort';
import type { LocatorState } from './locatorState';

/** Replaces each {name} with its value; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A button whose value is its own label, so tapping it and typing it are the same message. */
export function choice(label: string): Choice {
  return { label, value: label };
}

/** The wording of locator replies: result summaries, ranges, filter phrases and follow-up choices. */
export class LocatorReplies {
  constructor(private readonly port: LocatorPort) {}

  /** The locator's sentences in one language. */
  text(language: Language): LocatorDialogText {
    return this.port.text(language);
  }

  results(
    lines: string[],
    result: LocatorSearchResult,
    state: LocatorState,
    language: Language,
  ): OutboundMessage {
    return {
      text: lines.join('\n\n'),
      cards: [{ kind: 'programs', items: result.items }],
      choices: this.choices(language, state, result.total),
    };
  }

  /** "Here are 3 of 12 programs within 25 miles of Hoboken, NJ 07030 that match: takes Medicaid, …" */
  summary(language: Language, state: LocatorState, result: LocatorSearchResult): string {
    const text = this.text(language);
    const shownAll = result.items.length === result.total;
    const template = result.total === 1 ? text.resultsOne : shownAll ? text.resultsAll : text.resultsSome;
    const range = this.range(language, state);
    const filters = this.filterSuffix(language, state.filters);
    return fill(template, { count: result.items.length, total: result.total, range, filters });
  }

  /** "within 25 miles of Hoboken, NJ", or "25 to 50 miles from Hoboken, NJ" after "farther away". */
  range(language: Language, state: LocatorState): string {
    const text = this.text(language);
    const values = { radius: state.radiusMiles, beyond: state.beyondMiles, place: state.label };
    return fill(state.beyondMiles > 0 ? text.rangeRing : text.rangeWithin, values);
  }

  filterSuffix(language: Language, filters: SearchFilters): string {
    const described = this.port.describeFilters(filters, language);
    // Content strings are trimmed when loaded, so the space before the phrase is added here.
    return described ? ` ${fill(this.text(language).filtersSuffix, { filters: described })}` : '';
  }

  /** Show more (while results remain), Farther away (below the farthest radius), and two common filters. */
  choices(language: Language, state: LocatorState, total: number): Choice[] {
    const labels = this.text(language).choices;
    const farthest = this.port.radiiMiles[this.port.radiiMiles.length - 1];
    const offered: string[] = [];
    if (state.shown < total) offered.push(labels.showMore);
    if (state.radiusMiles < farthest) offered.push(labels.farther);
    if (!state.filters.telehealth) offered.push(labels.telehealth);
    if (!state.filters.payment?.includes('medicaid')) offered.push(labels.medicaid);
    return offered.map(choice);
  }
}
