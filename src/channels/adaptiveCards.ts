import type { Attachment } from 'botbuilder';
import type { Card, Choice, ProgramCardItem } from './outboundMessage';

/**
 * Adaptive Cards for Web Chat and Teams. Schema 1.4 is the newest version both render fully.
 * Buttons post their value back as the message text (Teams: imBack via msteams data), so a card
 * tap and a typed answer reach the dialogs the same way.
 */
const CARD_VERSION = '1.4';

function submit(choice: Choice): Record<string, unknown> {
  return {
    type: 'Action.Submit',
    title: choice.label,
    data: { msteams: { type: 'imBack', value: choice.value }, choice: choice.value },
  };
}

function card(body: unknown[], actions: unknown[] = []): Attachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: CARD_VERSION,
      body,
      ...(actions.length ? { actions } : {}),
    },
  };
}

function programBlock(item: ProgramCardItem, index: number): unknown {
  const facts = [
    { title: 'Distance', value: `${item.distanceMiles.toFixed(1)} mi` },
    { title: 'Address', value: item.address },
    ...(item.phone ? [{ title: 'Phone', value: item.phone }] : []),
  ];
  const links = [
    ...(item.phone
      ? [
          {
            type: 'Action.OpenUrl',
            title: `Call ${item.phone}`,
            url: `tel:${item.phone.replace(/[^\d+]/g, '')}`,
          },
        ]
      : []),
    ...(item.website ? [{ type: 'Action.OpenUrl', title: 'Website', url: item.website }] : []),
    { type: 'Action.OpenUrl', title: 'Directions', url: item.directionsUrl },
    ...(item.reportValue ? [submit({ label: 'Report a problem', value: item.reportValue })] : []),
  ];
  return {
    type: 'Container',
    separator: index > 0,
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: `${index + 1}. ${item.name}`, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: item.labels.join(' · '), wrap: true, spacing: 'Small' },
      { type: 'FactSet', facts },
      { type: 'ActionSet', actions: links },
      { type: 'TextBlock', text: item.source, isSubtle: true, size: 'Small', wrap: true },
    ],
  };
}

export function cardToAttachment(value: Card, choices: Choice[] = []): Attachment {
  switch (value.kind) {
    case 'answer':
    case 'reminder':
      return card(
        [
          { type: 'TextBlock', text: value.title, weight: 'Bolder', size: 'Medium', wrap: true },
          { type: 'TextBlock', text: value.text, wrap: true },
        ],
        choices.map(submit),
      );
    case 'programs':
      return card(value.items.map(programBlock), choices.map(submit));
  }
}

/** Teams has no suggested actions in most chats, so choices travel as a card of buttons. */
export function choicesCard(choices: Choice[]): Attachment {
  return card([], choices.map(submit));
}
