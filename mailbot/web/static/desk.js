// The one script of the review desk: "select all" on the queue. Everything works without it.
(function () {
  "use strict";
  var all = document.getElementById("select-all");
  if (!all) { return; }
  all.addEventListener("change", function () {
    var boxes = document.querySelectorAll('#bulk input[name="ref"]');
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = all.checked; }
  });
}());
