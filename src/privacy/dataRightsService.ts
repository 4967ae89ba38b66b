import type { DataRightsPort, StoredDataSummary } from '../../dialogs/ports';
import type { Db } from '../storage/database';
import type { FieldCipher } from '../storage/fieldCipher';

/**
 * Finds and erases what is stored about one person outside the bot state: reminders (and their
 * occurrences), practice log, cohort memberships, consent records, conversation references and
 * the website chat history. Only a standing opt-out survives erasure, as a keyed one-way hash,
 * so a STOP keeps holding.
 */
export class DataRightsService implements DataRightsPort {
  constructor(
    private readonly prisma: Db,
    private readonly cipher: FieldCipher,
  ) {}

  async summary(userHash: string): Promise<StoredDataSummary> {
    const [reminders, practiceCount, memberships, consent] = await Promise.all([
      this.prisma.reminder.findMany({
        where: { userHash },
        select: { what: true, status: true },
        orderBy: { createdAt: 'asc' },
      }),
      this.prisma.practiceLog.count({ where: { userHash } }),
      this.prisma.cohortMember.findMany({
        where: { userHash },
        select: { cohort: { select: { name: true } } },
      }),
      this.prisma.consentRecord.findMany({
        where: { userHash },
        select: { action: true, channelId: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
    ]);
    return {
      reminders: reminders.map((r) => ({ what: this.cipher.open(r.what), status: r.status })),
      practiceCount,
      cohorts: memberships.map((m) => m.cohort.name),
      consent: consent.map((c) => ({ action: c.action, channelId: c.channelId, at: c.createdAt })),
    };
  }

  /** Erases everything but a standing opt-out, in one transaction. Returns rows deleted per table. */
  async erase(userHash: string, conversationKey: string): Promise<Record<string, number>> {
    // Website chats of the built-in Direct Line belong to the person by their hash; the
    // conversation key is hashed too, so it cannot name them (ADR 0009).
    const chats = await this.prisma.directLineConversation.findMany({
      where: { userHash },
      select: { id: true },
    });
    const chatIds = chats.map((c) => c.id);
    const [reminders, practice, cohorts, consent, references, history, dlConversations] =
      await this.prisma.$transaction([
        this.prisma.reminder.deleteMany({ where: { userHash } }),
        this.prisma.practiceLog.deleteMany({ where: { userHash } }),
        this.prisma.cohortMember.deleteMany({ where: { userHash } }),
        this.prisma.consentRecord.deleteMany({ where: { userHash } }),
        this.prisma.conversationRef.deleteMany({ where: { OR: [{ userHash }, { key: conversationKey }] } }),
        this.prisma.directLineActivity.deleteMany({ where: { conversationId: { in: chatIds } } }),
        this.prisma.directLineConversation.deleteMany({ where: { userHash } }),
      ]);
    return {
      reminders: reminders.count,
      practiceLog: practice.count,
      cohortMemberships: cohorts.count,
      consentRecords: consent.count,
      conversationReferences: references.count,
      directLineActivities: history.count,
      directLineConversations: dlConversations.count,
    };
  }
}
