(function () {
  "use strict";
  var table = document.getElementById("all");
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var texts = null;
  var input = document.getElementById("q");
  var shown = document.getElementById("shown");
  function filter() {
    if (!texts) texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      var t = texts[i];
      var hit = words.every(function (w) { return t.indexOf(w) !== -1; });
      rows[i].hidden = !hit;
      if (hit) n++;
    }
    shown.textContent = n + " of " + rows.length + " actions shown";
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(filter, rows.length > 2000 ? 150 : 0);
  });
  function key(row, col) {
    var cell = row.cells[col];
    var v = cell.getAttribute("data-v");
    return v !== null ? v : cell.textContent.trim().toLowerCase();
  }
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = th.querySelector("button");
    button.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var order = rows.map(function (r, i) { return [key(r, col), i]; });
      order.sort(function (a, b) {
        var x = a[0], y = b[0];
        if (x === y) return a[1] - b[1];
        if (x === "") return 1;
        if (y === "") return -1;
        var c = x.localeCompare(y, undefined, { numeric: true });
        return asc ? c : -c;
      });
      var frag = document.createDocumentFragment();
      var sorted = order.map(function (o) { return rows[o[1]]; });
      var sortedTexts = texts ? order.map(function (o) { return texts[o[1]]; }) : null;
      sorted.forEach(function (r) { frag.appendChild(r); });
      body.appendChild(frag);
      rows = sorted;
      texts = sortedTexts;
    });
  });
})();
