/*
 * Adds the chat to any website with one tag:
 *   <script src="https://bot.example.org/embed.js" data-bot-url="https://bot.example.org" defer></script>
 * Optional: data-lang="es" (otherwise the browser's language), data-position="left".
 * It adds a button and, when pressed, a panel holding the bot's chat page in an iframe; the site
 * must be listed in the bot's ALLOWED_EMBED_ORIGINS. Styles are set through the DOM (no <style>
 * element), so a strict Content-Security-Policy on the host site only needs to allow this script
 * and frame the bot's origin.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.__iopChatEmbedded) return;
  window.__iopChatEmbedded = true;

  var labels = __IOP_EMBED_TEXT__; // filled in by the server, as is the accent below
  var accent = '__IOP_ACCENT__';
  var botUrl = (script.getAttribute('data-bot-url') || new URL(script.src).origin).replace(/\/+$/, '');
  var browserLanguage = (navigator.language || 'en').slice(0, 2).toLowerCase();
  var language = script.getAttribute('data-lang') || (browserLanguage === 'es' ? 'es' : 'en');
  var text = labels[language] || labels.en;
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';
  var panelId = 'iop-chat-panel';

  function styled(tag, styles) {
    var element = document.createElement(tag);
    Object.keys(styles).forEach(function (name) {
      element.style[name] = styles[name];
    });
    return element;
  }

  var button = styled('button', {
    position: 'fixed',
    bottom: '1rem',
    zIndex: '2147483000',
    padding: '0.75rem 1.1rem',
    minHeight: '44px',
    border: '2px solid #ffffff',
    borderRadius: '999px',
    background: accent,
    color: '#ffffff',
    font: '600 1rem system-ui, sans-serif',
    boxShadow: '0 2px 10px rgba(0, 0, 0, 0.3)',
    cursor: 'pointer',
  });
  button.style[side] = '1rem';
  button.type = 'button';
  button.textContent = text.open;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panelId);

  var panel = styled('div', {
    position: 'fixed',
    bottom: '4.75rem',
    zIndex: '2147483000',
    width: 'min(26rem, calc(100vw - 2rem))',
    height: 'min(40rem, calc(100vh - 6rem))',
    display: 'none',
    flexDirection: 'column',
    background: '#ffffff',
    border: '1px solid #c9d0da',
    borderRadius: '12px',
    boxShadow: '0 4px 24px rgba(0, 0, 0, 0.3)',
    overflow: 'hidden',
  });
  panel.style[side] = '1rem';
  panel.id = panelId;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', text.title);

  var close = styled('button', {
    alignSelf: 'flex-end',
    margin: '0.25rem',
    padding: '0.4rem 0.75rem',
    minHeight: '44px',
    border: '2px solid ' + accent,
    borderRadius: '6px',
    background: '#ffffff',
    color: accent,
    font: '600 0.95rem system-ui, sans-serif',
    cursor: 'pointer',
  });
  close.type = 'button';
  close.textContent = text.close;
  panel.appendChild(close);

  var frame = null;

  function open() {
    if (!frame) {
      frame = styled('iframe', { flex: '1', width: '100%', border: '0' });
      frame.title = text.title;
      frame.setAttribute('allow', 'geolocation ' + botUrl);
      frame.src = botUrl + '/?embed=1&lang=' + encodeURIComponent(language);
      panel.appendChild(frame);
    }
    panel.style.display = 'flex';
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function hide() {
    panel.style.display = 'none';
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', function () {
    if (panel.style.display === 'none') open();
    else hide();
  });
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }

  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
