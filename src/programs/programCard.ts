import type { Language, ProgramCardItem } from '../channels/outboundMessage';
import { locatorDialogText } from './locatorDialogContent';
import { reportValueFor } from './locatorIntent';
import { labelsFor } from './programLabels';
import type { FoundProgram, ProgramListing } from './programRepository';

/** A search result as a card item: honest labels, the intake line first, and where the listing came from. */
export function programCard(found: FoundProgram, language: Language): ProgramCardItem {
  const { program } = found;
  const address = `${program.street}, ${program.city}, ${program.state} ${program.zip}`;
  const phone = program.intakePhone ?? program.phone;
  return {
    name: program.name,
    distanceMiles: Math.round(found.distanceMiles * 10) / 10,
    labels: labelsFor(program, language),
    address,
    ...(phone ? { phone } : {}),
    ...(program.website ? { website: program.website } : {}),
    directionsUrl: directionsUrl(address),
    source: sourceLine(program, language),
    reportValue: reportValueFor(program.id),
  };
}

/** A Google Maps search link for the address (the public "Maps URLs" form, no key needed). */
export function directionsUrl(address: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`;
}

function sourceLine(program: ProgramListing, language: Language): string {
  const text = locatorDialogText(language);
  if (program.source.startsWith('samhsa'))
    return text.sourceSamhsa.replace('{edition}', program.sourceEdition);
  if (!program.lastVerified) return text.sourceProvider;
  return text.sourceProviderChecked.replace('{date}', program.lastVerified.toISOString().slice(0, 10));
}
