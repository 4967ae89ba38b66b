import type { Prisma } from '../generated/sqlite/client';
import type { Db } from '../storage/database';
import { boundingBox, haversineMiles, type Point } from './distance';
import { rankPrograms } from './programLabels';
import { programWhere } from './programWhere';
import type { SearchFilters } from './searchFilters';

/** The radii a search steps through when too few programs are near; the last is the farthest it looks. */
export const SEARCH_RADII_MILES: readonly number[] = [25, 50, 100];
export const DEFAULT_RADIUS_MILES = SEARCH_RADII_MILES[0];
/** Fewer matches than this within a radius make the search look farther (when widening is on). */
export const MIN_RESULTS = 3;
const DEFAULT_PAGE_SIZE = 3;
const MAX_PAGE_SIZE = 100;

/** The columns a program card needs; nothing else is read for a result page. */
const LISTING_FIELDS = {
  id: true,
  sourceKey: true,
  name: true,
  street: true,
  city: true,
  state: true,
  zip: true,
  phone: true,
  intakePhone: true,
  website: true,
  levelIop: true,
  levelPartial: true,
  levelOutpatient: true,
  levelResidential: true,
  telehealth: true,
  trackEvening: true,
  langSpanish: true,
  langSign: true,
  payMedicaid: true,
  payMedicare: true,
  paySliding: true,
  payFree: true,
  source: true,
  sourceEdition: true,
  lastVerified: true,
} satisfies Prisma.ProgramSelect;

/** Only what ranking needs, so a search over a busy area moves little data. */
const RANK_FIELDS = {
  id: true,
  name: true,
  sourceKey: true,
  levelIop: true,
  latitude: true,
  longitude: true,
} satisfies Prisma.ProgramSelect;

/** A program as shown in search results. */
export type ProgramListing = Prisma.ProgramGetPayload<{ select: typeof LISTING_FIELDS }>;

export interface FoundProgram {
  program: ProgramListing;
  distanceMiles: number;
}

export interface SearchPage {
  /** Where to start looking (default 25 miles). */
  radiusMiles?: number;
  /** Leave out programs at this distance or closer, for "farther away" (default 0: none left out). */
  beyondMiles?: number;
  /** Look farther, radius by radius, while fewer than MIN_RESULTS match (default true). */
  widen?: boolean;
  offset?: number;
  limit?: number;
}

export interface ProgramSearchResult {
  /** This page of results, best first. */
  items: FoundProgram[];
  /** How many programs match within `radiusMiles`, over all pages. */
  total: number;
  /** The radius the results are within: the requested one, or a wider one when widened. */
  radiusMiles: number;
  widened: boolean;
  offset: number;
}

interface Candidate {
  record: { id: number; name: string; sourceKey: string; levelIop: boolean };
  distanceMiles: number;
}

/** Reads and writes programs for the locator. Holds no per-user state, so one instance serves all. */
export class ProgramRepository {
  constructor(private readonly db: Db) {}

  /**
   * Programs near `point` that match `filters`, ranked (see rankPrograms) and paged. A bounding
   * box on the indexed latitude/longitude columns picks candidates; the exact great-circle
   * distance then decides who is inside the radius.
   */
  async search(point: Point, filters: SearchFilters, page: SearchPage = {}): Promise<ProgramSearchResult> {
    const requested = page.radiusMiles ?? DEFAULT_RADIUS_MILES;
    let radiusMiles = requested;
    const ring = { beyond: page.beyondMiles ?? 0, filters };
    let found = await this.candidates(point, ring, requested);
    const wider = SEARCH_RADII_MILES.filter((radius) => radius > requested);
    if ((page.widen ?? true) && found.length < MIN_RESULTS && wider.length > 0) {
      // One query at the farthest radius answers every step in between.
      const farthest = await this.candidates(point, ring, wider[wider.length - 1]);
      radiusMiles =
        wider.find((radius) => countWithin(farthest, radius) >= MIN_RESULTS) ?? wider[wider.length - 1];
      found = farthest.filter((item) => item.distanceMiles <= radiusMiles);
    }
    const offset = Math.max(0, Math.floor(page.offset ?? 0));
    const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(page.limit ?? DEFAULT_PAGE_SIZE)));
    const slice = rankPrograms(found).slice(offset, offset + limit);
    const items = await this.listings(slice);
    return { items, total: found.length, radiusMiles, widened: radiusMiles !== requested, offset };
  }

  /** How many programs the directory holds. */
  count(): Promise<number> {
    return this.db.program.count();
  }

  /** Whether the directory holds any program at all (cheaper than count). */
  async hasAny(): Promise<boolean> {
    return (await this.db.program.findFirst({ select: { id: true } })) !== null;
  }

  /** One listing as search results show it, or null. */
  findById(id: number): Promise<ProgramListing | null> {
    return this.db.program.findUnique({ where: { id }, select: LISTING_FIELDS });
  }

  /** Records "report a problem with this listing"; false when no such program exists. */
  async reportProblem(programId: number, reason: string): Promise<boolean> {
    const exists = await this.db.program.findUnique({ where: { id: programId }, select: { id: true } });
    if (!exists) return false;
    await this.db.programFeedback.create({ data: { programId, reason } });
    return true;
  }

  private async candidates(
    point: Point,
    ring: { beyond: number; filters: SearchFilters },
    radiusMiles: number,
  ): Promise<Candidate[]> {
    const rows = await this.db.program.findMany({
      where: programWhere(boundingBox(point, radiusMiles), ring.filters),
      select: RANK_FIELDS,
    });
    const inside: Candidate[] = [];
    for (const row of rows) {
      // The where clause only returns rows with coordinates; the check keeps the types honest.
      if (row.latitude === null || row.longitude === null) continue;
      const distanceMiles = haversineMiles(point, { latitude: row.latitude, longitude: row.longitude });
      if (distanceMiles <= radiusMiles && (ring.beyond <= 0 || distanceMiles > ring.beyond))
        inside.push({ record: row, distanceMiles });
    }
    return inside;
  }

  private async listings(slice: Candidate[]): Promise<FoundProgram[]> {
    if (slice.length === 0) return [];
    const rows = await this.db.program.findMany({
      where: { id: { in: slice.map((item) => item.record.id) } },
      select: LISTING_FIELDS,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    // A program deleted between the two queries (a concurrent --replace import) is left out.
    return slice.flatMap((item) => {
      const program = byId.get(item.record.id);
      return program ? [{ program, distanceMiles: item.distanceMiles }] : [];
    });
  }
}

function countWithin(items: readonly Candidate[], radiusMiles: number): number {
  let count = 0;
  for (const item of items) if (item.distanceMiles <= radiusMiles) count++;
  return count;
}
