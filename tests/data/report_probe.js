// Appended to a copy of the report by tests/report_browser.rs: measures the
// charts, filters and sorts the table, and writes what it saw as JSON into
// <pre id="probe-result">.
(function () {
  var out = {};
  var svgs = Array.prototype.slice.call(document.querySelectorAll("svg.chart"));
  out.charts = svgs.map(function (s) {
    var r = s.getBoundingClientRect();
    return { w: r.width, h: r.height, rects: s.querySelectorAll("rect").length, title: s.querySelector("title") ? s.querySelector("title").textContent : "" };
  });
  var rows = Array.prototype.slice.call(document.querySelectorAll("#all tbody tr"));
  out.rows = rows.length;
  out.overflow = document.documentElement.scrollWidth - window.innerWidth;
  out.width = window.innerWidth;
  var q = document.getElementById("q");
  q.value = "FILTER_WORD";
  q.dispatchEvent(new Event("input"));
  setTimeout(function () {
    var shown = rows.filter(function (r) { return !r.hidden; });
    out.visible = shown.length;
    out.visibleMatch = shown.every(function (r) { return r.textContent.toLowerCase().indexOf("FILTER_WORD") !== -1; });
    out.hiddenMatch = rows.filter(function (r) { return r.hidden; }).some(function (r) { return r.textContent.toLowerCase().indexOf("FILTER_WORD") !== -1; });
    out.shownText = document.getElementById("shown").textContent;
    q.value = "";
    q.dispatchEvent(new Event("input"));
    setTimeout(function () {
      out.visibleAfterClear = rows.filter(function (r) { return !r.hidden; }).length;
      var deadline = document.querySelector("#all thead button[data-col='5']");
      deadline.click();
      var keys = Array.prototype.map.call(document.querySelectorAll("#all tbody tr"), function (r) { return r.cells[5].getAttribute("data-v"); });
      var dated = keys.filter(function (k) { return k !== ""; });
      out.sortedAscending = dated.length > 1 && dated.every(function (k, i) { return i === 0 || dated[i - 1] <= k; });
      out.undatedLast = keys.slice(dated.length).every(function (k) { return k === ""; });
      out.ariaSort = deadline.parentNode.getAttribute("aria-sort");
      var pre = document.createElement("pre");
      pre.id = "probe-result";
      pre.textContent = JSON.stringify(out);
      document.body.appendChild(pre);
    }, 50);
  }, 400);
})();
