import type {
  LocatorIntent,
  LocatorPlace,
  LocatorPort,
  LocatorSearchRequest,
  LocatorSearchResult,
} from '../../dialogs/locatorPort';
import type { Language } from '../channels/outboundMessage';
import type { Db } from '../storage/database';
import type { Point } from './distance';
import { type Geocoder, sharedGeocoder } from './geocoder';
import { locatorDialogText, type LocatorDialogText, type ReportReason } from './locatorDialogContent';
import { isCancelText, locatePlace, readLocatorIntent, readReportReason } from './locatorIntent';
import { nearestTown } from './nearestTown';
import { programCard } from './programCard';
import { ProgramRepository, SEARCH_RADII_MILES } from './programRepository';
import { describeFilters, mergeFilters, parseSearchFilters, type SearchFilters } from './searchFilters';

/**
 * The locator dialog's window on the program directory: language understanding, geocoding and
 * database search. Stateless per user, so one instance serves every conversation.
 */
export class LocatorService implements LocatorPort {
  readonly radiiMiles = SEARCH_RADII_MILES;
  private readonly programs: ProgramRepository;

  constructor(
    db: Db,
    private readonly geocoder: Geocoder = sharedGeocoder(),
  ) {
    this.programs = new ProgramRepository(db);
  }

  understand(text: string, context: { hasSearch: boolean }): LocatorIntent {
    return readLocatorIntent(text, context.hasSearch, this.geocoder);
  }

  locate(text: string): LocatorPlace | null {
    return locatePlace(text, this.geocoder);
  }

  placeFor(point: Point): LocatorPlace {
    const town = nearestTown(point);
    const label = town ?? `${point.latitude.toFixed(3)}, ${point.longitude.toFixed(3)}`;
    return { latitude: point.latitude, longitude: point.longitude, label };
  }

  parseFilters(text: string): SearchFilters {
    return parseSearchFilters(text);
  }

  mergeFilters(earlier: SearchFilters, later: SearchFilters): SearchFilters {
    return mergeFilters(earlier, later);
  }

  describeFilters(filters: SearchFilters, language: Language): string {
    return describeFilters(filters, language);
  }

  async search(request: LocatorSearchRequest): Promise<LocatorSearchResult> {
    const result = await this.programs.search(request.point, request.filters, {
      radiusMiles: request.radiusMiles,
      beyondMiles: request.beyondMiles,
      widen: request.widen,
      offset: request.offset,
      limit: request.limit,
    });
    return {
      items: result.items.map((found) => programCard(found, request.language)),
      ids: result.items.map((found) => found.program.id),
      total: result.total,
      radiusMiles: result.radiusMiles,
      widened: result.widened,
    };
  }

  hasPrograms(): Promise<boolean> {
    return this.programs.hasAny();
  }

  async listingName(id: number): Promise<string | null> {
    return (await this.programs.findById(id))?.name ?? null;
  }

  reportProblem(programId: number, reason: ReportReason): Promise<boolean> {
    return this.programs.reportProblem(programId, reason);
  }

  reportReason(text: string): ReportReason | 'cancel' | undefined {
    return readReportReason(text);
  }

  isCancel(text: string): boolean {
    return isCancelText(text);
  }

  text(language: Language): LocatorDialogText {
    return locatorDialogText(language);
  }
}
