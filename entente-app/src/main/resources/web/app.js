// Entente dashboard: wires the JSON API to ECharts and a plain event table. No chart drawing here:
// ECharts draws; this file only shapes the API's answers into chart options and table rows.
'use strict';

// The states and colours of RelationState (entente report), so both views read the same.
const STATE_COLOURS = { hostile: '#b2182b', tense: '#ef8a62', cool: '#fddbc7', neutral: '#bababa', warm: '#67a9cf', close: '#2166ac' };
const $ = (id) => document.getElementById(id);
const view = { a: null, b: null, period: null, cursor: null };
const chart = echarts.init($('chart'));
const network = echarts.init($('network'));

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.message || r.statusText);
  return body;
}

function escapeHtml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  return q.toString();
}

function periodParams() {
  return { from: $('from').value, to: $('to').value };
}

// The calendar bounds (inclusive, as the API reads them) of a period label of the chart's interval.
function periodBounds(label) {
  let m;
  if ((m = /^(\d{4})-Q(\d)$/.exec(label))) {
    const first = (Number(m[2]) - 1) * 3 + 1;
    const pad = (n) => String(n).padStart(2, '0');
    return { from: `${m[1]}-${pad(first)}`, to: `${m[1]}-${pad(first + 2)}` };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(label))) {
    const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (Number(m[2]) - 1) * 7 * 86400000);
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
  }
  return { from: label, to: label };
}

// Every month, quarter or year label between the first and last, so gaps show as gaps.
function fillPeriods(labels, interval) {
  if (labels.length < 2 || !['month', 'quarter', 'year'].includes(interval)) return labels;
  const index = (l) => interval === 'year' ? Number(l) : interval === 'month'
    ? Number(l.slice(0, 4)) * 12 + Number(l.slice(5, 7)) - 1 : Number(l.slice(0, 4)) * 4 + Number(l.slice(6)) - 1;
  const label = (i) => interval === 'year' ? String(i) : interval === 'month'
    ? `${Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, '0')}` : `${Math.floor(i / 4)}-Q${i % 4 + 1}`;
  const out = [];
  for (let i = index(labels[0]); i <= index(labels[labels.length - 1]); i++) out.push(label(i));
  return out;
}

async function loadCountries() {
  const { countries } = await api('/api/countries');
  for (const sel of [$('country-a'), $('country-b')]) {
    sel.innerHTML = countries.map((c) => `<option value="${escapeHtml(c.country)}">${escapeHtml(c.country)} (${c.events})</option>`).join('');
  }
  if (countries.length > 1) $('country-b').value = countries[1].country;
}

async function loadSeries() {
  const interval = $('interval').value;
  const dyad = `${view.a}-${view.b}`;
  const params = { dyad, interval, undirected: true, ...periodParams() };
  const [figures, shifts] = await Promise.all([
    api('/api/dyads?' + query(params)), api('/api/shifts?' + query({ dyad, interval, ...periodParams() }))]);
  const byPeriod = new Map(figures.rows.map((r) => [r.period, r]));
  const periods = fillPeriods(figures.rows.map((r) => r.period), interval);
  const markers = shifts.shifts.map((s) => ({
    name: s.direction, xAxis: s.period,
    label: { formatter: `${s.direction || 'shift'} ${s.period}` },
  }));
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['Goldstein mean', 'events'] },
    grid: { left: 45, right: 45, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: periods },
    yAxis: [{ type: 'value', name: 'Goldstein', min: -10, max: 10 }, { type: 'value', name: 'events', minInterval: 1 }],
    series: [
      { name: 'Goldstein mean', type: 'line', connectNulls: false, symbolSize: 9,
        data: periods.map((p) => byPeriod.has(p) ? byPeriod.get(p).goldstein_mean : null),
        markLine: { symbol: 'none', lineStyle: { color: '#d1495b', type: 'dashed' }, data: markers },
        markPoint: { symbol: 'pin', data: shifts.shifts.map((s) => ({
          coord: [s.period, s.after], value: s.direction === 'deterioration' ? '▼' : '▲' })) } },
      { name: 'events', type: 'bar', yAxisIndex: 1, barMaxWidth: 36, itemStyle: { color: 'rgba(70,110,160,.35)' },
        data: periods.map((p) => byPeriod.has(p) ? byPeriod.get(p).events : 0) },
    ],
  }, true);
  $('chart').dataset.dyad = dyad;
  $('chart').dataset.points = String(figures.rows.length);
  $('chart').dataset.shifts = String(shifts.shifts.length);
  $('series-title').textContent = `${view.a} – ${view.b}: mean Goldstein value per ${interval} (both directions)`
    + (figures.rows.length ? '' : ' — no events in this period');
  $('shift-note').textContent = shifts.shifts.length ? `${shifts.shifts.length} turning point(s) marked (${shifts.method})`
    : `Turning points: ${shifts.note}`;
  $('shift-list').innerHTML = shifts.shifts.map(shiftItem).join('');
}

