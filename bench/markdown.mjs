// Writes the results of bench/run (its latest.json) as a Markdown report: every target with its ratio and whether it
// was met, then the other measurements.
//
//   node bench/markdown.mjs .gongkai/bench/latest.json > bench/results/DATE-N-cores.md
import { readFileSync } from "node:fs";

const r = JSON.parse(readFileSync(process.argv[2], "utf8"));
const out = [];
const n = (v, digits = 0) => (v == null ? "–" : Number(v).toFixed(digits));
const verdict = (ratio, min) => (ratio >= min ? "met" : "**missed**");

out.push(`# Benchmark of ${r.date.slice(0, 10)}`, "");
out.push(
  `${r.cores} cores; ${r.seconds_each} s per measurement, ${r.connections} connections; requests per second ` +
    "through the portal against nginx serving the same bytes with the portal's settings (the ceiling), same run.",
  "",
);
const ms = (v) => (v == null ? "–" : `${n(v, 1)} ms`);
out.push(
  "| Target | Portal req/s | Ceiling req/s | Ratio | Target ratio | p50 / p99 portal | p50 / p99 ceiling |",
);
out.push("|---|---:|---:|---:|---|---:|---:|");
for (const t of r.results) {
  out.push(
    `| ${t.target} \`${t.path}\` | ${n(t.app_rps)} | ${n(t.ceiling_rps)} | ${n(t.ratio, 3)} | ≥ ${t.min_ratio} ` +
      `${verdict(t.ratio, t.min_ratio)} | ${ms(t.app_p50_ms)} / ${ms(t.app_p99_ms)} | ` +
      `${ms(t.ceiling_p50_ms)} / ${ms(t.ceiling_p99_ms)} |`,
  );
}
if (r.cache_hit) {
  const c = r.cache_hit;
  out.push(
    `| cache-hit path, one instance, against a bare handler of the same bytes | ${n(c.app_rps)} | ${n(c.bare_rps)} | ` +
      `${n(c.ratio, 3)} | ≥ ${c.min_ratio} ${verdict(c.ratio, c.min_ratio)} | ${ms(c.app_p50_ms)} / ` +
      `${ms(c.app_p99_ms)} | ${ms(c.bare_p50_ms)} / ${ms(c.bare_p99_ms)} |`,
  );
}
const intake = r.hotline && r.hotline.intake;
if (intake && intake.pgbench_tps) {
  out.push(
    `| hotline submissions (ticket, timeline, audit record, key) against pgbench inserting one row per ` +
      `transaction, ${intake.connections} clients | ${n(intake.tickets_per_s)} | ${n(intake.pgbench_tps)} | ` +
      `${n(intake.ratio, 3)} | ≥ ${intake.min_ratio} ${verdict(intake.ratio, intake.min_ratio)} | ` +
      `${ms(intake.p50_ms)} / ${ms(intake.p99_ms)} | |`,
  );
}
const disclosure = r.disclosure && r.disclosure.intake;
if (disclosure && disclosure.pgbench_tps) {
  out.push(
    `| disclosure applications (application, timeline, deadline, audit record, key) against pgbench inserting one ` +
      `row per transaction, ${disclosure.connections} clients | ${n(disclosure.applications_per_s)} | ` +
      `${n(disclosure.pgbench_tps)} | ${n(disclosure.ratio, 3)} | ≥ ${disclosure.min_ratio} ` +
      `${verdict(disclosure.ratio, disclosure.min_ratio)} | ${ms(disclosure.p50_ms)} / ${ms(disclosure.p99_ms)} | |`,
  );
}
out.push("");
if (r.spike) {
  const s = r.spike;
  out.push(
    `**Spike on a cold cache** (\`${s.path}\`, every cached copy dropped, ${s.connections_before} then ` +
      `${s.connections_after} connections within one second): ${s.requests} requests, ${s.errors} errors ` +
      `(target 0: ${s.errors === 0 ? "met" : "**missed**"}), p99 ${n(s.p99_ms, 1)} ms.`,
    "",
  );
}
if (r.render) {
  const m = r.render;
  out.push(
    `**Report page on a miss** (\`${m.path}\`, one instance, one at a time): ${m.renders} renders for ` +
      `${m.requests} requests, p50 ${n(m.p50_ms, 1)} ms (${n(1000 / m.p50_ms, 1)} renders/s), slowest ` +
      `${n(m.max_ms, 1)} ms.`,
    "",
  );
}
if (intake) {
  out.push(
    `**Hotline intake check**: ${intake.created} answers 201 of ${intake.requests}, ${intake.tickets_written} ` +
      `tickets written, ${intake.audited} with their audit record, ${intake.keyed} with their key: ` +
      `${intake.check ? "ok" : "**mismatch**"}.`,
    "",
  );
}
if (disclosure) {
  out.push(
    `**Disclosure intake check**: ${disclosure.created} answers 201 of ${disclosure.requests}, ` +
      `${disclosure.applications_written} applications written, ${disclosure.audited} with their audit record, ` +
      `${disclosure.keyed} with their key: ${disclosure.check ? "ok" : "**mismatch**"}.`,
    "",
  );
}
const retry = r.hotline && r.hotline.retry;
if (retry) {
  out.push(
    `**Retries with the same key**: ${retry.requests} requests with ${retry.keys} keys, ${retry.tickets_written} ` +
      `tickets written: ${retry.check ? "ok" : "**mismatch**"}.`,
    "",
  );
}
if (r.volume && r.volume.length) {
  out.push("| Question over generated volume | Calls/s | p50 | p99 |", "|---|---:|---:|---:|");
  for (const v of r.volume) {
    out.push(`| ${v.question} | ${n(v.calls_per_s)} | ${n(v.p50_ms, 1)} ms | ${n(v.p99_ms, 1)} ms |`);
  }
  out.push("");
}
const stats = r.hotline && r.hotline.statistics_query;
if (stats) {
  out.push(`**Hotline statistics query** over ${stats.tickets} tickets: ${n(stats.median_ms)} ms (median of 3).`, "");
}
if (r.report_pdf) {
  out.push(
    `**Report PDF**: first render ${r.report_pdf.first_render_ms} ms, served stored ` +
      `${r.report_pdf.cached_median_ms} ms (median of 20).`,
    "",
  );
}
if (r.memory && r.memory.length) {
  out.push(`**Memory after the load**: ${r.memory.map((m) => `${m.instance} ${m.rss_mb} MB`).join(", ")}.`, "");
}
if (r.lighthouse) {
  out.push(
    `**Lighthouse** (mobile, home page): ${Object.entries(r.lighthouse)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}.`,
    "",
  );
}
process.stdout.write(out.join("\n"));
