/*
 * Starts Web Chat on the bot's own page. Kept out of the HTML so the page's Content-Security-Policy
 * can forbid inline scripts. Settings come from the server in <body data-config>.
 *
 * The conversation id and token live in sessionStorage, so a reload (or a server restart) picks
 * the same conversation up again, history included; closing the tab ends it for this browser.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.body.getAttribute('data-config'));
  var text = config.text;
  var storageKey = 'iop-chat:' + config.mode + ':' + config.storageScope;
  var statusElement = document.getElementById('status');
  var chatElement = document.getElementById('chat');
  var pendingLocation = null;
  var session = null;

  document.documentElement.style.setProperty('--accent', config.accentColor);

  function say(message) {
    statusElement.textContent = message;
  }

  function readSession() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
      return saved && saved.conversationId && saved.token ? saved : null;
    } catch {
      return null;
    }
  }

  function writeSession(value) {
    session = value;
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // Private browsing may refuse storage; the chat still works until the page is reloaded.
    }
  }

  function forgetSession() {
    try {
      window.sessionStorage.removeItem(storageKey);
    } catch {
      // Nothing stored, nothing to forget.
    }
  }

  function postJson(url, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body || {}) }).then(
      function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      },
    );
  }

  function expiryOf(seconds) {
    return Date.now() + (seconds || 1800) * 1000;
  }

  /** A new conversation: our own endpoint (built-in mode) or a token from the bot (Azure mode). */
  function startConversation() {
    var url = config.mode === 'builtin' ? config.directLineDomain + '/conversations' : config.tokenUrl;
    return postJson(url, null, { locale: config.locale }).then(function (started) {
      return {
        conversationId: started.conversationId,
        token: started.token,
        expiresAt: expiryOf(started.expires_in),
      };
    });
  }

  /** The saved conversation with a fresh token, or a new one when it can no longer be resumed. */
  function resumeOrStart() {
    var saved = readSession();
    if (!saved) return startConversation();
    return refreshToken(saved).catch(startConversation);
  }

  function refreshToken(current) {
    return postJson(config.directLineDomain + '/tokens/refresh', current.token).then(function (fresh) {
      return {
        conversationId: current.conversationId,
        token: fresh.token,
        expiresAt: expiryOf(fresh.expires_in),
      };
    });
  }

  function keepTokenFresh() {
    window.setInterval(
      function () {
        if (!session) return;
        refreshToken(session).then(writeSession, function () {
          // Web Chat refreshes its own copy; a failure here only matters after a reload.
        });
      },
      10 * 60 * 1000,
    );
  }

  /** Adds the coordinates the person chose to share to the message that asks for nearby programs. */
  function attachLocation() {
    return function (next) {
      return function (action) {
        if (
          action.type === 'DIRECT_LINE/POST_ACTIVITY' &&
          pendingLocation &&
          action.payload.activity.type === 'message'
        ) {
          var activity = Object.assign({}, action.payload.activity);
          activity.channelData = Object.assign({}, activity.channelData, pendingLocation);
          pendingLocation = null;
          action = Object.assign({}, action, {
            payload: Object.assign({}, action.payload, { activity: activity }),
          });
        }
        if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') say(text.connectError);
        return next(action);
      };
    };
  }

  function styleOptions() {
    return {
      accent: config.accentColor,
      hideUploadButton: true,
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      bubbleFromUserBackground: '#e8eef6',
      suggestedActionLayout: 'flow',
      sendBoxButtonColorOnFocus: config.accentColor,
      transcriptVisualKeyboardIndicatorColor: config.accentColor,
      primaryFont: 'inherit',
    };
  }

  function render(started) {
    writeSession(started);
    var directLine = window.WebChat.createDirectLine({
      domain: config.directLineDomain,
      token: started.token,
      conversationId: started.conversationId,
      webSocket: true,
    });
    var store = window.WebChat.createStore({}, attachLocation);
    var loading = document.getElementById('chat-loading');
    if (loading) loading.remove();
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        locale: config.locale,
        nonce: config.styleNonce,
        styleOptions: styleOptions(),
      },
      chatElement,
    );
    wireLocationButton(store);
    keepTokenFresh();
  }

  function wireLocationButton(store) {
    var button = document.getElementById('share-location');
    button.addEventListener('click', function () {
      if (!navigator.geolocation) {
        say(text.locationUnavailable);
        return;
      }
      say(text.locationAsking);
      navigator.geolocation.getCurrentPosition(
        function (position) {
          // About 1 km of precision is plenty to find programs and keeps the exact spot private.
          pendingLocation = {
            latitude: Math.round(position.coords.latitude * 100) / 100,
            longitude: Math.round(position.coords.longitude * 100) / 100,
          };
          store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text.locationMessage } });
          say(text.locationSent);
        },
        function () {
          say(text.locationDenied);
        },
        { timeout: 15000, maximumAge: 600000 },
      );
    });
  }

  document.getElementById('new-chat').addEventListener('click', function () {
    forgetSession();
    window.location.reload();
  });

  document.querySelector('.skip-link').addEventListener('click', function (event) {
    var input = chatElement.querySelector('input[type="text"], textarea');
    if (!input) return;
    event.preventDefault();
    input.focus();
  });

  resumeOrStart().then(render, function () {
    say(text.connectError);
  });
})();
