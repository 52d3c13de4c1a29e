// kleidi: the only script on the pages. Every page works without it; it
// adds to new-password fields a live check of each rule, the strength as
// text and a bar, a tick when the confirmation matches, a show/hide toggle
// on every password field, and buttons that put a suggestion in the fields.
// Its texts come from the page (data-* on <body>), in the page's language.
(function () {
  "use strict";
  var texts = document.body ? document.body.dataset : {};

  // Shows or hides a password field's value, and says so on its toggle.
  function reveal(input, shown) {
    input.type = shown ? "text" : "password";
    var b = document.querySelector("button.toggle[aria-controls='" + input.id + "']");
    if (b) {
      b.textContent = shown ? (texts.hide || "Hide") : (texts.show || "Show");
      b.setAttribute("aria-pressed", shown ? "true" : "false");
    }
  }

  // Show/hide on every password field.
  Array.prototype.forEach.call(document.querySelectorAll("input[type=password]"), function (input) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "toggle link";
    b.textContent = texts.show || "Show";
    b.setAttribute("aria-controls", input.id);
    b.setAttribute("aria-pressed", "false");
    b.addEventListener("click", function () { reveal(input, input.type !== "text"); });
    input.insertAdjacentElement("afterend", b);
  });

  var field = document.querySelector("input[data-strength]");
  if (!field) { return; }
  var out = document.getElementById("strength");
  var rules = document.querySelector("ul.rules[data-for='" + field.id + "']");
  var confirm = document.getElementById("confirm");
  var match = document.getElementById("confirm-match");
  var timer = null;
  var seq = 0;

  function mark(li, state) {
    li.className = state;
    var note = li.querySelector(".visually-hidden");
    if (!note) {
      note = document.createElement("span");
      note.className = "visually-hidden";
      li.appendChild(note);
    }
    note.textContent = state ? " (" + (state === "met" ? texts.met : texts.unmet) + ")" : "";
  }

  function show(result) {
    var broken = {};
    (result.violations || []).forEach(function (v) { broken[v.code] = true; });
    if (rules) {
      Array.prototype.forEach.call(rules.querySelectorAll("li[data-rule]"), function (li) {
        mark(li, broken[li.getAttribute("data-rule")] ? "unmet" : "met");
      });
    }
    if (out) {
      out.textContent = "";
      var score = result.score || 0;
      var names = (texts.scores || "").split("|");
      var label = document.createElement("p");
      label.textContent = (texts.strength || "") + " " + (names[score] || "");
      var bar = document.createElement("meter");
      bar.min = 0; bar.max = 4; bar.low = 2; bar.high = 3; bar.optimum = 4;
      bar.value = score;
      bar.setAttribute("aria-label", texts.strength || "");
      out.appendChild(label);
      out.appendChild(bar);
      if ((result.hints || []).length) {
        var list = document.createElement("ul");
        result.hints.forEach(function (h) {
          var li = document.createElement("li");
          li.textContent = h;
          list.appendChild(li);
        });
        out.appendChild(list);
      }
      out.setAttribute("data-score", String(score));
    }
  }

  function check() {
    var mine = ++seq;
    var body = { password: field.value };
    var user = document.querySelector("input[name=username]");
    if (user && user.value) { body.username = user.value; }
    fetch("/api/v1/policy/check", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": document.documentElement.lang },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { if (j && mine === seq) { show(j); } })
      .catch(function () { /* a nicety; the form still works */ });
  }

  function compare() {
    if (!confirm || !match) { return; }
    if (!confirm.value) { match.textContent = ""; match.className = "match"; return; }
    var same = confirm.value === field.value;
    match.textContent = same ? texts.match : texts.mismatch;
    match.className = same ? "match met" : "match unmet";
    // The server's "not the same" from the last submission no longer holds.
    var stale = document.getElementById("confirm-error");
    if (same && stale) {
      stale.parentNode.removeChild(stale);
      confirm.removeAttribute("aria-invalid");
      var by = (confirm.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
        return id && id !== "confirm-error";
      });
      if (by.length) { confirm.setAttribute("aria-describedby", by.join(" ")); } else { confirm.removeAttribute("aria-describedby"); }
    }
  }

  field.addEventListener("input", function () {
    clearTimeout(timer);
    compare();
    if (!field.value) {
      if (out) { out.textContent = ""; }
      if (rules) { Array.prototype.forEach.call(rules.querySelectorAll("li[data-rule]"), function (li) { mark(li, ""); }); }
      return;
    }
    timer = setTimeout(check, 250);
  });
  if (confirm) { confirm.addEventListener("input", compare); }

  // A suggestion, put into both fields and shown, with one click.
  Array.prototype.forEach.call(document.querySelectorAll("ul.suggestions li"), function (li) {
    var code = li.querySelector("code");
    if (!code) { return; }
    var b = document.createElement("button");
    b.type = "button";
    b.className = "link use";
    b.textContent = texts.use || "Use";
    b.addEventListener("click", function () {
      field.value = code.textContent;
      reveal(field, true);
      if (confirm) { confirm.value = code.textContent; reveal(confirm, true); }
      field.dispatchEvent(new Event("input"));
      field.focus();
    });
    li.appendChild(document.createTextNode(" "));
    li.appendChild(b);
  });
})();
