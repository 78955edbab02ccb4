/* The phone page of a CoStar room (issue 31): join, write notes, vote.
 *
 * Served by the CoStar Desktop app on the room's own network; nothing from anywhere else.
 * Plain ES5 for old phone browsers: no modules, no arrow functions, XMLHttpRequest.
 * Everything a person typed is shown with textContent, never as HTML.
 *
 * A note is kept in localStorage with its key (made once per note) until the app says it
 * was received; it is sent again, with the same key, whenever the page is shown again,
 * comes back online or reconnects. The server answers the same key "already received",
 * so a note is never stored twice.
 */
(function () {
  "use strict";

  var STRINGS = {
    en: {
      title: "CoStar room",
      brand: "CoStar room",
      textSize: "Text size",
      otherLanguage: "Deutsch",
      otherLanguageCode: "de",
      joinHeading: "Join the room",
      codeLabel: "The room's code",
      kindLabel: "Who are you? (you need not say)",
      kindNone: "Rather not say",
      kind_service_user: "Service user",
      kind_carer: "Carer",
      kind_family: "Family member",
      kind_volunteer: "Volunteer",
      kind_staff: "Staff",
      kind_manager: "Manager",
      kind_partner: "Partner organisation",
      kind_community: "Community group",
      nameLabel: "Your first name (you need not give it)",
      join: "Join",
      joining: "Joining…",
      helpWifi: "Keep Wi-Fi on, even when the phone says \u201cno internet\u201d.",
      helpData: "If your notes do not arrive, switch mobile data off.",
      noCode: "Please type the room's code.",
      wrongCode: "That is not the room's code. Please check it.",
      tooManyCodes: "Too many wrong codes. Please wait a minute.",
      notJoining: "The room is not taking new phones just now.",
      full: "The room is full. Please ask the facilitator.",
      noRoom: "The room cannot be reached. Is Wi-Fi on?",
      noteLabel: "Your note",
      coLegend: "Which Co? (you need not choose)",
      coNone: "Not sure",
      co_commission: "Co-commission",
      co_design: "Co-design",
      co_deliver: "Co-deliver",
      co_assess: "Co-assess",
      send: "Send",
      writeFirst: "Please write something first.",
      yourNotes: "Your notes",
      noNotes: "None yet.",
      kept: "Kept on this phone, not sent yet",
      sending: "Sending…",
      received: "Received",
      refused: "Not taken",
      waiting: "Waiting for the facilitator…",
      liveOn: "Connected to the room",
      liveOff: "Not connected. Trying again…",
      livePolling: "Connected (checking every few seconds)",
      elsewhere: "The room is open in another tab on this phone.",
      dotsLeft: "Dots left: {n}",
      yourDots: "Your dots: {n}",
      allDots: "All dots: {n}",
      giveDot: "+ dot",
      takeDot: "\u2212 dot",
      giveDotOn: "Give a dot to: {text}",
      takeDotFrom: "Take a dot back from: {text}",
      noDotsLeft: "You have no dots left. Take one back to move it.",
      votingClosed: "Voting is not open just now.",
      notSent: "That was not sent. Please try again.",
      tooMany: "That is a lot! Please wait a moment.",
      nothingToVote: "There is nothing to vote on yet."
    },
    de: {
      title: "CoStar-Raum",
      brand: "CoStar-Raum",
      textSize: "Schriftgröße",
      otherLanguage: "English",
      otherLanguageCode: "en",
      joinHeading: "Dem Raum beitreten",
      codeLabel: "Der Code des Raums",
      kindLabel: "Wer sind Sie? (freiwillig)",
      kindNone: "Möchte ich nicht sagen",
      kind_service_user: "Leistungsnutzende",
      kind_carer: "Pflegende Angehörige",
      kind_family: "Familienmitglied",
      kind_volunteer: "Ehrenamtliche",
      kind_staff: "Mitarbeitende",
      kind_manager: "Führungskraft",
      kind_partner: "Partnerorganisation",
      kind_community: "Initiative vor Ort",
      nameLabel: "Ihr Vorname (freiwillig)",
      join: "Beitreten",
      joining: "Tritt bei…",
      helpWifi: "Lassen Sie WLAN an, auch wenn das Telefon \u201ekein Internet\u201c meldet.",
      helpData: "Wenn Ihre Notizen nicht ankommen, schalten Sie die mobilen Daten aus.",
      noCode: "Bitte geben Sie den Code des Raums ein.",
      wrongCode: "Das ist nicht der Code des Raums. Bitte prüfen Sie ihn.",
      tooManyCodes: "Zu viele falsche Codes. Bitte warten Sie eine Minute.",
      notJoining: "Der Raum nimmt gerade keine neuen Telefone auf.",
      full: "Der Raum ist voll. Bitte fragen Sie die Moderation.",
      noRoom: "Der Raum ist nicht erreichbar. Ist WLAN an?",
      noteLabel: "Ihre Notiz",
      coLegend: "Welches Co? (freiwillig)",
      coNone: "Weiß nicht",
      co_commission: "Co-Beauftragen",
      co_design: "Co-Gestalten",
      co_deliver: "Co-Umsetzen",
      co_assess: "Co-Bewerten",
      send: "Senden",
      writeFirst: "Bitte schreiben Sie zuerst etwas.",
      yourNotes: "Ihre Notizen",
      noNotes: "Noch keine.",
      kept: "Auf diesem Telefon aufbewahrt, noch nicht gesendet",
      sending: "Wird gesendet…",
      received: "Angekommen",
      refused: "Nicht angenommen",
      waiting: "Warten auf die Moderation…",
      liveOn: "Mit dem Raum verbunden",
      liveOff: "Nicht verbunden. Neuer Versuch…",
      livePolling: "Verbunden (Abfrage alle paar Sekunden)",
      elsewhere: "Der Raum ist in einem anderen Tab dieses Telefons offen.",
      dotsLeft: "Übrige Punkte: {n}",
      yourDots: "Ihre Punkte: {n}",
      allDots: "Alle Punkte: {n}",
      giveDot: "+ Punkt",
      takeDot: "\u2212 Punkt",
      giveDotOn: "Einen Punkt geben: {text}",
      takeDotFrom: "Einen Punkt zurücknehmen: {text}",
      noDotsLeft: "Sie haben keine Punkte mehr. Nehmen Sie einen zurück, um ihn zu verschieben.",
      votingClosed: "Die Abstimmung ist gerade nicht offen.",
      notSent: "Das wurde nicht gesendet. Bitte versuchen Sie es noch einmal.",
      tooMany: "Das ist viel! Bitte warten Sie einen Moment.",
      nothingToVote: "Es gibt noch nichts abzustimmen."
    }
  };

  var STORE = "costar.room.";
  var POLL_MS = 4000;
  var MAX_BACKOFF_MS = 15000;
  var KEEP_RECEIVED = 30;

  // -- small helpers ----------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  function load(name, fallback) {
    try {
      var raw = window.localStorage.getItem(STORE + name);
      return raw === null ? fallback : JSON.parse(raw);
    } catch (e) {
      return fallback;
    }
  }

  function save(name, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(STORE + name);
      } else {
        window.localStorage.setItem(STORE + name, JSON.stringify(value));
      }
    } catch (e) {
      /* private mode or full: the page still works, it just forgets on reload */
    }
  }

  function newKey() {
    var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    var key = "";
    var i;
    var cryptoObj = window.crypto || window.msCrypto;
    if (cryptoObj && cryptoObj.getRandomValues) {
      var bytes = new Uint8Array(24);
      cryptoObj.getRandomValues(bytes);
      for (i = 0; i < bytes.length; i++) {
        key += alphabet.charAt(bytes[i] % alphabet.length);
      }
    } else {
      for (i = 0; i < 24; i++) {
        key += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
      }
    }
    return key + "-" + new Date().getTime().toString(36);
  }

  function clear(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
  }

  /** Words someone wrote, in any script: the browser finds their direction (RTL too). */
  function written(element) {
    element.setAttribute("dir", "auto");
    return element;
  }

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined && text !== null) {
      element.textContent = String(text);
    }
    return element;
  }

  /** POST or GET JSON; done(status, body) with status 0 when the room was not reached. */
  function request(method, path, body, headers, done) {
    var xhr = new XMLHttpRequest();
    var finished = false;
    function finish(status, answer) {
      if (!finished) {
        finished = true;
        done(status, answer || {});
      }
    }
    try {
      xhr.open(method, path, true);
      xhr.timeout = 15000;
      xhr.setRequestHeader("Content-Type", "application/json");
      for (var name in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, name)) {
          xhr.setRequestHeader(name, headers[name]);
        }
      }
    } catch (e) {
      finish(0, null);
      return;
    }
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) {
        return;
      }
      var answer = null;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch (e) {
        answer = null;
      }
      finish(xhr.status, answer);
    };
    xhr.ontimeout = function () {
      finish(0, null);
    };
    xhr.onerror = function () {
      finish(0, null);
    };
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  // -- language and text size ---------------------------------------------------------

  var lang = load("lang", null);
  if (lang !== "en" && lang !== "de") {
    var browser = (navigator.language || navigator.userLanguage || "en").toLowerCase();
    lang = browser.indexOf("de") === 0 ? "de" : "en";
  }

  function t(key, values) {
    var text = STRINGS[lang][key] || STRINGS.en[key] || key;
    if (values) {
      for (var name in values) {
        if (Object.prototype.hasOwnProperty.call(values, name)) {
          text = text.split("{" + name + "}").join(String(values[name]));
        }
      }
    }
    return text;
  }

  function applyLanguage() {
    document.documentElement.setAttribute("lang", lang);
    document.title = t("title");
    var nodes = document.querySelectorAll("[data-t]");
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].textContent = t(nodes[i].getAttribute("data-t"));
    }
    var labelled = document.querySelectorAll("[data-t-label]");
    for (i = 0; i < labelled.length; i++) {
      labelled[i].setAttribute("aria-label", t(labelled[i].getAttribute("data-t-label")));
    }
    var other = $("language");
    other.textContent = t("otherLanguage");
    other.setAttribute("lang", t("otherLanguageCode"));
    render();
  }

  function applySize(size) {
    if (size !== 1 && size !== 2 && size !== 3) {
      size = 1;
    }
    document.body.className = "size-" + size;
    for (var i = 1; i <= 3; i++) {
      $("size-" + i).setAttribute("aria-pressed", i === size ? "true" : "false");
    }
    save("size", size);
  }

  // -- what the page knows --------------------------------------------------------------

  var token = load("token", null);
  /** Notes written here: {key, text, co, state: "kept"|"sending"|"received"|"refused", problem}. */
  var outbox = load("outbox", []);
  if (!(outbox instanceof Array)) {
    outbox = [];
  }
  for (var o = 0; o < outbox.length; o++) {
    if (outbox[o].state === "sending") {
      outbox[o].state = "kept"; // the page went away mid-send: the same key goes again
    }
  }
  var shared = null;
  var mine = null;
  /** Every note's dots, by id, as the app last sent them (null while they are hidden). */
  var allDots = null;
  var live = "off"; // "off" | "on" | "polling" | "elsewhere"
  var voteProblem = "";

  function saveOutbox() {
    var received = 0;
    for (var i = outbox.length - 1; i >= 0; i--) {
      if (outbox[i].state === "received" && ++received > KEEP_RECEIVED) {
        outbox.splice(i, 1);
      }
    }
    save("outbox", outbox);
  }

  // -- screens --------------------------------------------------------------------------

  function show(screen) {
    var screens = ["join-screen", "write-screen", "vote-screen"];
    for (var i = 0; i < screens.length; i++) {
      var element = $(screens[i]);
      if (screens[i] === screen) {
        element.removeAttribute("hidden");
      } else {
        element.setAttribute("hidden", "");
      }
    }
  }

  function render() {
    if (!token) {
      show("join-screen");
      $("live").textContent = "";
      return;
    }
    var liveText = {
      on: t("liveOn"),
      off: t("liveOff"),
      polling: t("livePolling"),
      elsewhere: t("elsewhere")
    }[live];
    $("live").textContent = liveText;
    $("live").className = "live live-" + live;
    var step = shared && shared.step_name ? String(shared.step_name) : "";
    var question = shared && shared.question ? String(shared.question) : t("waiting");
    if (shared && shared.voting === true) {
      show("vote-screen");
      $("vote-step").textContent = step;
      $("vote-question").textContent = question;
      renderVotes();
    } else {
      show("write-screen");
      $("write-step").textContent = step;
      $("write-question").textContent = question;
    }
    renderOutbox();
  }

  function renderOutbox() {
    var list = $("my-notes");
    clear(list);
    var labels = { kept: t("kept"), sending: t("sending"), received: t("received") };
    for (var i = outbox.length - 1; i >= 0; i--) {
      var note = outbox[i];
      var item = make("li", "my-note state-" + note.state);
      item.appendChild(written(make("p", "my-note-text", note.text)));
      var state = make("p", "my-note-state", labels[note.state] || t("refused"));
      if (note.state === "refused" && note.problem) {
        state.textContent = t("refused") + ": " + note.problem;
      }
      item.appendChild(state);
      list.appendChild(item);
    }
    if (outbox.length) {
      $("no-notes").setAttribute("hidden", "");
    } else {
      $("no-notes").removeAttribute("hidden");
    }
  }

  function dotsLeft() {
    if (mine && typeof mine.left === "number") {
      return mine.left;
    }
    return shared && typeof shared.budget === "number" ? shared.budget : 0;
  }

  function myDots(noteId) {
    var counts = mine && mine.mine ? mine.mine : {};
    var n = counts[noteId];
    return typeof n === "number" && n > 0 ? Math.floor(n) : 0;
  }

  /** Rebuilds the list of notes, keeping the focused button focused. */
  function renderVotes() {
    var left = dotsLeft();
    $("dots-left").textContent =
      t("dotsLeft", { n: left }) + (votesSending > 0 ? " \u2014 " + t("sending") : "");
    $("vote-problem").textContent = voteProblem;
    var focused = document.activeElement;
    var focusId = focused && focused.getAttribute ? focused.getAttribute("data-focus") : null;
    var list = $("vote-notes");
    clear(list);
    var notes = shared && shared.notes instanceof Array ? shared.notes : [];
    if (!notes.length) {
      list.appendChild(make("li", "quiet", t("nothingToVote")));
    }
    for (var i = 0; i < notes.length; i++) {
      var note = notes[i] || {};
      var id = String(note.id);
      var text = String(note.text === undefined ? "" : note.text);
      var count = myDots(id);
      var item = make("li", "vote-note" + (count ? " has-mine" : ""));
      item.appendChild(written(make("p", "vote-text", text)));
      if (note.co) {
        item.appendChild(make("p", "vote-co", t("co_" + note.co)));
      }
      var dots = make("p", "vote-mine");
      if (count > 0) {
        var marks = new Array(Math.min(count, 20) + 1).join("\u25cf ");
        dots.appendChild(make("span", "dot-marks", marks));
      }
      dots.appendChild(make("span", "", t("yourDots", { n: count })));
      item.appendChild(dots);
      var total = totalOf(note, id);
      if (!shared.hidden && total !== null) {
        item.appendChild(make("p", "vote-total", t("allDots", { n: total })));
      }
      var buttons = make("div", "vote-buttons");
      var give = make("button", "give", t("giveDot"));
      give.type = "button";
      give.setAttribute("aria-label", t("giveDotOn", { text: text }));
      give.setAttribute("data-focus", "give:" + id);
      give.disabled = left <= 0;
      give.onclick = voteHandler(id, true);
      var take = make("button", "take", t("takeDot"));
      take.type = "button";
      take.setAttribute("aria-label", t("takeDotFrom", { text: text }));
      take.setAttribute("data-focus", "take:" + id);
      take.disabled = count <= 0;
      take.onclick = voteHandler(id, false);
      buttons.appendChild(give);
      buttons.appendChild(take);
      item.appendChild(buttons);
      list.appendChild(item);
      if (focusId === "give:" + id && !give.disabled) {
        give.focus();
      } else if (focusId === "take:" + id && !take.disabled) {
        take.focus();
      } else if (focusId === "give:" + id || focusId === "take:" + id) {
        (give.disabled ? take : give).focus();
      }
    }
  }

  // -- joining --------------------------------------------------------------------------

  function codeFromHash() {
    var match = /(?:^|[#&])code=(\d+)/.exec(window.location.hash || "");
    return match ? match[1] : "";
  }

  function joinProblem(status, body) {
    if (status === 0) {
      return t("noRoom");
    }
    if (status === 429) {
      return t("tooManyCodes");
    }
    if (status === 503) {
      return t("full");
    }
    if (status === 403) {
      return body && body.error === STRINGS.en.notJoining ? t("notJoining") : t("wrongCode");
    }
    return (body && body.error) || t("notSent");
  }

  function join(event) {
    if (event && event.preventDefault) {
      event.preventDefault();
    }
    var code = $("join-code").value.replace(/\s+/g, "");
    if (!code) {
      $("join-problem").textContent = t("noCode");
      $("join-code").focus();
      return false;
    }
    var button = $("join-button");
    button.disabled = true;
    button.textContent = t("joining");
    $("join-problem").textContent = "";
    var body = { code: code, kind: $("join-kind").value, name: $("join-name").value };
    request("POST", "/join", body, {}, function (status, answer) {
      button.disabled = false;
      button.textContent = t("join");
      if (status === 200 && answer.token) {
        token = answer.token;
        save("token", token);
        render();
        connect();
        sendNotes();
        $("note-text").focus();
      } else {
        $("join-problem").textContent = joinProblem(status, answer);
      }
    });
    return false;
  }

  /** The room no longer knows this phone: back to joining, keeping every unsent note. */
  function leave() {
    token = null;
    save("token", null);
    shared = null;
    mine = null;
    closeLive();
    for (var i = 0; i < outbox.length; i++) {
      if (outbox[i].state === "sending") {
        outbox[i].state = "kept";
      }
    }
    saveOutbox();
    render();
  }

  // -- notes ------------------------------------------------------------------------------

  var sendingNow = false;
  var resendTimer = null;
  var resendDelay = 1000;

  function write(event) {
    if (event && event.preventDefault) {
      event.preventDefault();
    }
    var area = $("note-text");
    var text = area.value;
    if (!/\S/.test(text)) {
      $("write-problem").textContent = t("writeFirst");
      area.focus();
      return false;
    }
    $("write-problem").textContent = "";
    var chosen = document.querySelector("input[name=co]:checked");
    outbox.push({ key: newKey(), text: text, co: chosen ? chosen.value : "", state: "kept" });
    saveOutbox();
    area.value = "";
    $("co-none").checked = true;
    renderOutbox();
    sendNotes();
    area.focus();
    return false;
  }

  function nextToSend() {
    for (var i = 0; i < outbox.length; i++) {
      if (outbox[i].state === "kept") {
        return outbox[i];
      }
    }
    return null;
  }

  function laterAgain(ms) {
    if (resendTimer) {
      return;
    }
    resendTimer = window.setTimeout(function () {
      resendTimer = null;
      sendNotes();
    }, ms);
  }

  /** Sends the kept notes one after another, each with its own key. */
  function sendNotes() {
    if (sendingNow || !token) {
      return;
    }
    var note = nextToSend();
    if (!note) {
      return;
    }
    sendingNow = true;
    note.state = "sending";
    saveOutbox();
    renderOutbox();
    var body = { token: token, key: note.key, text: note.text, co: note.co || null };
    request("POST", "/notes", body, {}, function (status, answer) {
      sendingNow = false;
      if (status === 200 && (answer.status === "received" || answer.status === "already received")) {
        note.state = "received";
        resendDelay = 1000;
        saveOutbox();
        renderOutbox();
        sendNotes();
        return;
      }
      if (status === 401) {
        note.state = "kept";
        leave();
        return;
      }
      if (status === 400 || status === 413) {
        note.state = "refused";
        note.problem = answer.error || "";
        saveOutbox();
        renderOutbox();
        sendNotes();
        return;
      }
      // Not reached, too many, or not saved yet: kept, and sent again with the same key.
      note.state = "kept";
      saveOutbox();
      renderOutbox();
      laterAgain(status === 429 ? 10000 : resendDelay);
      resendDelay = Math.min(resendDelay * 2, MAX_BACKOFF_MS);
    });
  }

  // -- votes ------------------------------------------------------------------------------

  /** Votes sent and not yet answered: the page says "Sending…" until each is. */
  var votesSending = 0;

  function voteHandler(noteId, give) {
    return function () {
      vote(noteId, give, newKey(), 0);
    };
  }

  function vote(noteId, give, key, tries) {
    if (!token) {
      return;
    }
    if (give && dotsLeft() <= 0) {
      voteProblem = t("noDotsLeft");
      renderVotes();
      return;
    }
    voteProblem = "";
    var body = { token: token, key: key, note: noteId, give: give };
    votesSending += 1;
    renderVotes();
    request("POST", "/votes", body, {}, function (status, answer) {
      votesSending -= 1;
      if (status === 200) {
        mine = { left: answer.left, mine: answer.mine || {} };
        voteProblem = "";
      } else if (status === 401) {
        leave();
        return;
      } else if (status === 0 && tries < 3) {
        window.setTimeout(function () {
          vote(noteId, give, key, tries + 1); // the same key: never counted twice
        }, 1000 * (tries + 1));
        return;
      } else if (status === 409) {
        voteProblem =
          answer.error === STRINGS.en.votingClosed ? t("votingClosed") : answer.error || t("notSent");
      } else if (status === 429) {
        voteProblem = t("tooMany");
      } else {
        voteProblem = t("notSent");
      }
      render();
    });
  }

  // -- live: WebSocket, else polling --------------------------------------------------------

  var socket = null;
  var socketTimer = null;
  var socketDelay = 1000;
  var pollTimer = null;

  /** A note's dots in all: from the app's latest "dots" message, else from the note. */
  function totalOf(note, id) {
    if (allDots && typeof allDots === "object") {
      var n = allDots[id];
      return typeof n === "number" ? n : 0;
    }
    return typeof note.dots === "number" ? note.dots : null;
  }

  function takeState(body) {
    if (body.type === "state") {
      shared = body;
      voteProblem = "";
    } else if (body.type === "mine") {
      mine = body;
    } else if (body.type === "dots") {
      allDots = body.dots && typeof body.dots === "object" ? body.dots : null;
    } else {
      return;
    }
    render();
  }

  function setLive(state) {
    live = state;
    render();
  }

  /** Asks GET /state now (soon == true) or in a few seconds, while no WebSocket is open. */
  function poll(soon) {
    if (pollTimer || !token) {
      return;
    }
    pollTimer = window.setTimeout(function () {
      pollTimer = null;
      if (!token || live === "on") {
        return;
      }
      request("GET", "/state", null, { Authorization: "Bearer " + token }, function (status, body) {
        if (status === 401) {
          leave();
          return;
        }
        if (status === 200) {
          if (body.shared) {
            body.shared.type = "state";
            takeState(body.shared);
          }
          if (body.mine) {
            body.mine.type = "mine";
            takeState(body.mine);
          }
          if (body.dots !== undefined) {
            takeState({ type: "dots", dots: body.dots });
          }
          if (live !== "on" && live !== "elsewhere") {
            setLive("polling");
          }
          sendNotes();
        } else if (live === "polling") {
          setLive("off");
        }
        poll(false);
      });
    }, soon ? 0 : POLL_MS);
  }

  function closeLive() {
    if (socketTimer) {
      window.clearTimeout(socketTimer);
      socketTimer = null;
    }
    if (socket) {
      var old = socket;
      socket = null;
      old.onclose = null;
      try {
        old.close();
      } catch (e) {
        /* already closed */
      }
    }
  }

  function reconnectLater() {
    if (socketTimer || !token) {
      return;
    }
    socketTimer = window.setTimeout(function () {
      socketTimer = null;
      connect();
    }, socketDelay);
    socketDelay = Math.min(socketDelay * 2, MAX_BACKOFF_MS);
  }

  function connect() {
    if (!token || socket) {
      return;
    }
    if (!window.WebSocket) {
      poll(true);
      return;
    }
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var ws;
    try {
      ws = new window.WebSocket(scheme + window.location.host + "/live");
    } catch (e) {
      poll(true);
      return;
    }
    socket = ws;
    ws.onopen = function () {
      ws.send(JSON.stringify({ token: token }));
    };
    ws.onmessage = function (event) {
      var body;
      try {
        body = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (body.hello) {
        socketDelay = 1000;
        setLive("on");
        sendNotes();
        return;
      }
      takeState(body);
    };
    ws.onclose = function (event) {
      if (socket !== ws) {
        return;
      }
      socket = null;
      if (event.code === 1008) {
        leave(); // the room does not know this phone (removed, or a new room)
        return;
      }
      if (event.code === 4001) {
        setLive("elsewhere"); // another tab took over; try again when shown again
        return;
      }
      setLive("off");
      poll(true);
      reconnectLater();
    };
  }

  /** The page is shown again (unlocked, back from another app, online again). */
  function wakeUp() {
    if (document.hidden) {
      return;
    }
    if (!token) {
      return;
    }
    if (live === "elsewhere") {
      live = "off";
    }
    if (!socket) {
      socketDelay = 1000;
      if (socketTimer) {
        window.clearTimeout(socketTimer);
        socketTimer = null;
      }
      connect();
    }
    resendDelay = 1000;
    if (resendTimer) {
      window.clearTimeout(resendTimer);
      resendTimer = null;
    }
    sendNotes();
    render();
  }

  // -- start ------------------------------------------------------------------------------

  function start() {
    var code = codeFromHash();
    if (code) {
      $("join-code").value = code;
    }
    $("join-form").onsubmit = join;
    $("write-form").onsubmit = write;
    var sizes = document.querySelectorAll("button.size");
    for (var i = 0; i < sizes.length; i++) {
      sizes[i].onclick = function () {
        applySize(parseInt(this.getAttribute("data-size"), 10));
      };
    }
    $("language").onclick = function () {
      lang = lang === "de" ? "en" : "de";
      save("lang", lang);
      applyLanguage();
    };
    applySize(load("size", 1));
    applyLanguage();
    document.addEventListener("visibilitychange", wakeUp);
    window.addEventListener("online", wakeUp);
    window.addEventListener("pageshow", wakeUp);
    window.addEventListener("focus", wakeUp);
    if (token) {
      connect();
      poll(false);
      sendNotes();
    }
  }

  start();
})();
