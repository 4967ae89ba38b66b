import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics. Labels are limited to channel ids and fixed names, so nothing about a
 * person or a message can reach a scrape.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly turnLatency = new Histogram({
    name: 'iop_turn_duration_seconds',
    help: 'Time to process one inbound activity, by channel.',
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly turns = new Counter({
    name: 'iop_turns_total',
    help: 'Inbound activities processed.',
    labelNames: ['channel'],
    registers: [this.registry],
  });
  readonly turnErrors = new Counter({
    name: 'iop_turn_errors_total',
    help: 'Turns that failed.',
    labelNames: ['channel'],
    registers: [this.registry],
  });
  readonly stateConflicts = new Counter({
    name: 'iop_state_conflicts_total',
    help: 'State saves refused for a stale eTag, by scope and outcome (merged, dropped, failed).',
    labelNames: ['scope', 'outcome'],
    registers: [this.registry],
  });
  readonly crisisReplies = new Counter({
    name: 'iop_crisis_replies_total',
    help: 'Crisis replies sent (a count only).',
    labelNames: ['channel'],
    registers: [this.registry],
  });
  readonly faqAnswers = new Counter({
    name: 'iop_faq_answers_total',
    help: 'Questions answered or clarified from the FAQ.',
    registers: [this.registry],
  });
  readonly faqNoMatch = new Counter({
    name: 'iop_faq_no_match_total',
    help: 'Questions the FAQ had no answer for.',
    registers: [this.registry],
  });
  readonly locatorSearches = new Counter({
    name: 'iop_locator_searches_total',
    help: 'Program searches run.',
    registers: [this.registry],
  });
  readonly remindersDue = new Counter({
    name: 'iop_reminders_due_total',
    help: 'Reminder occurrences claimed for sending.',
    registers: [this.registry],
  });
  readonly remindersSent = new Counter({
    name: 'iop_reminders_sent_total',
    help: 'Reminder occurrences delivered.',
    registers: [this.registry],
  });
  readonly remindersFailed = new Counter({
    name: 'iop_reminders_failed_total',
    help: 'Reminder send attempts that failed.',
    registers: [this.registry],
  });
  readonly remindersDead = new Counter({
    name: 'iop_reminders_dead_lettered_total',
    help: 'Reminder occurrences dead-lettered.',
    registers: [this.registry],
  });
  readonly dispatchLateness = new Histogram({
    name: 'iop_reminder_lateness_seconds',
    help: 'Delay between an occurrence being due and being sent.',
    buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });
  readonly dbQueryDuration = new Histogram({
    name: 'iop_db_query_duration_seconds',
    help: 'Database operation time, by model and operation.',
    labelNames: ['model', 'operation'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }
}
