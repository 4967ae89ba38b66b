import type { Language, OutboundMessage } from '../src/channels/outboundMessage';
import type { DataRightsText } from '../src/privacy/dataRightsText';
import type { DataRightsPort, StoredDataSummary } from './ports';
import type { Dialog, PendingPrompt, TurnInput } from './turnTypes';

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9ñ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

/**
 * "What do you know about me?" lists everything stored about the person in plain words; "delete
 * my data" erases it after a confirmation (the bot does the erasing once the reply is sent).
 */
export class DataRightsDialog implements Dialog {
  readonly name = 'data-rights';
  private readonly show: Set<string>;
  private readonly erase: Set<string>;

  constructor(
    private readonly port: DataRightsPort,
    private readonly text: DataRightsText,
  ) {
    this.show = new Set(text.triggers.show.map(normalise));
    this.erase = new Set(text.triggers.erase.map(normalise));
  }

  async start(input: TurnInput): Promise<OutboundMessage[] | undefined> {
    const said = normalise(input.text)
      .replace(/^(please|por favor) /, '')
      .replace(/ (please|por favor)$/, '');
    if (this.erase.has(said)) return [this.confirm(input)];
    if (this.show.has(said)) return [await this.describe(input)];
    return undefined;
  }

  async resume(input: TurnInput, pending: PendingPrompt): Promise<OutboundMessage[] | undefined> {
    if (pending.step !== 'confirm-erase') return undefined;
    const t = this.text[input.language];
    const answer = normalise(input.text);
    if ([normalise(t.yes), 'yes', 'si', 'yes delete', 'delete', 'borrar', 'si borrar'].includes(answer)) {
      (input.effects ??= {}).eraseAfterReply = true;
      return [{ text: t.erased }];
    }
    if ([normalise(t.no), 'no', 'no keep it', 'cancel', 'cancelar'].includes(answer))
      return [{ text: t.kept }];
    return undefined;
  }

  private confirm(input: TurnInput): OutboundMessage {
    const t = this.text[input.language];
    input.conversation.pending = { dialog: this.name, step: 'confirm-erase' };
    return {
      text: t.confirmErase,
      choices: [
        { label: t.yes, value: t.yes },
        { label: t.no, value: t.no },
      ],
    };
  }

  private async describe(input: TurnInput): Promise<OutboundMessage> {
    const t = this.text[input.language];
    const stored = await this.port.summary(input.userHash);
    const language: Language = input.user.language ?? input.conversation.language ?? input.language;
    const lines = [
      t.intro,
      input.user.location ? fill(t.location, { value: input.user.location.label }) : t.noLocation,
      input.user.timeZone ? fill(t.timeZone, { value: input.user.timeZone }) : t.noTimeZone,
      fill(t.language, { value: t.languageNames[language] }),
      ...this.reminderLines(stored, t),
      fill(t.practice, { count: stored.practiceCount }),
      stored.cohorts.length ? fill(t.cohorts, { value: stored.cohorts.join(', ') }) : t.noCohorts,
      stored.consent.length ? fill(t.consent, { value: this.consentText(stored, t, input) }) : t.noConsent,
      fill(t.started, { value: this.date(input.conversation.startedAt, input) }),
      t.outro,
    ];
    return { text: lines.join('\n') };
  }

  private reminderLines(stored: StoredDataSummary, t: DataRightsText['en']): string[] {
    return [
      fill(t.reminders, { count: stored.reminders.length }),
      ...stored.reminders.map((r) =>
        fill(t.reminderLine, { what: r.what, status: t.statusNames[r.status] ?? r.status }),
      ),
    ];
  }

  private consentText(stored: StoredDataSummary, t: DataRightsText['en'], input: TurnInput): string {
    return stored.consent
      .map(
        (c) =>
          `${t.consentNames[c.action] ?? c.action} (${c.channelId}, ${this.date(c.at.toISOString(), input)})`,
      )
      .join('; ');
  }

  private date(iso: string | undefined, input: TurnInput): string {
    const when = iso ? new Date(iso) : input.now;
    return when.toLocaleDateString(input.language === 'es' ? 'es-US' : 'en-US', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: input.user.timeZone ?? input.clientTimeZone ?? 'UTC',
    });
  }
}
