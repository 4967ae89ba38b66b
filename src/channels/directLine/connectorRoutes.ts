import type { Activity } from 'botbuilder';
import type restify from 'restify';
import type { Logger } from '../../observability/logger';
import { ClientError, readJsonBody } from '../../server/jsonBody';
import { CONNECTOR_PREFIX, isLocalCaller, keyMatches } from './connectorAccess';
import { respondWithError } from './directLineRoutes';
import type { DirectLineService } from './directLineService';

export interface ConnectorRouteDeps {
  service: DirectLineService;
  key: string;
  maxBodyBytes: number;
  logger: Logger;
}

/**
 * The Bot Connector API subset a bot uses to talk (`POST v3/conversations/{id}/activities` and
 * its reply form), for conversations of the built-in Direct Line. The bot reaches these routes
 * through the serviceUrl it was given, so replies and proactive reminders arrive here, are stored
 * and are pushed to open streams.
 *
 * Only this bot may write here: the caller must be on this machine (loopback, no proxy headers)
 * and the path must carry the connector key, a 256-bit secret derived from the token secret.
 * Anything else gets a plain 404, so the routes do not reveal that they exist.
 */
export function registerConnectorRoutes(server: restify.Server, deps: ConnectorRouteDeps): void {
  const handler = async (req: restify.Request, res: restify.Response) => {
    try {
      if (!isLocalCaller(req) || !keyMatches(String(req.params.key ?? ''), deps.key)) {
        throw new ClientError(404, 'NotFound', 'Not found.');
      }
      const body = await readJsonBody(req, deps.maxBodyBytes);
      if (!body || typeof body !== 'object' || typeof (body as { type?: unknown }).type !== 'string') {
        throw new ClientError(400, 'BadArgument', 'The body must be an activity.');
      }
      const id = await deps.service.fromBot(String(req.params.conversationId), body as Partial<Activity>);
      res.status(200);
      res.json({ id });
    } catch (error) {
      respondWithError(res, error, deps.logger);
    }
  };
  const base = `${CONNECTOR_PREFIX}/:key/v3/conversations/:conversationId/activities`;
  server.post(base, handler);
  server.post(`${base}/:replyToId`, handler);
}
