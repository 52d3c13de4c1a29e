// kleidi: the only script on the pages. It adds a live strength meter to new
// password fields; every page works without it.
(function () {
  "use strict";
  var field = document.querySelector("input[data-strength]");
  var out = document.getElementById("strength");
  if (!field || !out) { return; }
  var timer = null;
  var seq = 0;
  function show(result) {
    out.textContent = "";
    var bar = document.createElement("meter");
    bar.min = 0; bar.max = 4; bar.low = 2; bar.high = 3; bar.optimum = 4;
    bar.value = result.score || 0;
    out.appendChild(bar);
    var list = document.createElement("ul");
    (result.violations || []).concat((result.hints || []).map(function (h) { return { message: h }; }))
      .forEach(function (v) {
        var li = document.createElement("li");
        li.textContent = v.message;
        list.appendChild(li);
      });
    out.appendChild(list);
    out.setAttribute("data-score", String(result.score || 0));
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
      .catch(function () { /* the meter is a nicety; the form still works */ });
  }
  field.addEventListener("input", function () {
    clearTimeout(timer);
    if (!field.value) { out.textContent = ""; return; }
    timer = setTimeout(check, 300);
  });
})();
