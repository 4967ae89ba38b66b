import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { AppConfig } from '../config/config';
import { hashId, type Logger } from '../observability/logger';
import { errorSummary } from './iopBot';

/**
 * The CloudAdapter with Bot Framework authentication. With no app id the SDK skips inbound JWT
 * validation (local mode); with one, every request must carry a valid channel token.
 */
export function createAdapter(
  config: AppConfig,
  logger: Logger,
  apology: (context: TurnContext) => string,
  onError: (channelId: string) => void = () => undefined,
): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.auth.appId ?? '',
    MicrosoftAppPassword: config.auth.appPassword ?? '',
    MicrosoftAppType: config.auth.appType,
    MicrosoftAppTenantId: config.auth.tenantId ?? '',
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    onError(context.activity.channelId);
    logger.error(
      {
        err: errorSummary(error),
        channel: context.activity.channelId,
        conversation: hashId(context.activity.conversation?.id),
        activityId: hashId(context.activity.id),
      },
      'turn failed',
    );
    try {
      await context.sendActivity(apology(context));
    } catch (sendError) {
      logger.warn({ err: errorSummary(sendError) }, 'could not send the apology after a failed turn');
    }
  };
  return adapter;
}
