/**
 * The HTML report's inline stylesheet and script. They are constants so that the page's
 * Content-Security-Policy can allow exactly them by hash and nothing else. The script only
 * toggles classes, sets `textContent` and keeps the filters in the URL: it never turns report
 * text back into markup.
 */

export const REPORT_CSS = `
:root { --met: #1a7f37; --missing: #b3261e; --waived: #7a4d00; --na: #57606a; --nc: #57606a; --line: #d0d7de; --bg-soft: #f6f8fa; --text-soft: #4f5761; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; margin: 0; padding: 1.5rem; max-width: 110rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; display: inline; }
h4 { font-size: .95rem; margin: .5rem 0 .25rem; }
a { color: #0550ae; }
.sub { color: var(--text-soft); margin: 0; }
.sub code, footer code, #packs code { word-break: break-all; font-size: .8em; }
.verdict { border: 2px solid currentColor; border-radius: 6px; padding: .25rem 1rem .5rem; margin-top: 1rem; }
.verdict h2 { border: 0; margin: .5rem 0 .25rem; }
.verdict p, .verdict ul { color: #1f2328; margin: .25rem 0; }
.v-compliant { color: var(--met); background: #f0fff4; } .v-non-compliant { color: var(--missing); background: #fff5f5; } .v-incomplete { color: var(--waived); background: #fffbea; }
#configuration table { margin: .5rem 0; }
td.off b { color: var(--missing); }
.summary { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.summary dl { display: grid; grid-template-columns: repeat(3, max-content max-content); gap: .15rem 1rem; margin: 0; }
.summary dt { color: var(--text-soft); }
.summary dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.chart text { font: 12px system-ui, sans-serif; fill: #1f2328; }
.bar-met { fill: var(--met); } .bar-partly-met { fill: #4d8a5b; } .bar-missing { fill: var(--missing); } .bar-waived { fill: var(--waived); }
.bar-not-applicable { fill: var(--na); } .bar-not-checkable { fill: #8c959f; } .bar-no-forms { fill: #953800; }
.controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; background: var(--bg-soft); border: 1px solid var(--line); padding: .75rem; border-radius: 6px; margin-top: 1rem; }
.controls label { display: flex; flex-direction: column; font-size: .85rem; gap: .2rem; }
.controls select, .controls input { font: inherit; padding: .25rem .4rem; min-width: 12rem; }
.controls output { font-size: .9rem; color: var(--text-soft); }
.table-wrap { overflow-x: auto; }
.matrix-wrap { overflow: auto; max-height: 85vh; border: 1px solid var(--line); }
table { border-collapse: separate; border-spacing: 0; font-size: .85rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; caption-side: top; }
th, td { border: 1px solid var(--line); border-width: 0 1px 1px 0; padding: .25rem .4rem; vertical-align: top; }
tr > :first-child { border-left-width: 1px; } thead tr:first-child > * { border-top-width: 1px; }
thead th { background: var(--bg-soft); }
.matrix thead th { position: sticky; top: 0; z-index: 2; }
.matrix thead th.corner { left: 0; z-index: 4; text-align: left; }
.matrix thead th.kind { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; text-align: left; font-weight: 600; }
.matrix thead th.no-forms { color: #953800; }
.matrix tbody th[scope=row], .matrix tfoot th[scope=row] { position: sticky; left: 0; z-index: 1; background: #fff; text-align: left; min-width: 19rem; max-width: 27rem; font-weight: normal; }
.matrix tbody th[scope=row] b, .matrix th .rec-text, .matrix th .why, .matrix th .rule, .matrix th .off { display: block; }
.matrix th .rec-text, .matrix th .why { font-size: .75rem; line-height: 1.3; } .matrix th .rule { font-size: .7rem; }
.matrix tr.group th { position: sticky; left: 0; background: #eaeef2; text-align: left; font-weight: 700; }
.matrix tr.group th .group-name { position: sticky; left: .4rem; }
.rec-text { color: var(--text-soft); font-size: .8rem; }
.why { color: #1f2328; font-size: .8rem; font-style: italic; }
.off { color: var(--missing); font-size: .8rem; font-weight: 600; }
.cell { text-align: center; min-width: 3.4rem; max-width: 4.6rem; }
.cell a { color: inherit; text-decoration: none; display: block; }
.cell a:hover .lbl { text-decoration: underline; }
.st-met, .st-partly-met { color: var(--met); } .st-missing { color: var(--missing); font-weight: 600; } .st-waived { color: var(--waived); }
.st-not-applicable { color: var(--na); } .st-not-checkable { color: var(--nc); } .st-no-forms { color: #953800; }
td.st-missing { background: #ffebe9; } td.st-met { background: #dafbe1; } td.st-partly-met { background: #eef8f0; } td.st-waived { background: #fff8c5; } td.st-no-forms { background: #fff1e5; }
.cell .lbl { display: block; font-size: .68rem; line-height: 1.15; font-weight: normal; }
.cell .n { display: block; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; font-size: .85rem; }
.contents ul { margin: .25rem 0; } .contents > ul { columns: 2 22rem; }
.form { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
.form > summary { cursor: pointer; }
.form ol { margin: .5rem 0 0; padding-left: 1.25rem; }
.form li { margin: .4rem 0; }
.evidence ul { margin: .25rem 0; padding-left: 1.25rem; font-size: .85rem; }
.lvl { font-weight: 700; text-transform: uppercase; font-size: .75rem; padding: 0 .3rem; border: 1px solid currentColor; border-radius: 3px; }
.lvl-error { color: var(--missing); } .lvl-warning { color: var(--waived); } .lvl-info { color: #0550ae; } .lvl-waived { color: var(--na); }
li code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; background: var(--bg-soft); padding: 0 .2em; border-radius: 3px; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; color: var(--text-soft); }
a.rule { color: #0550ae; }
blockquote { margin: .25rem 0 0 0; padding: .1rem .6rem; border-left: 3px solid var(--line); color: #424a53; font-style: italic; }
.cites { font-size: .85rem; color: #424a53; }
.problems { margin: 0; padding-left: 1rem; color: var(--missing); }
.rule-page { margin: .75rem 0; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: .75rem; font-size: .85rem; color: #424a53; }
.hide { display: none !important; }
.print-only { display: none; }
:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
@media print {
  @page { size: A4 landscape; margin: 12mm 12mm 16mm; }
  body { padding: 0; font-size: 9pt; max-width: none; }
  .controls, .screen-only { display: none !important; }
  .print-only { display: block; }
  span.print-only { display: inline; }
  .table-wrap { overflow: visible; }
  tr, .rule-page, .verdict { break-inside: avoid; }
  thead { display: table-header-group; }
  .matrix-print { width: 100%; font-size: 7pt; margin: 0; break-before: page; break-inside: avoid; table-layout: auto; }
  .matrix-print th, .matrix-print td { padding: 1px 3px; text-align: center; }
  .matrix-print td { white-space: nowrap; }
  .matrix-print tbody th { text-align: left; white-space: nowrap; }
  .matrix-print thead th { white-space: normal; }
  td.st-missing, td.st-met, td.st-partly-met, td.st-waived, td.st-no-forms, .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * Filtering by kind and status and searching by text, kept in the URL's query (`?kind=…&status=…&q=…`)
 * so a filtered view can be shared and survives a reload. Works on data attributes the renderer
 * writes; without script (or printed) everything is shown, and every form is opened to print.
 */
export const REPORT_JS = `
(function () {
  "use strict";
  var controls = document.getElementById("controls");
  var kindSel = document.getElementById("f-kind");
  var statusSel = document.getElementById("f-status");
  var search = document.getElementById("f-text");
  var out = document.getElementById("f-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#matrix tbody tr[data-row]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("#matrix tbody tr.group"));
  var kindCells = Array.prototype.slice.call(document.querySelectorAll("#matrix [data-kind]"));
  var forms = Array.prototype.slice.call(document.querySelectorAll(".form"));
  var waivers = Array.prototype.slice.call(document.querySelectorAll("#waivers tbody tr"));
  controls.hidden = false;
  function show(el, yes) { if (yes) el.classList.remove("hide"); else el.classList.add("hide"); }
  function matches(el, text) { return !text || el.textContent.toLowerCase().indexOf(text) !== -1; }
  function hasOption(sel, value) { return Array.prototype.some.call(sel.options, function (o) { return o.value === value; }); }
  function readFilters() {
    var p = new URLSearchParams(location.search);
    var k = p.get("kind") || "", s = p.get("status") || "";
    kindSel.value = hasOption(kindSel, k) ? k : "";
    statusSel.value = hasOption(statusSel, s) ? s : "";
    search.value = p.get("q") || "";
  }
  function writeFilters() {
    var p = new URLSearchParams();
    if (kindSel.value) p.set("kind", kindSel.value);
    if (statusSel.value) p.set("status", statusSel.value);
    if (search.value.trim()) p.set("q", search.value.trim());
    var q = p.toString();
    try { history.replaceState(null, "", location.pathname + (q ? "?" + q : "") + location.hash); } catch (e) { /* a browser refusing it keeps the filters on the page only */ }
  }
  function apply() {
    var kind = kindSel.value, status = statusSel.value, text = search.value.trim().toLowerCase();
    kindCells.forEach(function (c) { show(c, !kind || c.getAttribute("data-kind") === kind); });
    var shownRows = 0;
    rows.forEach(function (r) {
      var cells = Array.prototype.slice.call(r.querySelectorAll("td[data-kind]"));
      var okStatus = !status || cells.some(function (c) { return (!kind || c.getAttribute("data-kind") === kind) && c.getAttribute("data-status") === status; });
      var yes = okStatus && matches(r, text);
      show(r, yes);
      if (yes) shownRows++;
    });
    groups.forEach(function (g) {
      var any = false;
      for (var n = g.nextElementSibling; n && !n.classList.contains("group"); n = n.nextElementSibling) if (!n.classList.contains("hide")) any = true;
      show(g, any);
    });
    var shownForms = 0;
    forms.forEach(function (f) {
      var yes = (!kind || f.getAttribute("data-kind") === kind) && (!status || f.getAttribute("data-status") === status) && matches(f, text);
      show(f, yes);
      if (yes) shownForms++;
    });
    waivers.forEach(function (w) { show(w, (!kind || w.getAttribute("data-kind") === kind) && matches(w, text)); });
    out.textContent = "Showing " + shownRows + " of " + rows.length + " rows and " + shownForms + " of " + forms.length + " forms.";
  }
  function changed() { apply(); writeFilters(); }
  kindSel.addEventListener("change", changed);
  statusSel.addEventListener("change", changed);
  search.addEventListener("input", changed);
  window.addEventListener("beforeprint", function () { forms.forEach(function (f) { f.open = true; }); });
  readFilters();
  apply();
})();
`;
