import type { Language, OutboundMessage } from '../src/channels/outboundMessage';
import { sharedReminderDialogText, type ReminderDialogText } from '../src/reminders/reminderDialogText';
import { fillText } from './fillText';
import { foldText } from '../src/reminders/textPatterns';
import { isConsentInterrupt, looksLikeQuestion } from './answerGuards';
import { parseReminderReply } from './parseReminderReply';
import type { PracticePort, ReminderPort, SkillCatalog, SkillTextView } from './reminderPort';
import type { Dialog, PendingPrompt, TurnInput } from './turnTypes';

export interface SkillPracticeDialogOptions {
  skills: SkillCatalog;
  practice: PracticePort;
  /** To find which exercise a "Practice now" reply to a skill reminder is about. */
  reminders: ReminderPort;
  text?: ReminderDialogText;
}

/** Where a person is in an exercise; also kept in conversation.dialogs so "next" works after a detour. */
interface Progress {
  skillId: string;
  /** Index of the step to show next; equal to the number of steps when only the closing is left. */
  next: number;
  updatedAt: string;
}

const NAME = 'skillPractice';
/** An exercise left alone this long is over; a later "next" is not about it. */
const PROGRESS_TTL_MS = 30 * 60_000;
const NEXT =
  /^(?:next|next step|continue|go on|ok|okay|ready|done|siguiente|sigue|seguir|continuar|continua|listo|lista|vale|hecho)$/;
const STOP =
  /^(?:stop here|finish|end exercise|quit exercise|stop exercise|enough|im done|i m done|that s enough|thats enough|parar aqui|terminar|basta|salir|ya no|parar el ejercicio|terminar el ejercicio)$/;
const REQUEST =
  /^(?:please |por favor )?(?:can we |could we |can you |puedes )?(?:walk me through|guide me through|take me through|lets do|let s do|let us do|do|try|practice|start|begin|help me (?:do|with)|i (?:want|would like|d like) to (?:do|try|practice)|teach me|hagamos|vamos a hacer|practicar|practiquemos|quiero (?:hacer|probar|practicar)|guiame (?:en|con|por)|empecemos|probar|ensename)\b/;
const MAX_BARE_WORDS = 4;

/**
 * Walks a person through a guided exercise one step at a time, with Next and Stop choices, and
 * notes a completed practice at the end. Anything that is neither next nor stop mid-exercise is
 * left to the other dialogs; the place is kept for a while, so "next" afterwards carries on.
 */
export class SkillPracticeDialog implements Dialog {
  readonly name = NAME;
  private readonly text: ReminderDialogText;

  constructor(private readonly options: SkillPracticeDialogOptions) {
    this.text = options.text ?? sharedReminderDialogText();
  }

  async start(input: TurnInput): Promise<OutboundMessage[] | undefined> {
    const progress = activeProgress(input);
    if (progress && (NEXT.test(fold(input.text)) || STOP.test(fold(input.text))))
      return this.step(input, progress);
    const reply = parseReminderReply(input.text);
    if (reply?.action === 'practice') return this.practiceFromReminder(input, reply.occurrenceRef);
    const skillId = this.requestedSkill(input.text);
    return skillId ? this.begin(input, skillId) : undefined;
  }

  async resume(input: TurnInput, pending: PendingPrompt): Promise<OutboundMessage[] | undefined> {
    if (isConsentInterrupt(input.text)) return undefined;
    if (pending.step === 'which') {
      const skillId = this.options.skills.matchSkill(input.text);
      return skillId ? this.begin(input, skillId) : undefined;
    }
    const progress = activeProgress(input);
    return progress ? this.step(input, progress) : undefined;
  }

  private async practiceFromReminder(input: TurnInput, occurrenceRef?: string): Promise<OutboundMessage[]> {
    const delivered = await this.options.reminders.findDelivered(input.userHash, input.now, occurrenceRef);
    if (delivered?.skillId && this.options.skills.skill(delivered.skillId))
      return this.begin(input, delivered.skillId);
    const texts = this.text.for(input.language).skills;
    const choices = this.options.skills.list().map((skill) => {
      const title = skill[input.language].title;
      return { label: title, value: title };
    });
    input.conversation.pending = { dialog: NAME, step: 'which' };
    return [{ text: texts.which, choices }];
  }

  /** An exercise the message asks to do: "walk me through box breathing", or just its name. */
  private requestedSkill(text: string): string | null {
    const skillId = this.options.skills.matchSkill(text);
    if (!skillId) return null;
    const folded = fold(text);
    if (REQUEST.test(folded)) return skillId;
    const isBareName = folded.split(' ').length <= MAX_BARE_WORDS && !looksLikeQuestion(text);
    return isBareName ? skillId : null;
  }

  private begin(input: TurnInput, skillId: string): OutboundMessage[] {
    const skill = this.skillText(skillId, input.language);
    if (!skill) return [];
    const texts = this.text.for(input.language).skills;
    const intro = fillText(texts.intro, { title: skill.title, intro: skill.intro });
    return [{ text: intro }, this.showStep(input, skillId, skill, 0)];
  }

  private async step(input: TurnInput, progress: Progress): Promise<OutboundMessage[] | undefined> {
    const skill = this.skillText(progress.skillId, input.language);
    const texts = this.text.for(input.language).skills;
    const answer = fold(input.text);
    if (!skill) return undefined;
    if (STOP.test(answer)) {
      saveProgress(input, undefined);
      return [{ text: texts.stopped }];
    }
    if (!NEXT.test(answer)) return undefined;
    if (progress.next < skill.steps.length)
      return [this.showStep(input, progress.skillId, skill, progress.next)];
    saveProgress(input, undefined);
    await this.options.practice.log(input.userHash, progress.skillId);
    return [{ text: fillText(texts.finished, { closing: skill.closing }) }];
  }

  private showStep(input: TurnInput, skillId: string, skill: SkillTextView, index: number): OutboundMessage {
    const texts = this.text.for(input.language).skills;
    saveProgress(input, { skillId, next: index + 1, updatedAt: input.now.toISOString() });
    input.conversation.pending = { dialog: NAME, step: 'step' };
    const text = fillText(texts.step, {
      number: String(index + 1),
      total: String(skill.steps.length),
      text: skill.steps[index],
    });
    return {
      text,
      choices: [
        { label: texts.next, value: texts.next },
        { label: texts.stop, value: texts.stop },
      ],
    };
  }

  private skillText(skillId: string, language: Language): SkillTextView | undefined {
    return this.options.skills.skill(skillId)?.[language];
  }
}

function fold(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function activeProgress(input: TurnInput): Progress | undefined {
  const progress = input.conversation.dialogs?.[NAME] as Progress | undefined;
  if (!progress) return undefined;
  const age = input.now.getTime() - Date.parse(progress.updatedAt);
  return age >= 0 && age <= PROGRESS_TTL_MS ? progress : undefined;
}

function saveProgress(input: TurnInput, progress: Progress | undefined): void {
  input.conversation.dialogs ??= {};
  if (progress) input.conversation.dialogs[NAME] = progress;
  else delete input.conversation.dialogs[NAME];
}
