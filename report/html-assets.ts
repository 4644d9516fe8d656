/**
 * The HTML report's inline stylesheet and script. They are constants so that the page's
 * Content-Security-Policy can allow exactly them by hash and nothing else. The script only
 * toggles classes and sets `textContent`: it never turns report text back into markup.
 */

export const REPORT_CSS = `
:root { --met: #1a7f37; --missing: #c0262d; --waived: #9a6700; --na: #6e7781; --nc: #8c959f; --line: #d0d7de; --bg-soft: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; margin: 0; padding: 1.5rem; max-width: 100rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
.sub { color: #59636e; margin: 0; }
.summary { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.summary dl { display: grid; grid-template-columns: auto auto; gap: .15rem 1rem; margin: 0; }
.summary dt { color: #59636e; }
.summary dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.chart text { font: 12px system-ui, sans-serif; fill: #1f2328; }
.bar-met { fill: var(--met); } .bar-missing { fill: var(--missing); } .bar-waived { fill: var(--waived); }
.bar-not-applicable { fill: var(--na); } .bar-not-checkable { fill: var(--nc); }
.controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; background: var(--bg-soft); border: 1px solid var(--line); padding: .75rem; border-radius: 6px; margin-top: 1rem; }
.controls label { display: flex; flex-direction: column; font-size: .85rem; gap: .2rem; }
.controls select, .controls input { font: inherit; padding: .25rem .4rem; min-width: 12rem; }
.controls output { font-size: .9rem; color: #59636e; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .85rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; caption-side: top; }
th, td { border: 1px solid var(--line); padding: .25rem .4rem; vertical-align: top; }
thead th { background: var(--bg-soft); }
.matrix thead th.kind { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; text-align: left; font-weight: 600; }
.matrix th[scope=row] { text-align: left; min-width: 16rem; max-width: 28rem; font-weight: normal; }
.matrix th[scope=row] b { display: block; }
.rec-text { color: #59636e; font-size: .8rem; }
.cell { text-align: center; white-space: nowrap; }
.st-met { color: var(--met); } .st-missing { color: var(--missing); font-weight: 600; } .st-waived { color: var(--waived); }
.st-not-applicable { color: var(--na); } .st-not-checkable { color: var(--nc); }
td.st-missing { background: #ffebe9; } td.st-met { background: #dafbe1; } td.st-waived { background: #fff8c5; }
.cell .lbl { display: block; font-size: .7rem; font-weight: normal; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; font-size: .85rem; }
.form { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; break-inside: avoid-page; }
.form ol { margin: .5rem 0 0; padding-left: 1.25rem; }
.form li { margin: .4rem 0; }
.lvl { font-weight: 700; text-transform: uppercase; font-size: .75rem; padding: 0 .3rem; border: 1px solid currentColor; border-radius: 3px; }
.lvl-error { color: var(--missing); } .lvl-warning { color: var(--waived); } .lvl-info { color: #0969da; } .lvl-waived { color: var(--na); }
li code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; background: var(--bg-soft); padding: 0 .2em; border-radius: 3px; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; color: #59636e; }
blockquote { margin: .25rem 0 0 0; padding: .1rem .6rem; border-left: 3px solid var(--line); color: #424a53; font-style: italic; }
.cites { font-size: .85rem; color: #424a53; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: .75rem; font-size: .85rem; color: #424a53; }
footer code { word-break: break-all; }
.hide { display: none !important; }
.expired { color: var(--missing); font-weight: 600; }
:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { padding: 0; font-size: 10pt; max-width: none; }
  .controls { display: none !important; }
  .table-wrap { overflow: visible; }
  tr, .form { break-inside: avoid; }
  thead { display: table-header-group; }
  td.st-missing, td.st-met, td.st-waived { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  details > * { display: block; }
}
`;

/**
 * Filtering by kind and status and searching by text. Works on data attributes the renderer
 * writes; without script (or printed) everything is shown.
 */
export const REPORT_JS = `
(function () {
  "use strict";
  var controls = document.getElementById("controls");
  var kindSel = document.getElementById("f-kind");
  var statusSel = document.getElementById("f-status");
  var search = document.getElementById("f-text");
  var out = document.getElementById("f-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#matrix tbody tr"));
  var kindCells = Array.prototype.slice.call(document.querySelectorAll("#matrix [data-kind]"));
  var forms = Array.prototype.slice.call(document.querySelectorAll(".form"));
  var waivers = Array.prototype.slice.call(document.querySelectorAll("#waivers tbody tr"));
  controls.hidden = false;
  function show(el, yes) { if (yes) el.classList.remove("hide"); else el.classList.add("hide"); }
  function matches(el, text) { return !text || el.textContent.toLowerCase().indexOf(text) !== -1; }
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
    var shownForms = 0;
    forms.forEach(function (f) {
      var yes = (!kind || f.getAttribute("data-kind") === kind) && (!status || f.getAttribute("data-status") === status) && matches(f, text);
      show(f, yes);
      if (yes) shownForms++;
    });
    waivers.forEach(function (w) { show(w, (!kind || w.getAttribute("data-kind") === kind) && matches(w, text)); });
    out.textContent = "Showing " + shownRows + " of " + rows.length + " recommendations and " + shownForms + " of " + forms.length + " forms.";
  }
  kindSel.addEventListener("change", apply);
  statusSel.addEventListener("change", apply);
  search.addEventListener("input", apply);
  apply();
})();
`;
