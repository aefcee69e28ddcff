// The one script of the review desk: "select all" on the queue, and the live email
// preview of an action (its amount or note filled in as it is typed). Everything works
// without it: the page shows each action's email as it stands.
(function () {
  "use strict";
  var all = document.getElementById("select-all");
  if (all) {
    all.addEventListener("change", function () {
      var boxes = document.querySelectorAll('#bulk input[name="ref"]');
      for (var i = 0; i < boxes.length; i++) { boxes[i].checked = all.checked; }
    });
  }
  // A form that ends something (removing a mailbox) asks first.
  Array.prototype.forEach.call(document.querySelectorAll("form[data-confirm]"), function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
  var forms = document.querySelectorAll("form[data-preview]");
  Array.prototype.forEach.call(forms, function (form) {
    var url = form.getAttribute("data-preview-url");
    var action = form.getAttribute("data-preview");
    var box = form.querySelector("[data-email]");
    var fields = form.querySelectorAll("[data-preview-field]");
    if (!url || !box || !fields.length) { return; }
    var timer = null, asked = 0;
    function show(data) {
      var text = box.querySelector(".email-text"), subject = box.querySelector(".email-subject");
      var hint = box.querySelector(".email-hint");
      if (data.text && text) { text.textContent = data.text; }
      if (data.subject && subject) { subject.textContent = data.subject; }
      if (hint) {
        hint.textContent = data.error || data.hint || "";
        hint.hidden = !(data.error || data.hint);
        hint.className = data.error ? "hint email-hint error-text" : "hint email-hint";
      }
    }
    function update() {
      var params = new URLSearchParams();
      params.set("action", action);
      Array.prototype.forEach.call(fields, function (f) {
        if (f.value.trim()) { params.set(f.getAttribute("data-preview-field"), f.value.trim()); }
      });
      var mine = ++asked;
      fetch(url + "?" + params.toString(), {credentials: "same-origin",
                                             headers: {"Accept": "application/json"}})
        .then(function (r) { return r.json(); })
        .then(function (data) { if (mine === asked) { show(data); } })
        .catch(function () { /* the page still shows the email as it stands */ });
    }
    Array.prototype.forEach.call(fields, function (f) {
      f.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(update, 250);
      });
    });
  });
}());