// A turning point with the events that weigh most in it; a click on one opens its sentence.
function shiftItem(s) {
  const arrow = s.direction === 'deterioration' ? '▼' : '▲';
  const drivers = (s.drivers || []).map((d) => `<li class="driver" data-doc="${escapeHtml(d.doc)}" data-id="${escapeHtml(d.id)}">`
    + `${escapeHtml(d.date)} ${escapeHtml(d.source || '?')} ${escapeHtml(d.code)} ${escapeHtml(d.target || '?')}`
    + ` (${Number(d.goldstein).toFixed(1)}): ${escapeHtml(d.sentence)}</li>`).join('');
  return `<li class="shift" data-period="${escapeHtml(s.period)}"><strong>${arrow} ${escapeHtml(s.period)}</strong>: `
    + `${escapeHtml(s.state_before)} (${Number(s.before).toFixed(1)}) → ${escapeHtml(s.state_after)} (${Number(s.after).toFixed(1)}),`
    + ` p = ${Number(s.p_value).toFixed(3)}, ${s.events_before} events before, ${s.events_after} after<ul>${drivers}</ul></li>`;
}

async function loadNetwork() {
  const { states, note } = await api('/api/states?' + query(periodParams()));
  const names = [...new Set(states.flatMap((s) => [s.a, s.b]))];
  network.setOption({
    tooltip: { formatter: (p) => p.dataType === 'edge'
      ? `${p.data.source}–${p.data.target}: ${p.data.state}, mean ${p.data.mean} over ${p.data.events} events` : p.name },
    series: [{
      type: 'graph', layout: 'circular', roam: true, label: { show: true }, symbolSize: 34,
      itemStyle: { color: '#466ea0' },
      data: names.map((n) => ({ name: n, id: n })),
      links: states.map((s) => ({ source: s.a, target: s.b, state: s.state, mean: s.goldstein_mean, events: s.events,
        lineStyle: { color: STATE_COLOURS[s.state], width: 1 + Math.min(8, Math.log2(1 + s.events) * 1.5), curveness: 0.1 } })),
    }],
  }, true);
  $('network').dataset.edges = String(states.length);
  $('network').title = note;
}

function eventRow(e) {
  const flags = (e.negated ? ' <span class="flag">negated</span>' : '') + (e.hypothetical ? ' <span class="flag">hypothetical</span>' : '');
  return `<tr data-doc="${escapeHtml(e.doc)}" data-id="${escapeHtml(e.id)}">`
    + `<td>${escapeHtml(e.date ?? '')}</td><td>${escapeHtml(e.source || '?')}</td>`
    + `<td>${escapeHtml(e.code)} ${escapeHtml(e.trigger)}${flags}</td><td>${escapeHtml(e.target || '?')}</td>`
    + `<td class="num">${e.goldstein.toFixed(1)}</td><td>${escapeHtml(e.sentence)}</td></tr>`;
}

