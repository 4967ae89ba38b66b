import {
  CallerIdConstants,
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
  auth: ConfigurationBotFrameworkAuthentication = createBotAuthentication(config),
): CloudAdapter {
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

// --- Security ---

/**
 * The SDK's public-cloud endpoints (botframework-connector's AuthenticationConstants). Once any
 * endpoint is given the SDK takes all of them from the options, so an overridden metadata URL
 * must come with the rest or outbound authentication would break.
 */
const PUBLIC_CLOUD_ENDPOINTS = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: CallerIdConstants.PublicAzureChannel,
  ValidateAuthority: true,
};

/**
 * How inbound tokens are checked and outbound calls authenticated. BOT_OPENID_METADATA_URL swaps
 * only where channel-token signing keys are fetched (a local fake in tests); issuer, audience,
 * expiry and serviceUrl checks stay as the SDK does them.
 */
export function createBotAuthentication(config: AppConfig): ConfigurationBotFrameworkAuthentication {
  const metadataUrl = config.security.openIdMetadataUrl;
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.auth.appId ?? '',
    MicrosoftAppPassword: config.auth.appPassword ?? '',
    MicrosoftAppType: config.auth.appType,
    MicrosoftAppTenantId: config.auth.tenantId ?? '',
    ...(metadataUrl ? { ...PUBLIC_CLOUD_ENDPOINTS, ToBotFromChannelOpenIdMetadataUrl: metadataUrl } : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions);
}
