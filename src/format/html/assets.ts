/** The inline stylesheet and script of the HTML report (no external resources of any kind). */

export const STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; --error: #c62828; --warning: #e65100; --info: #1565c0; --ok: #2e7d32; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px; color: var(--fg); background: #fff;
  font: 14px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
header h1 { margin: 0 0 4px; font-size: 22px; }
.meta { color: var(--muted); margin: 0 0 8px; }
.counts span { display: inline-block; margin-right: 12px; font-weight: 600; }
.counts .error { color: var(--error); } .counts .warning { color: var(--warning); } .counts .info { color: var(--info); }
section.case { border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 20px 0; }
section.case h2 { margin: 0; font-size: 18px; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 0 8px; border-radius: 10px; background: var(--bg); border: 1px solid var(--line); margin-left: 8px; vertical-align: 2px; }
.badge.bad { color: #fff; background: var(--error); border-color: var(--error); }
.badge.good { color: #fff; background: var(--ok); border-color: var(--ok); }
.facts { color: var(--muted); margin: 4px 0 12px; }
.layout { display: grid; grid-template-columns: minmax(0, 960px) minmax(260px, 1fr); gap: 20px; align-items: start; }
figure { margin: 0; overflow-x: auto; }
svg.timeline { font-size: 11px; display: block; width: 100%; max-width: 960px; height: auto; }
svg .axis, svg .lane { stroke: #8c959f; stroke-width: 1; }
svg .tick { stroke: #8c959f; }
svg .tick-label, svg .as-of-label { fill: var(--muted); font-size: 10px; }
svg .row-label { fill: var(--fg); font-size: 11px; }
svg .event circle { fill: #24292f; }
svg .event-label { fill: #24292f; font-size: 10px; }
svg .leader { stroke: #8c959f; stroke-width: .7; }
svg .as-of { stroke: #8250df; stroke-dasharray: 3 3; }
svg .as-of-label { fill: #8250df; }
svg .marker-number { fill: #fff; font-size: 10px; font-weight: 700; }
svg .finding-marker { cursor: pointer; }
svg .finding-marker.active circle { stroke: #000; stroke-width: 2.5; }
.legend { color: var(--muted); font-size: 12px; margin: 6px 0 0; }
.legend i { display: inline-block; width: 12px; height: 10px; margin: 0 4px 0 10px; border: 1px solid; vertical-align: -1px; }
aside h3 { margin: 0 0 8px; font-size: 15px; }
ol.findings { list-style: none; padding: 0; margin: 0; }
ol.findings li { border-left: 4px solid var(--line); padding: 4px 8px; margin-bottom: 8px; background: var(--bg); border-radius: 0 4px 4px 0; }
ol.findings li.error { border-left-color: var(--error); } ol.findings li.warning { border-left-color: var(--warning); } ol.findings li.info { border-left-color: var(--info); }
ol.findings li.active { outline: 2px solid #000; }
ol.findings li.waived { opacity: .65; }
ol.findings .num { display: inline-block; min-width: 22px; font-weight: 700; }
ol.findings .rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; color: var(--muted); }
ol.findings .basis, ol.findings .where { font-size: 12px; color: var(--muted); }
.none { color: var(--ok); font-weight: 600; }
body.hide-waived .waived { display: none; }
table.windows { border-collapse: collapse; margin-top: 8px; font-size: 13px; }
table.windows th, table.windows td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; }
table.windows td.met { color: var(--ok); } table.windows td.late, table.windows td.overdue { color: var(--error); font-weight: 600; }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
@page { size: A4; margin: 12mm 12mm 14mm; }
@media print {
  body { padding: 0; font-size: 11px; }
  .controls { display: none; }
  /* a case may run over several pages: never push a whole case to the next page (that left page 1 blank) */
  section.case { break-inside: auto; border: none; border-radius: 0; padding: 0; margin: 0 0 6mm; }
  section.case + section.case { break-before: page; }
  .layout { display: block; }
  figure { overflow: visible; break-inside: avoid; margin-bottom: 4mm; }
  svg.timeline { width: 100%; max-width: none; }
  ol.findings li, table.windows tr { break-inside: avoid; }
  aside h3 { break-after: avoid; }
}
`;

export const SCRIPT = `
(function () {
  var d = document;
  function mark(id, on) {
    d.querySelectorAll('[data-finding="' + id + '"]').forEach(function (el) { el.classList.toggle('active', on); });
  }
  d.querySelectorAll('[data-finding]').forEach(function (el) {
    var id = el.getAttribute('data-finding');
    el.addEventListener('mouseenter', function () { mark(id, true); });
    el.addEventListener('mouseleave', function () { mark(id, false); });
  });
  var box = d.getElementById('show-waived');
  function apply() { d.body.classList.toggle('hide-waived', !box.checked); }
  if (box) { box.addEventListener('change', apply); apply(); }
  var out = d.getElementById('js-summary');
  if (out) {
    out.textContent = out.getAttribute('data-template')
      .replace('{cases}', String(d.querySelectorAll('section.case').length))
      .replace('{timelines}', String(d.querySelectorAll('svg.timeline').length))
      .replace('{markers}', String(d.querySelectorAll('svg.timeline .finding-marker').length));
  }
  d.documentElement.setAttribute('data-ready', '1');
})();
`;
