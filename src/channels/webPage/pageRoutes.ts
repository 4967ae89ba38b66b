import crypto from 'node:crypto';
import type restify from 'restify';
import type { AppConfig } from '../../config/config';
import { publicOrigin } from '../directLine/publicOrigin';
import type { Language } from '../outboundMessage';
import { pageLanguage } from './pageLanguage';
import type { PageText } from './pageText';
import { setCommonHeaders, setPageHeaders } from './securityHeaders';
import type { StaticAssets } from './staticAssets';

export type DirectLineMode = 'builtin' | 'azure';

export interface PageRouteDeps {
  config: AppConfig;
  text: Record<Language, PageText>;
  assets: StaticAssets;
  template: string;
  mode: DirectLineMode;
}

/** The chat page (`GET /`) and the files it loads, each with the web channel's security headers. */
export function registerPageRoutes(server: restify.Server, deps: PageRouteDeps): void {
  server.get('/', async (req: restify.Request, res: restify.Response) => {
    const query = new URL(req.url ?? '/', 'http://local').searchParams;
    const language = pageLanguage(query.get('lang'), req.headers['accept-language']);
    const embed = query.get('embed') === '1';
    const nonce = crypto.randomBytes(16).toString('base64');
    const self = publicOrigin(req, deps.config.web.publicBaseUrl, deps.config.web.trustedProxyHops > 0);
    setPageHeaders(res, {
      connectOrigins: [
        self,
        ...(deps.mode === 'azure' ? [new URL(deps.config.web.directLine.endpoint).origin] : []),
      ],
      imageOrigins: externalOrigin(deps.config.web.logoUrl),
      frameAncestors: deps.config.web.allowedEmbedOrigins,
      styleNonce: nonce,
    });
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Vary', 'Accept-Language');
    res.statusCode = 200;
    res.end(renderPage(deps, language, embed, nonce));
  });

  for (const path of deps.assets.paths()) {
    server.get(path, async (req: restify.Request, res: restify.Response) => {
      setCommonHeaders(res);
      if (path === '/embed.js') res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      await deps.assets.serve(path, req, res);
    });
  }
}

/** Fills the page template; every value is HTML-escaped (the config travels in an attribute). */
export function renderPage(deps: PageRouteDeps, language: Language, embed: boolean, nonce: string): string {
  const text = deps.text[language];
  const web = deps.config.web;
  const clientConfig = {
    mode: deps.mode,
    directLineDomain: deps.mode === 'builtin' ? '/v3/directline' : `${web.directLine.endpoint}/v3/directline`,
    tokenUrl: '/api/directline/token',
    locale: text.webChatLocale,
    accentColor: web.accentColor,
    styleNonce: nonce,
    storageScope: 'v1',
    text: {
      connectError: text.connectError,
      locationAsking: text.locationAsking,
      locationSent: text.locationSent,
      locationDenied: text.locationDenied,
      locationUnavailable: text.locationUnavailable,
      locationMessage: text.locationMessage,
    },
  };
  const values: Record<string, string> = {
    ...text,
    botName: deps.config.botName,
    iconUrl: deps.assets.url('/webchat/icon.svg'),
    logoUrl: web.logoUrl ?? deps.assets.url('/webchat/icon.svg'),
    cssUrl: deps.assets.url('/webchat/page.css'),
    webChatUrl: deps.assets.url('/webchat/webchat.js'),
    appUrl: deps.assets.url('/webchat/app.js'),
    bodyClass: embed ? 'embed' : 'page',
    embedQuery: embed ? '&embed=1' : '',
    configJson: JSON.stringify(clientConfig),
  };
  return deps.template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? escapeHtml(values[key]) : whole,
  );
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function externalOrigin(url: string | undefined): string[] {
  return url && /^https?:/.test(url) ? [new URL(url).origin] : [];
}
