/** One row of the bench's table. */
export interface Row {
  measure: string;
  netlab: string;
  cli?: string;
  ratio?: string;
  target?: string;
  /** pass / miss against the target; absent when the row has none. */
  result?: "pass" | "miss" | "n/a";
}

/** Milliseconds for people: "85 ms", "1.06 s", "41.2 s". */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function verdict(ok: boolean): "pass" | "miss" {
  return ok ? "pass" : "miss";
}

/** The rows as a Markdown table (readable on a terminal, pasted as is into docs/performance.md). */
export function markdownTable(rows: Row[]): string {
  const header = ["measure", "netlab", "docker CLI", "netlab / CLI", "target", "result"];
  const cells = rows.map((r) => [r.measure, r.netlab, r.cli ?? "", r.ratio ?? "", r.target ?? "", r.result ?? ""]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}
