// Live discussion of a case: keeps <section id="replies"> in step with the server over a
// WebSocket. Without JavaScript (or WebSockets) the page still works: replies show on reload.
//
// Protocol (cases/consumers.py): the server sends a "snapshot" {seq, replies, presence, i18n}
// on connect and on {"type": "resync"}, then numbered events. Events are applied in seq order;
// one that arrives early waits briefly for the missing ones, then the page asks for a fresh
// snapshot. Applying an event twice is harmless (replies are replaced by id, counts are set).
(function () {
  "use strict";

  var root = document.getElementById("replies");
  if (!root || !window.WebSocket || !window.JSON) return;

  var PING_MS = 25000; // the server keeps a viewer present for 90 s without a ping
  var SILENCE_MS = 2 * PING_MS + 5000; // no message at all for this long: the socket is dead
  var GAP_WAIT_MS = 1500; // how long an early event waits for the missing ones
  var BACKOFF_BASE_MS = 1000;
  var BACKOFF_MAX_MS = 30000;
  var CONNECT_TIMEOUT_MS = 10000; // a handshake that hangs (captive portal, flaky network)
  // Closes that reconnecting cannot fix: signed out, not allowed, no such case.
  var FINAL_CLOSES = { 4401: "signed_out", 4403: "unavailable", 4404: "unavailable" };

  var presence = document.getElementById("case-presence");
  var container = root.querySelector("[data-replies-list]") || root;
  var announcer = makeAnnouncer();
  var strings = readStrings();

  var socket = null;
  var seq = null; // the last applied event number; null until a snapshot arrives
  var early = {}; // seq -> event that arrived before its predecessors
  var gapTimer = null;
  var pingTimer = null;
  var reconnectTimer = null;
  var connectTimer = null;
  var lastMessageAt = 0;
  var attempt = 0;
  var stopped = false;
  var interrupted = false;

  // --- Strings ------------------------------------------------------------------------------
  // The server sends them in the page's language with each snapshot; data-i18n-* attributes on
  // the section, if the template renders any, cover the time before the first one.
  function readStrings() {
    var found = {};
    Object.keys(root.dataset).forEach(function (key) {
      if (key.indexOf("i18n") === 0 && key.length > 4) {
        var name = key.charAt(4).toLowerCase() + key.slice(5);
        found[name.replace(/[A-Z]/g, function (c) { return "_" + c.toLowerCase(); })] =
          root.dataset[key];
      }
    });
    return found;
  }

  function makeAnnouncer() {
    // A polite live region that exists before anything is written into it (screen readers
    // ignore regions created together with their first message).
    var region = document.createElement("p");
    region.className = "visually-hidden";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    region.id = "replies-announcer";
    root.parentNode.insertBefore(region, root.nextSibling);
    return region;
  }

  function announce(key) {
    var text = strings[key];
    if (!text) return;
    // Clear first, so that the same sentence twice is read twice.
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  // --- Connection ---------------------------------------------------------------------------
  function socketUrl() {
    var path = root.dataset.wsPath || "/ws/cases/" + root.dataset.caseId + "/";
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var lang = document.documentElement.lang || "";
    return scheme + window.location.host + path + (lang ? "?lang=" + encodeURIComponent(lang) : "");
  }

  function connect() {
    if (stopped || socket) return;
    window.clearTimeout(reconnectTimer);
    reconnectTimer = null;
    var ws;
    try {
      ws = new WebSocket(socketUrl());
    } catch (error) {
      scheduleReconnect();
      return;
    }
    socket = ws;
    root.setAttribute("data-live", "connecting");
    connectTimer = window.setTimeout(function () {
      if (ws === socket && ws.readyState === WebSocket.CONNECTING) drop(ws);
    }, CONNECT_TIMEOUT_MS);
    ws.addEventListener("open", function () {
      window.clearTimeout(connectTimer);
      lastMessageAt = Date.now();
      startHeartbeat();
    });
    ws.addEventListener("message", function (message) {
      if (ws !== socket) return;
      lastMessageAt = Date.now();
      var data;
      try {
        data = JSON.parse(message.data);
      } catch (error) {
        return;
      }
      receive(data);
    });
    ws.addEventListener("close", function (event) {
      if (ws !== socket) return;
      socket = null;
      window.clearTimeout(connectTimer);
      stopHeartbeat();
      seq = null; // the next snapshot is the truth again
      early = {};
      window.clearTimeout(gapTimer);
      root.setAttribute("data-live", "offline");
      if (stopped) return; // leaving the page
      if (FINAL_CLOSES[event.code]) {
        stopped = true;
        announce(FINAL_CLOSES[event.code]);
        return;
      }
      if (!interrupted) {
        interrupted = true;
        announce("reconnecting");
      }
      scheduleReconnect();
    });
  }

  function scheduleReconnect() {
    if (stopped || reconnectTimer) return;
    // Exponential backoff with jitter, so that a restarted server is not hit by every page
    // at the same instant.
    var ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * Math.pow(2, attempt));
    var delay = ceiling / 2 + Math.random() * ceiling / 2;
    attempt += 1;
    reconnectTimer = window.setTimeout(function () {
      reconnectTimer = null;
      connect();
    }, delay);
  }

  // Forget a socket that is not working and go through the usual close path.
  function drop(ws) {
    if (ws !== socket) return;
    socket = null;
    try { ws.close(); } catch (error) { /* already closing */ }
    window.clearTimeout(connectTimer);
    stopHeartbeat();
    seq = null;
    early = {};
    root.setAttribute("data-live", "offline");
    if (!interrupted) {
      interrupted = true;
      announce("reconnecting");
    }
    scheduleReconnect();
  }

  function reconnectSoon() {
    // Back online or back in view: try now rather than at the end of the backoff, and give up
    // on a handshake started while the network was down.
    if (stopped) return;
    if (socket && socket.readyState === WebSocket.OPEN) return;
    if (socket) drop(socket);
    attempt = 0;
    window.clearTimeout(reconnectTimer);
    reconnectTimer = null;
    connect();
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  function startHeartbeat() {
    stopHeartbeat();
    pingTimer = window.setInterval(function () {
      if (Date.now() - lastMessageAt > SILENCE_MS && socket) {
        drop(socket); // half-open connection
        return;
      }
      send({ type: "ping" });
    }, PING_MS);
  }

  function stopHeartbeat() {
    window.clearInterval(pingTimer);
    pingTimer = null;
  }

  // --- Messages -----------------------------------------------------------------------------
  function receive(message) {
    if (message.type === "snapshot") {
      applySnapshot(message);
      return;
    }
    if (message.type === "pong" || message.type === "error") {
      if (message.type === "error" && window.console) window.console.warn(message.message);
      return;
    }
    if (typeof message.seq !== "number" || seq === null) return; // the snapshot covers it
    if (message.seq <= seq) return; // already in the snapshot, or a duplicate
    early[message.seq] = message;
    drain();
  }

  function drain() {
    while (early[seq + 1]) {
      var next = early[seq + 1];
      delete early[seq + 1];
      seq += 1;
      applyEvent(next);
    }
    window.clearTimeout(gapTimer);
    gapTimer = null;
    if (Object.keys(early).length) {
      // A number is missing: wait for it a little (another worker may be slower), then ask for
      // the whole state again.
      gapTimer = window.setTimeout(function () {
        gapTimer = null;
        if (Object.keys(early).length) resync();
      }, GAP_WAIT_MS);
    }
  }

  function resync() {
    early = {};
    send({ type: "resync" });
  }

  function applySnapshot(snapshot) {
    if (snapshot.i18n) {
      Object.keys(snapshot.i18n).forEach(function (key) { strings[key] = snapshot.i18n[key]; });
    }
    var keep = {};
    var previous = null;
    (snapshot.replies || []).forEach(function (reply) {
      keep["reply-" + reply.reply_id] = true;
      previous = reconcileReply(reply.reply_id, reply.html, previous);
    });
    replies().forEach(function (article) {
      // The viewer's own held reply is rendered by the page for them alone and never travels
      // over the socket: it stays.
      if (!keep[article.id] && !article.classList.contains("reply-held")) article.remove();
    });
    updateEmpty();
    if (snapshot.case && snapshot.case.html) replaceCase(snapshot.case.html);
    if (snapshot.presence) showPresence(snapshot.presence);

    var pending = early;
    early = {};
    seq = snapshot.seq;
    Object.keys(pending).forEach(function (key) {
      if (pending[key].seq > seq) early[key] = pending[key];
    });
    drain();
    attempt = 0;
    root.setAttribute("data-live", "online");
    if (interrupted) {
      interrupted = false;
      announce("reconnected");
    }
  }

  function applyEvent(event) {
    var article;
    switch (event.type) {
      case "reply.created":
        upsertReply(event.reply_id, event.html);
        updateEmpty();
        announce("reply_new");
        break;
      case "reply.updated":
        upsertReply(event.reply_id, event.html);
        updateEmpty();
        break;
      case "reply.hidden":
        article = document.getElementById("reply-" + event.reply_id);
        if (article) article.remove();
        updateEmpty();
        break;
      case "endorsement.changed":
        article = document.getElementById("reply-" + event.reply_id);
        if (article) {
          article.querySelectorAll("[data-endorsement-count]").forEach(function (node) {
            node.textContent = event.text || node.textContent.replace(/\d+/, String(event.count));
          });
        }
        break;
      case "case.updated":
        if (event.html) {
          replaceCase(event.html);
        } else {
          // Only the names of the changed fields: say so, and check the case is still there
          // (a retracted case answers the resync by closing the socket).
          announce("case_updated");
          resync();
        }
        break;
      case "presence":
        showPresence(event);
        break;
      default:
        break; // a newer server: ignore what this page does not know
    }
  }

  // --- DOM ----------------------------------------------------------------------------------
  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = String(html || "").trim();
    return template.content.firstElementChild;
  }

  function replies() {
    return Array.prototype.slice.call(container.querySelectorAll("article[id^='reply-']"));
  }

  // Broadcast HTML is the same for every viewer, so it carries no CSRF token: its forms get
  // the page's own.
  function withToken(article) {
    var token = document.querySelector("input[name='csrfmiddlewaretoken']");
    if (!token) return article;
    article.querySelectorAll("form[method='post'], form[method='POST']").forEach(function (form) {
      if (!form.querySelector("input[name='csrfmiddlewaretoken']")) {
        form.insertBefore(token.cloneNode(false), form.firstChild);
      }
    });
    return article;
  }

  // What a viewer reads in a reply, without the parts that differ from viewer to viewer.
  function signature(article) {
    var body = article.querySelector(".reply-body");
    return [
      article.className,
      body ? body.innerHTML : article.innerHTML,
      article.querySelector(".reply-header") ? article.querySelector(".reply-header").textContent : "",
    ].join("\u0000");
  }

  // An event's version of a reply replaces the page's; the viewer's own choices (their
  // "helpful" endorsement form) are carried over, and the focus is never yanked away.
  function upsertReply(replyId, html) {
    var incoming = fragment(html);
    if (!incoming) return null;
    incoming.id = "reply-" + replyId;
    withToken(incoming);
    var existing = document.getElementById(incoming.id);
    if (!existing) {
      var list = replies();
      placeAfter(incoming, list.length ? list[list.length - 1] : null);
      return incoming;
    }
    if (existing.contains(document.activeElement)) return existing;
    var mine = existing.querySelector("form[action$='/endorse/']");
    var theirs = incoming.querySelector("form[action$='/endorse/']");
    if (mine && theirs) theirs.replaceWith(mine);
    existing.replaceWith(incoming);
    return incoming;
  }

  // A snapshot's version of a reply replaces the page's only when its content differs (the
  // page rendered it for this viewer), and puts it in order after `after` (null: first).
  function reconcileReply(replyId, html, after) {
    var existing = document.getElementById("reply-" + replyId);
    var incoming = fragment(html);
    if (!incoming) return after;
    incoming.id = "reply-" + replyId;
    if (!existing) {
      withToken(incoming);
      placeAfter(incoming, after);
      return incoming;
    }
    if (signature(existing) !== signature(incoming)) {
      existing = upsertReply(replyId, html);
    } else {
      var count = incoming.querySelector("[data-endorsement-count]");
      existing.querySelectorAll("[data-endorsement-count]").forEach(function (node) {
        if (count) node.textContent = count.textContent;
      });
    }
    placeAfter(existing, after);
    return existing;
  }

  function placeAfter(element, after) {
    if (after) {
      if (after.nextElementSibling !== element) after.after(element);
      return;
    }
    var first = container.querySelector("article[id^='reply-']");
    if (first === element) return;
    if (first) {
      first.before(element);
    } else {
      container.appendChild(element);
    }
  }

  function updateEmpty() {
    var empty = document.getElementById("no-replies") || root.querySelector("[data-replies-empty]");
    if (empty) empty.hidden = container.querySelector("article[id^='reply-']") !== null;
  }

  function replaceCase(html) {
    var target = document.getElementById("case-body");
    var incoming = fragment(html);
    if (target && incoming && !target.contains(document.activeElement)) {
      incoming.id = "case-body";
      target.replaceWith(incoming);
    }
  }

  function showPresence(data) {
    if (!presence) return;
    presence.textContent = data.text || String(data.count);
    presence.setAttribute("data-count", String(data.count));
  }

  // --- Start --------------------------------------------------------------------------------
  window.addEventListener("online", reconnectSoon);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") reconnectSoon();
  });
  window.addEventListener("pagehide", function () {
    stopped = true;
    if (socket) socket.close(1000);
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { // back from the back/forward cache
      stopped = false;
      reconnectSoon();
    }
  });
  connect();
})();