async function loadEvents(append) {
  const range = view.period ? periodBounds(view.period) : periodParams();
  const params = { dyad: `${view.a}-${view.b}`, from: range.from, to: range.to, limit: 25, cursor: append ? view.cursor : null };
  const page = await api('/api/events?' + query(params));
  const body = $('events').querySelector('tbody');
  const rows = page.events.map(eventRow).join('');
  body.innerHTML = append ? body.innerHTML + rows : rows || '<tr><td colspan="6">No events.</td></tr>';
  view.cursor = page.next_cursor;
  $('more').hidden = !view.cursor;
  $('events').dataset.dyad = params.dyad;
  $('events').dataset.period = view.period || '';
  const chip = $('event-filter');
  chip.hidden = !view.period;
  chip.textContent = view.period ? `${view.period} ✕` : '';
}

// Shows one event's sentence with the source, verb and target marked, from the article's offsets.
async function openSentence(doc, id) {
  const article = await api('/api/articles/' + encodeURIComponent(doc));
  const e = article.events.find((x) => x.id === id);
  if (!e) return;
  const text = article.text;
  const spans = e.highlights.filter((h) => h.start >= e.char_start && h.end <= e.char_end).sort((x, y) => x.start - y.start);
  let html = '';
  let at = e.char_start;
  for (const h of spans) {
    if (h.start < at) continue;
    html += escapeHtml(text.slice(at, h.start)) + `<mark class="hl-${h.kind}" title="${h.kind}">${escapeHtml(text.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  html += escapeHtml(text.slice(at, e.char_end));
  $('sentence-title').textContent = `${article.title || article.id} — sentence ${e.sentence_index + 1}`;
  $('sentence-text').innerHTML = html;
  $('sentence-meta').textContent = `${e.source || '?'} → ${e.target || '?'}: CAMEO ${e.code} (quad class ${e.quad_class},`
    + ` Goldstein ${e.goldstein}), dated ${e.date ?? 'unknown'} (${e.date_basis}); rule ${e.pattern}; article ${article.id}`
    + (article.doc_date ? `, published ${article.doc_date}` : '');
  $('sentence').hidden = false;
  $('sentence').dataset.event = id;
  document.querySelectorAll('#events tr.open').forEach((r) => r.classList.remove('open'));
  document.querySelector(`#events tr[data-id="${CSS.escape(id)}"]`)?.classList.add('open');
}

async function showDyad(a, b) {
  view.a = a;
  view.b = b;
  view.period = null;
  view.cursor = null;
  $('country-a').value = a;
  $('country-b').value = b;
  $('sentence').hidden = true;
  try {
    await Promise.all([loadSeries(), loadEvents(false)]);
  } catch (err) {
    $('shift-note').textContent = 'Error: ' + err.message;
  }
}

async function refreshAll() {
  try {
    await loadNetwork();
  } catch (err) {
    $('network').title = 'Error: ' + err.message;
  }
  await showDyad($('country-a').value, $('country-b').value);
}

// A click on a period (its bar, point, or turning-point marker) filters the table to that period.
chart.on('click', (p) => {
  const period = p.componentType === 'markPoint' ? p.data.coord[0]
    : p.componentType === 'markLine' ? p.data.xAxis : p.name;
  if (period) {
    view.period = period;
    loadEvents(false);
  }
});
network.on('click', (p) => {
  if (p.dataType === 'edge') showDyad(p.data.source, p.data.target);
});
$('show').addEventListener('click', refreshAll);
$('more').addEventListener('click', () => loadEvents(true));
$('event-filter').addEventListener('click', () => { view.period = null; loadEvents(false); });
$('events').addEventListener('click', (ev) => {
  const tr = ev.target.closest('tr[data-id]');
  if (tr) openSentence(tr.dataset.doc, tr.dataset.id);
});
$('shift-list').addEventListener('click', (ev) => {
  const li = ev.target.closest('li.driver');
  if (li) openSentence(li.dataset.doc, li.dataset.id);
});
window.addEventListener('resize', () => { chart.resize(); network.resize(); });

loadCountries().then(refreshAll).catch((err) => { $('shift-note').textContent = 'Error: ' + err.message; });
