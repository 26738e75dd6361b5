// TA Navigator's Web Chat page. Bot Framework Web Chat talks to this server through a small
// Direct Line-compatible object: each user activity is POSTed to /api/webchat/messages with
// deliveryMode "expectReplies" and the replies in the response body are played back to Web Chat.
// No Azure service, no third-party request.
//
// Session: on first visit the page asks POST /api/session for {userId, token} and keeps both in
// localStorage; every activity says from.id = userId and carries "Authorization: Bearer <token>".
// A 401 (token no longer valid, e.g. the server's secret changed) makes a new session and a new
// conversation; a 403 (the conversation belongs to another user) a new conversation.
(function () {
  'use strict';

  // The page's script tag names the endpoint (data-endpoint).
  const ENDPOINT =
    (document.currentScript && document.currentScript.dataset.endpoint) || '/api/webchat/messages';
  const SESSION_ENDPOINT = '/api/session';
  const BOT = Object.freeze({ id: 'ta-navigator', name: 'TA Navigator', role: 'bot' });
  // Files the bot links to: a letter's DOCX and a deadline's calendar file download in place.
  const LETTER_PATH = /^\/api\/(letters\/[^/]+\.docx|reminder\.ics)$/i;
  const KEYS = {
    session: 'ta-navigator.session',
    conversation: 'ta-navigator.conversationId',
    locale: 'ta-navigator.locale',
  };
  // Direct Line's ConnectionStatus values, which Web Chat waits on.
  const STATUS = { uninitialized: 0, connecting: 1, online: 2 };

  // How each language is shown; the page's words come from locales/<lang>/page.json, which the
  // server puts into the page (#page-strings), so the page has no hard-coded text of its own.
  const PAGE_STRINGS = JSON.parse(document.getElementById('page-strings').textContent || '{}');
  const LANGUAGES = {
    ar: { locale: 'ar-EG', dir: 'rtl', ...PAGE_STRINGS.ar },
    zh: { locale: 'zh-CN', dir: 'ltr', ...PAGE_STRINGS.zh },
    en: { locale: 'en-US', dir: 'ltr', ...PAGE_STRINGS.en },
    fr: { locale: 'fr-FR', dir: 'ltr', ...PAGE_STRINGS.fr },
    ru: { locale: 'ru-RU', dir: 'ltr', ...PAGE_STRINGS.ru },
    es: { locale: 'es-ES', dir: 'ltr', ...PAGE_STRINGS.es },
  };

  // Web Chat's <style> tags must carry the nonce the server put in this page's CSP.
  const nonce = (document.currentScript && document.currentScript.nonce) || undefined;

  /** "ar-EG", "AR", "zh_Hans_CN" -> "ar" / "zh", or undefined when not one of the six. */
  function baseLanguage(locale) {
    const base = String(locale || '')
      .trim()
      .toLowerCase()
      .split(/[-_]/)[0];
    return Object.prototype.hasOwnProperty.call(LANGUAGES, base) ? base : undefined;
  }

  /** ?locale= first (kept as given, e.g. ar-SA), then the last choice, then the browser's languages. */
  function initialLocale() {
    const asked = new URLSearchParams(location.search).get('locale');
    if (baseLanguage(asked)) return asked;
    const saved = safeGet(localStorage, KEYS.locale);
    if (baseLanguage(saved)) return saved;
    const browser = (navigator.languages || [navigator.language]).find(baseLanguage);
    return browser ? LANGUAGES[baseLanguage(browser)].locale : LANGUAGES.en.locale;
  }

  function safeGet(storage, key) {
    try {
      return storage.getItem(key);
    } catch {
      return null; // storage disabled (privacy mode): ids then last for this page view only
    }
  }

  function safeSet(storage, key, value) {
    try {
      storage.setItem(key, value);
    } catch {
      /* see safeGet */
    }
  }

  /** crypto.randomUUID needs a secure context; getRandomValues works on plain http too. */
  function randomId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function storedId(storage, key, prefix) {
    let id = safeGet(storage, key);
    if (!id) {
      id = prefix + randomId();
      safeSet(storage, key, id);
    }
    return id;
  }

  function newConversationId() {
    const id = 'webchat-' + randomId();
    safeSet(sessionStorage, KEYS.conversation, id);
    return id;
  }

  /** The stored session, or a new one from the server ({userId, token}). */
  async function session(renew) {
    if (!renew) {
      try {
        const saved = JSON.parse(safeGet(localStorage, KEYS.session) || 'null');
        if (saved && typeof saved.userId === 'string' && typeof saved.token === 'string') return saved;
      } catch {
        /* a damaged entry: make a new session */
      }
    }
    const response = await fetch(SESSION_ENDPOINT, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
    });
    if (response.status !== 201) throw new Error(`${SESSION_ENDPOINT} answered HTTP ${response.status}`);
    const fresh = await response.json();
    safeSet(localStorage, KEYS.session, JSON.stringify({ userId: fresh.userId, token: fresh.token }));
    return fresh;
  }

  /** The few Observable semantics Web Chat relies on: subscribe(observer) -> { unsubscribe }. */
  function createSubject(initial) {
    const observers = new Set();
    const hasValue = arguments.length > 0;
    let current = initial;
    return {
      get value() {
        return current;
      },
      next(value) {
        current = value;
        for (const o of Array.from(observers)) if (o.next) o.next(value);
      },
      subscribe(observerOrNext) {
        const observer =
          typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext || {};
        observers.add(observer);
        // A BehaviorSubject replays its current value; Web Chat subscribes to the status late.
        if (hasValue && observer.next) observer.next(current);
        const subscription = {
          closed: false,
          unsubscribe() {
            subscription.closed = true;
            observers.delete(observer);
          },
        };
        return subscription;
      },
    };
  }

  /** A cold observable: runs `start(observer)` on each subscription. */
  function observable(start) {
    return {
      subscribe(observerOrNext) {
        const observer =
          typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext || {};
        let closed = false;
        start({
          next: (v) => !closed && observer.next && observer.next(v),
          error: (e) => !closed && observer.error && observer.error(e),
          complete: () => !closed && observer.complete && observer.complete(),
        });
        return {
          get closed() {
            return closed;
          },
          unsubscribe() {
            closed = true;
          },
        };
      },
    };
  }

  /**
   * Direct Line for Web Chat without Direct Line: activity$, connectionStatus$ and postActivity.
   * The conversation goes online when Web Chat first subscribes to activity$; then a
   * conversationUpdate (the user joined) makes the bot greet, or resume, in the chosen language.
   */
  function createLocalDirectLine({ auth, conversationId: firstConversation, getLocale, onUnreachable }) {
    const activity$ = createSubject();
    const connectionStatus$ = createSubject(STATUS.uninitialized);
    let conversationId = firstConversation;
    let sequence = 0;
    let lastTime = 0;
    let started = false;
    // Activity ids must never repeat in a conversation (a repeated id is taken for a redelivery
    // and answered from the server's record): a random part per page load, then a counter.
    const pageLoad = randomId().slice(0, 8);

    const nextId = () => `${conversationId}|${pageLoad}-${String(++sequence).padStart(6, '0')}`;
    // Web Chat orders by timestamp; the server's clock may differ from ours, so every activity
    // shown here gets a strictly increasing local time.
    const nextTimestamp = () => {
      lastTime = Math.max(Date.now(), lastTime + 1);
      return new Date(lastTime).toISOString();
    };

    function toBot(activity) {
      return {
        ...activity,
        id: nextId(),
        timestamp: nextTimestamp(),
        channelId: 'webchat',
        serviceUrl: location.origin,
        conversation: { id: conversationId },
        from: { ...(activity.from || {}), id: auth.userId, role: 'user' },
        recipient: { id: BOT.id, name: BOT.name, role: 'bot' },
        locale: getLocale(),
        deliveryMode: 'expectReplies',
      };
    }

    async function exchange(activity) {
      // Show "typing" if the bot takes a moment; its first message replaces the indicator.
      const typing = setTimeout(() => {
        activity$.next({ type: 'typing', id: nextId(), timestamp: nextTimestamp(), from: { ...BOT } });
      }, 400);
      const post = (a) =>
        fetch(ENDPOINT, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            Authorization: `Bearer ${auth.token}`,
          },
          body: JSON.stringify(a),
          credentials: 'same-origin',
          cache: 'no-store',
        });
      try {
        let response = await post(activity);
        if (response.status === 401 || response.status === 403) {
          // A new session (401) or only a new conversation (403), then the same activity once more.
          if (response.status === 401) Object.assign(auth, await session(true));
          conversationId = newConversationId();
          response = await post({
            ...activity,
            conversation: { id: conversationId },
            from: { ...activity.from, id: auth.userId },
          });
        }
        if (!response.ok) throw new Error(`${ENDPOINT} answered HTTP ${response.status}`);
        const text = await response.text();
        const body = text ? JSON.parse(text) : {};
        return Array.isArray(body.activities) ? body.activities : [];
      } finally {
        clearTimeout(typing);
      }
    }

    function playReplies(replies) {
      for (const reply of replies) {
        if (!reply || reply.type === 'trace') continue;
        activity$.next({
          ...reply,
          id: reply.id || nextId(),
          timestamp: nextTimestamp(),
          conversation: { id: conversationId },
          from: { ...BOT, ...(reply.from || {}), role: 'bot' },
        });
      }
    }

    /** The user (re)joins: the bot greets, or repeats its current question, in getLocale(). */
    async function join() {
      try {
        playReplies(
          await exchange(toBot({ type: 'conversationUpdate', membersAdded: [{ id: auth.userId }] })),
        );
      } catch (error) {
        console.error('TA Navigator: the bot did not answer the greeting:', error);
        onUnreachable();
      }
    }

    function start() {
      if (started) return;
      started = true;
      connectionStatus$.next(STATUS.connecting);
      // Online on the next tick, after Web Chat has finished subscribing.
      setTimeout(() => {
        connectionStatus$.next(STATUS.online);
        void join();
      }, 0);
    }

    return {
      connectionStatus$,
      activity$: {
        subscribe(observer) {
          const subscription = activity$.subscribe(observer);
          start();
          return subscription;
        },
      },
      postActivity(activity) {
        return observable((observer) => {
          const outgoing = toBot(activity);
          exchange(outgoing).then(
            (replies) => {
              // Web Chat marks a message as sent only when it comes back with its clientActivityID.
              if (outgoing.type === 'message') activity$.next({ ...outgoing, timestamp: nextTimestamp() });
              observer.next(outgoing.id);
              observer.complete();
              playReplies(replies);
            },
            (error) => {
              console.error('TA Navigator: message not delivered:', error);
              observer.error(error);
            },
          );
        });
      },
      join,
      end() {
        connectionStatus$.next(5); // Ended
      },
    };
  }

  function isLetterUrl(href) {
    try {
      const url = new URL(href, location.href);
      return url.origin === location.origin && LETTER_PATH.test(url.pathname);
    } catch {
      return false;
    }
  }

  function fileName(href) {
    const url = new URL(href, location.href);
    const name = decodeURIComponent(url.pathname.split('/').pop() || 'letter.docx');
    // The calendar file is named by its deadline, as the server's Content-Disposition does.
    const deadline = url.searchParams.get('submitBy');
    return name === 'reminder.ics' && /^\d{4}-\d{2}-\d{2}$/.test(deadline || '')
      ? `wipo-request-deadline-${deadline}.ics`
      : name;
  }

  /** Letter links download in place instead of opening a tab (Web Chat opens links in a new tab). */
  function makeDownloadLink(anchor) {
    anchor.setAttribute('download', fileName(anchor.href));
    anchor.removeAttribute('target');
  }

  function downloadLetter(href) {
    const anchor = document.createElement('a');
    anchor.href = new URL(href, location.href).href;
    makeDownloadLink(anchor);
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
  }

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const anchor = target && target.closest('a[href]');
      if (anchor && isLetterUrl(anchor.href)) {
        makeDownloadLink(anchor);
        return;
      }
      // Web Chat 4.18 renders a Markdown link with a relative URL as a "citation" button
      // (value = the URL) that opens a dialog; a letter link downloads instead.
      const citation = target && target.closest('button.webchat__render-markdown__citation[value]');
      if (citation && isLetterUrl(citation.value)) {
        event.preventDefault();
        event.stopPropagation();
        downloadLetter(citation.value);
      }
    },
    true,
  );

  // Card buttons and suggested actions that open a letter URL download it too.
  const cardActionMiddleware = () => (next) => (args) => {
    const action = args && args.cardAction;
    if (action && action.type === 'openUrl' && isLetterUrl(action.value)) {
      downloadLetter(action.value);
      return undefined;
    }
    return next(args);
  };

  // Web Chat renders Markdown with markdown-it, and two of its settings change what the bot says:
  // - the typographer turns "(c)", "(r)" and "(tm)" into ©, ® and ™ (the manual's "III(c)" became
  //   "III©"); a backslash escape keeps the parenthesis literal and is not shown;
  // - a single newline is a space, which ran a letter's address lines and headings together; the
  //   bot means a line break (as in Teams and the DOCX), so make it a hard break (two spaces).
  const TYPOGRAPHIC_SYMBOL = /\((c|r|tm)\)/gi;
  const SINGLE_NEWLINE = /([^\n])\n(?=[^\n])/g;
  function renderMarkdown(markdown, ...rest) {
    const text = String(markdown).replace(TYPOGRAPHIC_SYMBOL, '\\($1)').replace(SINGLE_NEWLINE, '$1  \n');
    return window.WebChat.renderMarkdown(text, ...rest);
  }

  async function main() {
    const status = document.getElementById('status');
    const picker = document.getElementById('lang');
    const container = document.getElementById('webchat');
    if (!window.WebChat) {
      status.textContent = 'Web Chat failed to load.';
      status.hidden = false;
      return;
    }

    let locale = initialLocale();
    let auth;
    try {
      auth = { ...(await session(false)) };
    } catch (error) {
      console.error('TA Navigator: no session:', error);
      status.textContent = LANGUAGES[baseLanguage(locale)].unreachable;
      status.hidden = false;
      return;
    }
    const conversationId = storedId(sessionStorage, KEYS.conversation, 'webchat-');
    const directLine = createLocalDirectLine({
      auth,
      conversationId,
      getLocale: () => locale,
      onUnreachable: () => {
        status.textContent = LANGUAGES[baseLanguage(locale)].unreachable;
        status.hidden = false;
      },
    });
    const store = window.WebChat.createStore();

    function applyLanguage() {
      const lang = baseLanguage(locale);
      const words = LANGUAGES[lang];
      document.documentElement.lang = lang;
      document.documentElement.dir = words.dir;
      // The tab's title and the chat's name are in the page's language too (WCAG 2.4.2, 3.1.1).
      document.title = words.title;
      container.setAttribute('aria-label', words.chat);
      document.getElementById('lang-label').textContent = words.label;
      document.getElementById('tagline').textContent = words.tagline;
      picker.value = words.locale;
      status.hidden = true;
      window.WebChat.renderWebChat(
        {
          directLine,
          store,
          userID: auth.userId,
          locale,
          dir: words.dir,
          nonce,
          cardActionMiddleware,
          renderMarkdown: window.WebChat.renderMarkdown ? renderMarkdown : undefined,
          styleOptions: {
            hideUploadButton: true,
            accent: '#1A5AA6',
            botAvatarInitials: 'TA',
            bubbleMaxWidth: 560,
            suggestedActionLayout: 'flow',
          },
        },
        container,
      );
    }

    picker.addEventListener('change', () => {
      locale = picker.value;
      safeSet(localStorage, KEYS.locale, locale);
      const url = new URL(location.href);
      url.searchParams.set('locale', locale);
      history.replaceState(null, '', url);
      applyLanguage();
      // Same conversation, new language: the bot keeps the answers and asks again in it.
      void directLine.join();
    });

    applyLanguage();
  }

  void main();
})();
