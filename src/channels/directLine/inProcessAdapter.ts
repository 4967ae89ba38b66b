import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';

/**
 * Runs a turn for an activity that reached the bot through the built-in Direct Line endpoint.
 *
 * Why not POST it to our own /api/messages: with MicrosoftAppId set, that route (rightly) wants a
 * Bot Framework JWT, which only Azure's channels can mint. Why not the main adapter's `process`
 * with a synthetic request: same check. Instead this second adapter has authentication disabled
 * and no HTTP route at all: the only way in is `runTurn`, which the Direct Line routes call after
 * checking the person's Direct Line token. Outsiders gain nothing: /api/messages keeps its checks,
 * and this adapter is not reachable from the network.
 *
 * Replies go out through the connector client the SDK builds for `activity.serviceUrl` (our
 * loopback connector routes), without an Azure AD token, so local and Azure-registered bots behave
 * the same and no outside service is involved.
 */
export class InProcessAdapter extends CloudAdapter {
  constructor() {
    super(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
  }

  /** Runs the bot's logic for one activity; errors go to `onTurnError` like any other turn. */
  async runTurn(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.processActivity('', activity as Activity, logic);
  }
}
