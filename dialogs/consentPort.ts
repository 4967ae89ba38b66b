/** One consent change, recorded with when and where it was asked for. */
export interface ConsentEvent {
  userHash: string;
  channelId: string;
  at: Date;
}

/**
 * What the consent dialog (and the dialogs that create reminders) need from the consent record.
 * An opt-out stops every proactive message to the person; replies to their own messages are
 * still allowed.
 */
export interface ConsentPort {
  isOptedOut(userHash: string): Promise<boolean>;
  /** Records an opt-out; true when the person was subscribed until now (a confirmation is due). */
  optOut(event: ConsentEvent): Promise<boolean>;
  /** Records an opt-in; true when the person was opted out until now. */
  optIn(event: ConsentEvent): Promise<boolean>;
}
