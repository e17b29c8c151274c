// The live compagnonnage room: presence, chat, shared notes, agenda checklist and peer-to-peer
// audio/video over one WebSocket. The server sends a full snapshot on every (re)connection and
// numbers its events with `seq`; a gap means something was missed, so the client asks for a
// fresh snapshot instead of guessing. Strings come from #room-strings' data attributes.
(function () {
  "use strict";
  var root = document.getElementById("room");
  if (!root || !window.WebSocket || !window.JSON) return;
  var strings = document.getElementById("room-strings").dataset;
  var me = Number(root.dataset.me);

  function t(key, params) {
    var text = strings[key] || key;
    Object.keys(params || {}).forEach(function (name) {
      text = text.split("%(" + name + ")s").join(String(params[name]));
    });
    return text;
  }
  function $(id) { return document.getElementById(id); }

  var els = {
    status: $("room-status"),
    error: $("room-error"),
    presence: $("room-presence"),
    agenda: $("room-agenda"),
    agendaForm: $("room-agenda-form"),
    agendaInput: $("room-agenda-new"),
    notes: $("room-notes-text"),
    notesState: $("room-notes-state"),
    conflict: $("room-notes-conflict"),
    rejected: $("room-notes-rejected"),
    chatLog: $("room-chat-log"),
    chatScroller: $("room-chat-scroller"),
    chatForm: $("room-chat-form"),
    chatInput: $("room-chat-input"),
    callStart: $("room-call-start"),
    callAnswer: $("room-call-answer"),
    callMic: $("room-call-mic"),
    callCam: $("room-call-cam"),
    callHangup: $("room-call-hangup"),
    callStatus: $("room-call-status"),
    videoLocal: $("room-video-local"),
    videoRemote: $("room-video-remote"),
  };

  var room = {
    seq: 0,
    resyncing: false,
    names: {},
    peer: null,
    iceServers: [],
    chatIds: {},
    // The notes as the server last confirmed them, and the version the textarea is based on.
    notesText: "",
    notesBase: 0,
    notesInFlight: null,
    notesTimer: null,
  };

  // --- Connection, heartbeat, reconnect with backoff -------------------------------------------

  var ws = null;
  var attempts = 0;
  var heartbeat = null;
  var closedForGood = false;

  function connect() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    ws = new WebSocket(scheme + window.location.host + root.dataset.wsPath);
    setStatus(t("connecting"));
    ws.onopen = function () { attempts = 0; };
    ws.onmessage = function (event) {
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message && typeof message.type === "string") handle(message);
    };
    ws.onclose = function (event) {
      root.dataset.live = "offline";
      clearInterval(heartbeat);
      heartbeat = null;
      if (closedForGood) return;
      if (event.code === 4401 || event.code === 4403) {
        closedForGood = true;
        setStatus(t(event.code === 4401 ? "signedOut" : "forbidden"));
        setEnabled(false);
        return;
      }
      attempts += 1;
      var delay = Math.min(30000, 1000 * Math.pow(2, attempts - 1));
      delay = Math.round(delay * (0.5 + Math.random() / 2));
      setStatus(t("reconnecting", { seconds: Math.max(1, Math.round(delay / 1000)) }));
      setTimeout(connect, delay);
    };
  }

  function send(message) {
    if (ws && ws.readyState === WebSocket.OPEN) {
      ws.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  function setStatus(text) { els.status.textContent = text; }
  function showError(text) {
    els.error.textContent = text;
    els.error.hidden = !text;
  }
  function setEnabled(enabled) {
    [els.chatInput, els.notes, els.agendaInput].forEach(function (el) { el.disabled = !enabled; });
  }

  // --- Messages from the server ------------------------------------------------------------------

  function handle(message) {
    if (message.type === "snapshot") return applySnapshot(message);
    if (message.type === "error") return handleError(message);
    if (message.type === "signal") return handleSignal(message);
    if (typeof message.seq !== "number" || room.resyncing) return;
    if (message.seq <= room.seq) return; // already in the snapshot
    if (message.seq > room.seq + 1) {
      room.resyncing = true;
      send({ type: "resync" });
      return;
    }
    room.seq = message.seq;
    if (message.type === "presence") renderPresence(message.present);
    else if (message.type === "chat") appendChat(message);
    else if (message.type === "notes") applyNotes(message);
    else if (message.type === "agenda") renderAgenda(message.items);
  }

  function applySnapshot(snapshot) {
    room.seq = snapshot.seq;
    room.resyncing = false;
    room.iceServers = snapshot.ice_servers || [];
    snapshot.participants.forEach(function (p) {
      room.names[p.id] = p.name;
      if (p.id !== me) room.peer = p.id;
    });
    renderPresence(snapshot.presence);
    els.chatLog.replaceChildren();
    room.chatIds = {};
    snapshot.chat.forEach(appendChat);
    renderAgenda(snapshot.agenda);
    resyncNotes(snapshot.notes);
    setEnabled(true);
    root.dataset.live = "online";
    showError("");
    setStatus(t("connected"));
    clearInterval(heartbeat);
    var every = Math.max(5, snapshot.heartbeat_seconds || 15) * 1000;
    heartbeat = setInterval(function () { send({ type: "ping" }); }, every);
  }

  function handleError(error) {
    if (error.code === "notes_conflict" && error.notes) {
      var mine = els.notes.value;
      room.notesInFlight = null;
      room.notesText = error.notes.text;
      room.notesBase = error.notes.version;
      if (mine !== error.notes.text) keepRejected(mine);
      setNotesValue(error.notes.text);
      els.notesState.textContent = t("conflict");
      return;
    }
    if (error.code === "forbidden") { showError(error.message); return; }
    var known = { peer_absent: "peerAbsent", rate_limited: "rateLimited", too_large: "tooLarge" };
    showError(known[error.code] ? t(known[error.code]) : error.message || error.code);
    if (error.code !== "peer_absent") room.notesInFlight = null;
  }

  // --- Presence ----------------------------------------------------------------------------------

  function renderPresence(present) {
    var here = {};
    (present || []).forEach(function (id) { here[id] = true; });
    Array.prototype.forEach.call(els.presence.querySelectorAll("li[data-user]"), function (li) {
      var id = Number(li.dataset.user);
      var label = li.querySelector(".room-presence-state");
      var text = here[id] ? t("present") : t("absent");
      if (id === me) text += " (" + t("you") + ")";
      if (label.textContent !== text) label.textContent = text;
      li.classList.toggle("is-present", Boolean(here[id]));
    });
  }

  // --- Chat ----------------------------------------------------------------------------------------

  function appendChat(message) {
    if (room.chatIds[message.id]) return;
    room.chatIds[message.id] = true;
    var li = document.createElement("li");
    var who = document.createElement("strong");
    who.textContent = message.author_id === me ? t("you") : message.author;
    var when = document.createElement("time");
    when.dateTime = message.at;
    when.textContent = new Date(message.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    var body = document.createElement("span");
    body.className = "room-chat-body";
    body.textContent = message.body;
    li.append(who, " ", when, " ", body);
    els.chatLog.appendChild(li);
    els.chatScroller.scrollTop = els.chatScroller.scrollHeight;
  }

  els.chatForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var body = els.chatInput.value.trim();
    if (!body) return;
    if (send({ type: "chat.send", body: body })) {
      els.chatInput.value = "";
      showError("");
    }
  });

  // --- Shared notes --------------------------------------------------------------------------------

  function setNotesValue(text) {
    if (els.notes.value === text) return;
    var focused = document.activeElement === els.notes;
    var start = els.notes.selectionStart;
    var end = els.notes.selectionEnd;
    els.notes.value = text;
    if (focused) {
      els.notes.selectionStart = Math.min(start, text.length);
      els.notes.selectionEnd = Math.min(end, text.length);
    }
  }

  function keepRejected(text) {
    els.rejected.value = text;
    els.conflict.hidden = false;
    els.conflict.open = true;
  }

  function resyncNotes(notes) {
    var dirty = els.notes.value !== room.notesText;
    if (dirty && notes.version === room.notesBase) {
      // Nothing changed on the server while we were away: keep typing where we were.
      room.notesText = notes.text;
      scheduleNotes();
      return;
    }
    if (dirty && els.notes.value !== notes.text) keepRejected(els.notes.value);
    room.notesText = notes.text;
    room.notesBase = notes.version;
    room.notesInFlight = null;
    setNotesValue(notes.text);
    els.notesState.textContent = t("saved", { version: notes.version });
  }

  function applyNotes(event) {
    if (event.author_id === me && room.notesInFlight !== null) {
      room.notesInFlight = null;
      room.notesText = event.text;
      room.notesBase = event.version;
      els.notesState.textContent = t("saved", { version: event.version });
      if (els.notes.value !== room.notesText) scheduleNotes();
      return;
    }
    var dirty = els.notes.value !== room.notesText || room.notesInFlight !== null;
    room.notesText = event.text;
    if (!dirty) {
      // Our textarea held the previous version: take the new one.
      room.notesBase = event.version;
      setNotesValue(event.text);
    }
    // Otherwise our pending edit is on an older version: the server refuses it and we resync.
    els.notesState.textContent = t("updated", {
      name: room.names[event.author_id] || "",
      version: event.version,
    });
  }

  // Save after a short pause in typing, and at least every few seconds while typing on.
  function scheduleNotes() {
    clearTimeout(room.notesTimer);
    if (!room.notesDirtySince) room.notesDirtySince = Date.now();
    var left = 3000 - (Date.now() - room.notesDirtySince);
    room.notesTimer = setTimeout(sendNotes, Math.max(0, Math.min(600, left)));
  }

  function sendNotes() {
    if (room.notesInFlight !== null) {
      // One edit at a time: wait for the server's answer to the previous one.
      clearTimeout(room.notesTimer);
      room.notesTimer = setTimeout(sendNotes, 250);
      return;
    }
    var text = els.notes.value;
    if (text === room.notesText) {
      room.notesDirtySince = null;
      return;
    }
    if (send({ type: "notes.edit", base_version: room.notesBase, text: text })) {
      room.notesDirtySince = null;
      room.notesInFlight = text;
      els.notesState.textContent = t("saving");
    }
  }

  els.notes.addEventListener("input", scheduleNotes);

  // --- Agenda checklist -----------------------------------------------------------------------------

  function renderAgenda(items) {
    var focusedIndex = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.agendaIndex : undefined;
    els.agenda.replaceChildren();
    (items || []).forEach(function (item, index) {
      var li = document.createElement("li");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.id = "room-agenda-" + index;
      box.checked = Boolean(item.done);
      box.dataset.agendaIndex = String(index);
      box.addEventListener("change", function () {
        send({ type: "agenda.toggle", index: index, done: box.checked });
      });
      var label = document.createElement("label");
      label.htmlFor = box.id;
      label.textContent = item.text;
      li.append(box, " ", label);
      els.agenda.appendChild(li);
      if (String(index) === focusedIndex) box.focus();
    });
  }

  els.agendaForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = els.agendaInput.value.trim();
    if (text && send({ type: "agenda.add", text: text })) els.agendaInput.value = "";
  });

  // --- Peer-to-peer audio and video (WebRTC; the server only relays signalling) --------------

  var call = { pc: null, stream: null, pendingOffer: null, pendingIce: [] };

  function setCallStatus(text) { els.callStatus.textContent = text; }
  function showCallButtons(inCall) {
    els.callStart.hidden = inCall;
    els.callMic.hidden = !inCall;
    els.callCam.hidden = !inCall;
    els.callHangup.hidden = !inCall;
  }

  function startMedia() {
    if (call.stream) return Promise.resolve(call.stream);
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      return Promise.reject(new Error("no media"));
    }
    return navigator.mediaDevices.getUserMedia({ audio: true, video: true }).then(function (stream) {
      call.stream = stream;
      els.videoLocal.srcObject = stream;
      return stream;
    });
  }

  function newPeerConnection() {
    var pc = new RTCPeerConnection({ iceServers: room.iceServers });
    pc.onicecandidate = function (event) {
      if (event.candidate) send({ type: "signal", kind: "ice", data: { candidate: event.candidate.toJSON() } });
    };
    pc.ontrack = function (event) { els.videoRemote.srcObject = event.streams[0]; };
    pc.onconnectionstatechange = function () {
      if (pc.connectionState === "connected") setCallStatus(t("inCall"));
      if (pc.connectionState === "failed") endCall(false);
    };
    call.stream.getTracks().forEach(function (track) { pc.addTrack(track, call.stream); });
    call.pc = pc;
    return pc;
  }

  function flushIce() {
    var queued = call.pendingIce;
    call.pendingIce = [];
    queued.forEach(function (candidate) { call.pc.addIceCandidate(candidate).catch(function () {}); });
  }

  function mediaFailed() {
    setCallStatus(t("mediaError"));
    endCall(false);
  }

  els.callStart.addEventListener("click", function () {
    startMedia().then(function () {
      var pc = newPeerConnection();
      showCallButtons(true);
      setCallStatus(t("calling"));
      return pc.createOffer().then(function (offer) {
        return pc.setLocalDescription(offer);
      }).then(function () {
        send({ type: "signal", kind: "offer", data: { description: pc.localDescription.toJSON() } });
      });
    }).catch(mediaFailed);
  });

  els.callAnswer.addEventListener("click", function () {
    var offer = call.pendingOffer;
    if (!offer) return;
    call.pendingOffer = null;
    els.callAnswer.hidden = true;
    startMedia().then(function () {
      var pc = newPeerConnection();
      showCallButtons(true);
      return pc.setRemoteDescription(offer).then(function () {
        flushIce();
        return pc.createAnswer();
      }).then(function (answer) {
        return pc.setLocalDescription(answer);
      }).then(function () {
        send({ type: "signal", kind: "answer", data: { description: pc.localDescription.toJSON() } });
      });
    }).catch(mediaFailed);
  });

  els.callHangup.addEventListener("click", function () { endCall(true); });

  els.callMic.addEventListener("click", function () {
    var muted = els.callMic.getAttribute("aria-pressed") !== "true";
    call.stream.getAudioTracks().forEach(function (track) { track.enabled = !muted; });
    els.callMic.setAttribute("aria-pressed", String(muted));
    els.callMic.textContent = muted ? t("unmute") : t("mute");
  });

  els.callCam.addEventListener("click", function () {
    var off = els.callCam.getAttribute("aria-pressed") !== "true";
    call.stream.getVideoTracks().forEach(function (track) { track.enabled = !off; });
    els.callCam.setAttribute("aria-pressed", String(off));
    els.callCam.textContent = off ? t("camOn") : t("camOff");
  });

  function endCall(tellPeer) {
    if (tellPeer) send({ type: "signal", kind: "hangup", data: null });
    if (call.pc) call.pc.close();
    if (call.stream) call.stream.getTracks().forEach(function (track) { track.stop(); });
    call.pc = null;
    call.stream = null;
    call.pendingOffer = null;
    call.pendingIce = [];
    els.videoLocal.srcObject = null;
    els.videoRemote.srcObject = null;
    els.callAnswer.hidden = true;
    showCallButtons(false);
    if (tellPeer) setCallStatus(t("callEnded"));
  }

  function handleSignal(signal) {
    var data = signal.data || {};
    if (signal.kind === "offer" && data.description) {
      if (call.pc && call.pc.signalingState !== "stable" && me > signal.from) {
        return; // both called at once: the lower id answers, the higher keeps its own offer
      }
      if (call.pc) { call.pc.close(); call.pc = null; }
      call.pendingOffer = data.description;
      els.callAnswer.hidden = false;
      setCallStatus(t("incoming", { name: room.names[signal.from] || "" }));
      if (call.stream) els.callAnswer.click();
    } else if (signal.kind === "answer" && data.description && call.pc) {
      call.pc.setRemoteDescription(data.description).then(flushIce).catch(function () {});
    } else if (signal.kind === "ice" && data.candidate) {
      if (call.pc && call.pc.remoteDescription) {
        call.pc.addIceCandidate(data.candidate).catch(function () {});
      } else {
        call.pendingIce.push(data.candidate);
      }
    } else if (signal.kind === "hangup") {
      endCall(false);
      setCallStatus(t("callEnded"));
    }
  }

  // Background tabs ping late: say we are here as soon as the tab is shown again.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") send({ type: "ping" });
  });
  if (!window.RTCPeerConnection) els.callStart.disabled = true;
  window.addEventListener("pagehide", function () {
    closedForGood = true;
    if (ws) ws.close();
  });
  setEnabled(false);
  connect();
})();
