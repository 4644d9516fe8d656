/**
 * The preview page's inline stylesheet and script: constants, so the page's policy allows
 * exactly them by hash. The script carries `evaluateCondition` itself (its source), so the page
 * decides what is shown with the very function the tests call. It never turns form text into
 * markup: the only markup it inserts is a new rendering sent by the editor (`update`), which
 * the same escaping renderer made.
 */
import { evaluateCondition } from "./condition";

export const PREVIEW_CSS = `
:root { --error: #c0262d; --warning: #7a4d00; --info: #0969da; --line: #d0d7de; --soft: #f6f8fa; --missing-bg: #fff1f0; }
* { box-sizing: border-box; }
html { background: #ffffff; color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; margin: 0; padding: 1rem 1.5rem 3rem; max-width: 52rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; }
h2, h3, h4, h5, h6 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.fg-section .fg-section h3, .fg-section .fg-section h4 { font-size: 1.05rem; border-bottom: none; }
.fg-field { margin: .9rem 0; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-start; }
.fg-field[hidden], .fg-section[hidden] { display: none; }
.question { flex: 1 1 24rem; min-width: 0; }
label { display: block; font-weight: 600; }
label.choice { display: inline-flex; align-items: center; gap: .35rem; font-weight: normal; margin: .15rem 1.25rem .15rem 0; }
fieldset { border: none; padding: 0; margin: 0; min-width: 0; }
legend { font-weight: 600; padding: 0; margin-bottom: .2rem; }
input[type=text], input[type=number], input[type=date], input[type=datetime-local], textarea { font: inherit; width: 100%; max-width: 32rem; padding: .35rem .5rem; border: 1px solid #8c959f; border-radius: 4px; margin-top: .2rem; }
input[type=number] { max-width: 12rem; }
input.signature { font-style: italic; min-height: 2.6rem; }
input[type=radio], input[type=checkbox] { width: 1.1rem; height: 1.1rem; margin: 0; }
.req { color: var(--error); font-weight: 700; }
.lookback { font-weight: normal; }
.help { color: #59636e; font-size: .9rem; margin: .15rem 0 0; font-weight: normal; }
.condition { color: #59636e; font-size: .85rem; margin: .15rem 0 0; font-style: italic; }
.legend-required { color: #59636e; font-size: .85rem; margin: 0 0 .5rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; background: var(--soft); padding: 0 .2em; border-radius: 3px; }
.toolbar { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; font-size: .9rem; }
.toolbar label { display: inline-flex; gap: .35rem; align-items: center; font-weight: normal; }
.summary { position: sticky; top: 0; z-index: 1; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .4rem .75rem; margin: .5rem 0 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; font-size: .95rem; }
.verdict-fails { color: var(--error); } .verdict-passes { color: #1a7f37; }
.lvl { font-weight: 700; text-transform: uppercase; font-size: .72rem; padding: 0 .3rem; border: 1px solid currentColor; border-radius: 3px; }
.lvl-error { color: var(--error); } .lvl-warning { color: var(--warning); } .lvl-info { color: var(--info); }
.count.lvl-error, .count.lvl-warning, .count.lvl-info { font-weight: 600; }
.field-findings { flex: 1 1 16rem; font-size: .85rem; border-left: 3px solid var(--warning); padding-left: .6rem; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { margin: 0 0 .4rem; }
.rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .78rem; color: #59636e; }
blockquote { margin: .25rem 0; padding: .1rem .6rem; border-left: 3px solid var(--line); color: #424a53; font-style: italic; }
.cites { font-size: .9rem; color: #424a53; margin: .2rem 0; }
.missing { border: 2px dashed var(--error); background: var(--missing-bg); border-radius: 6px; padding: .5rem .75rem; margin: .9rem 0; font-size: .92rem; }
.missing p { margin: .15rem 0; }
.tags { list-style: none; padding: 0; margin: .3rem 0 0; display: flex; flex-wrap: wrap; gap: .3rem; }
.tag { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .72rem; background: #ddf4ff; color: #0a3069; border-radius: 999px; padding: 0 .5rem; }
body.no-tags .tags, body.no-lint .lint:not(.toolbar) { display: none !important; }
.reveal { cursor: default; }
body.in-editor .reveal:hover { outline: 1px dashed #8c959f; outline-offset: 2px; }
:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
@media print {
  @page { size: A4 portrait; margin: 15mm; }
  body { padding: 0; max-width: none; font-size: 11pt; }
  .lint { display: none !important; }
  .fg-field, .fg-field[hidden], .fg-section[hidden] { display: block !important; }
  .fg-field { break-inside: avoid; }
  .fg-section { break-inside: auto; }
  input[type=text], input[type=number], input[type=date], input[type=datetime-local], textarea { border: none; border-bottom: 1px solid #000; border-radius: 0; max-width: none; }
  textarea { border: 1px solid #000; min-height: 6rem; }
  input.signature { min-height: 3rem; }
  input::placeholder { color: transparent; }
  input[type=date]::-webkit-datetime-edit, input[type=datetime-local]::-webkit-datetime-edit { color: transparent; }
  input::-webkit-calendar-picker-indicator { display: none; }
}
`;

const PAGE_LOGIC = `
  var vscode = typeof acquireVsCodeApi === "function" ? acquireVsCodeApi() : undefined;
  var root = document.getElementById("preview-root");
  var saved = {};
  if (vscode) document.body.classList.add("in-editor");

  function wrappers(form) { return Array.prototype.slice.call(form.querySelectorAll(".fg-field")); }
  function answerIn(w) {
    if (w.hidden) return undefined;
    var type = w.getAttribute("data-type");
    var inputs = Array.prototype.slice.call(w.querySelectorAll("input, textarea"));
    if (type === "multichoice") return inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
    if (type === "yesno" || type === "choice") { var c = inputs.filter(function (i) { return i.checked; })[0]; return c ? c.value : undefined; }
    var v = inputs[0] ? inputs[0].value : "";
    if (v === "") return undefined;
    return type === "number" ? Number(v) : v;
  }
  function applyConditions(form) {
    var list = wrappers(form);
    var byId = {};
    list.forEach(function (w) { if (!byId[w.getAttribute("data-field")]) byId[w.getAttribute("data-field")] = w; });
    var answerOf = function (id) { return byId[id] ? answerIn(byId[id]) : undefined; };
    // Showing one field may show or hide another that tests it: settle, at most once per field.
    for (var round = 0; round <= list.length; round++) {
      var changed = false;
      list.forEach(function (w) {
        var when = w.getAttribute("data-when");
        if (!when) return;
        var show = evaluateCondition(JSON.parse(when), answerOf);
        if (w.hidden === show) { w.hidden = !show; changed = true; }
      });
      if (!changed) break;
    }
    // A section whose every question is hidden is hidden with them (innermost first).
    Array.prototype.slice.call(form.querySelectorAll(".fg-section")).reverse().forEach(function (s) {
      var fields = Array.prototype.slice.call(s.querySelectorAll(".fg-field"));
      s.hidden = fields.length > 0 && fields.every(function (w) { return w.hidden; });
    });
  }
  function forms() { return Array.prototype.slice.call(document.querySelectorAll(".fg-form")); }
  function applyAll() { forms().forEach(applyConditions); }
  function options() {
    var findings = document.getElementById("opt-findings");
    var tags = document.getElementById("opt-tags");
    if (findings) document.body.classList.toggle("no-lint", !findings.checked);
    if (tags) document.body.classList.toggle("no-tags", !tags.checked);
  }

  // Answers typed into the preview, by form and field, so a new rendering keeps them.
  function collect() {
    forms().forEach(function (form) {
      var f = form.getAttribute("data-form");
      wrappers(form).forEach(function (w) {
        var inputs = Array.prototype.slice.call(w.querySelectorAll("input, textarea"));
        var key = f + "\\u0000" + w.getAttribute("data-field");
        var type = w.getAttribute("data-type");
        saved[key] = inputs.map(function (i) { return i.type === "radio" || i.type === "checkbox" ? (i.checked ? i.value : null) : i.value; });
        saved[key].type = type;
      });
    });
    ["opt-findings", "opt-tags"].forEach(function (id) { var e = document.getElementById(id); if (e) saved[id] = e.checked; });
    if (vscode) vscode.setState({ saved: JSON.stringify(saved) });
  }
  function restore() {
    forms().forEach(function (form) {
      var f = form.getAttribute("data-form");
      wrappers(form).forEach(function (w) {
        var values = saved[f + "\\u0000" + w.getAttribute("data-field")];
        if (!values) return;
        var inputs = Array.prototype.slice.call(w.querySelectorAll("input, textarea"));
        inputs.forEach(function (i, k) {
          if (i.type === "radio" || i.type === "checkbox") i.checked = values.indexOf(i.value) !== -1;
          else if (typeof values[k] === "string" && values.type === w.getAttribute("data-type")) i.value = values[k];
        });
      });
    });
    ["opt-findings", "opt-tags"].forEach(function (id) { var e = document.getElementById(id); if (e && typeof saved[id] === "boolean") e.checked = saved[id]; });
  }

  root.addEventListener("input", function () { applyAll(); collect(); });
  root.addEventListener("change", function (e) {
    if (e.target && (e.target.id === "opt-findings" || e.target.id === "opt-tags")) options();
    applyAll();
    collect();
  });

  if (vscode) {
    try { var state = vscode.getState(); if (state && state.saved) saved = JSON.parse(state.saved); } catch (e) { saved = {}; }
    restore();
    // A question's own title (its label, or its group's legend) is the gesture for "show me its
    // line", and must leave focus where it is: VS Code notices a webview took focus only by
    // polling (every 250 ms) and then hands focus back to it, after the editor just revealed
    // had taken it when the poll fell between the press and the reveal (a slow machine's CI
    // failed on that). So a press on a title does not focus the page, and a click on a label
    // does not focus its input. Answer labels (radio, checkbox) still answer.
    var questionTitle = function (t) {
      var title = t.closest ? t.closest("label, legend") : null;
      if (!title) return null;
      var question = title.tagName === "LEGEND" ? title.parentNode && title.parentNode.parentNode : title.parentNode;
      return question && question.classList && question.classList.contains("question") ? title : null;
    };
    root.addEventListener("mousedown", function (e) {
      if (e.target && questionTitle(e.target)) e.preventDefault();
    });
    // Clicking a question (not its controls) shows its line in the editor.
    root.addEventListener("click", function (e) {
      var t = e.target;
      if (!t || /^(INPUT|TEXTAREA|SELECT|SUMMARY)$/.test(t.tagName)) return;
      var el = t.closest ? t.closest("[data-line]") : null;
      if (!el) return;
      var title = questionTitle(t);
      if (title && title.tagName === "LABEL") e.preventDefault();
      vscode.postMessage({ type: "reveal", line: Number(el.getAttribute("data-line")) });
    });
    window.addEventListener("message", function (e) {
      var m = e.data || {};
      if (m.type === "update" && typeof m.html === "string") {
        collect();
        root.innerHTML = m.html;
        restore();
        options();
        applyAll();
        document.body.setAttribute("data-updates", String(Number(document.body.getAttribute("data-updates") || "0") + 1));
      } else if (m.type === "scroll" && typeof m.line === "number") {
        var best = null;
        Array.prototype.slice.call(root.querySelectorAll(".reveal[data-line]")).forEach(function (el) {
          if (el.offsetParent !== null && Number(el.getAttribute("data-line")) <= m.line) best = el;
        });
        if (best) best.scrollIntoView({ block: "start" });
        else window.scrollTo(0, 0);
      }
    });
    vscode.postMessage({ type: "ready" });
  }
  options();
  applyAll();
`;

export const PREVIEW_JS = `
(function () {
  "use strict";
  var evaluateCondition = ${evaluateCondition.toString()};
${PAGE_LOGIC}
})();
`;
