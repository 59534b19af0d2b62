import { containerLines, edgeLabel, networkLines } from "./mermaid";
import type { Topology } from "./topology";

const CHAR = 7.2;
const LINE = 16;
const PAD = 24;
const GAP = 36;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function measure(lines: string[]): { w: number; h: number } {
  return { w: Math.max(80, ...lines.map((l) => l.length * CHAR)) + 20, h: lines.length * LINE + 14 };
}

/** Lays boxes out in one centred row at height y. */
function row(items: string[][], y: number, width: number): Box[] {
  const sizes = items.map(measure);
  const total = sizes.reduce((sum, s) => sum + s.w, 0) + GAP * Math.max(0, items.length - 1);
  let x = (width - total) / 2;
  return items.map((lines, i) => {
    const s = sizes[i] ?? { w: 0, h: 0 };
    const box = { x, y, w: s.w, h: s.h, lines };
    x += s.w + GAP;
    return box;
  });
}

function boxSvg(b: Box, cls: string): string {
  const text = b.lines
    .map((l, i) => `<text x="${b.x + b.w / 2}" y="${b.y + 18 + i * LINE}" class="${i === 0 ? "title" : "detail"}">${escapeXml(l)}</text>`)
    .join("");
  return `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="6" class="${cls}"/>${text}`;
}

function tag(x: number, y: number, text: string): string {
  const w = text.length * CHAR * 0.9 + 8;
  return `<rect x="${x - w / 2}" y="${y - 10}" width="${w}" height="15" class="tag"/><text x="${x}" y="${y + 1}" class="small">${escapeXml(text)}</text>`;
}

/**
 * The topology drawn as a standalone SVG (no browser, no library): the Docker host with one bridge per
 * network on top, the containers below, a veth pair as a line from a container to its bridge (labelled
 * host end ⇄ container end), a --link as a dashed arrow between containers.
 */
export function toSvg(topology: Topology, title: string): string {
  const order = (name: string) => topology.networks.findIndex((n) => n.name === name);
  // Each container under the middle of its networks: fewer crossing lines.
  const place = (c: Topology["containers"][number]) => {
    const at = (c.endpoints.length > 0 ? c.endpoints.map((e) => e.network) : [c.networkMode]).map(order);
    return at.reduce((sum, i) => sum + i, 0) / at.length;
  };
  const containers = [...topology.containers].sort((a, b) => place(a) - place(b));
  const netLines = topology.networks.map(networkLines);
  const conLines = containers.map(containerLines);
  const rowWidth = (items: string[][]) => items.reduce((sum, l) => sum + measure(l).w, 0) + GAP * Math.max(0, items.length - 1);
  const width = Math.max(520, rowWidth(netLines), rowWidth(conLines), title.length * CHAR * 1.3) + 2 * PAD + 40;
  const nets = row(netLines, 80, width);
  const hostBottom = Math.max(80, ...nets.map((b) => b.y + b.h)) + 18;
  const boxes = row(conLines, hostBottom + 120, width);
  const bottom = Math.max(hostBottom + 120, ...boxes.map((b) => b.y + b.h));
  const height = bottom + (topology.containers.some((c) => c.links.length > 0) ? 110 : 40) + 30;
  const parts: string[] = [];

  parts.push(`<rect x="${PAD}" y="44" width="${width - 2 * PAD}" height="${hostBottom - 44}" rx="10" class="host"/>`);
  parts.push(`<text x="${PAD + 10}" y="62" class="hosttitle">Docker host (its own network namespace)</text>`);
  nets.forEach((b) => parts.push(boxSvg(b, "bridge")));
  // Attachment points spread along each bridge's lower edge.
  const attachments = new Map<string, number>();
  const labels: string[] = [];
  const perNetwork = (name: string) => containers.reduce((n, c) => n + c.endpoints.filter((e) => e.network === name).length, 0);
  containers.forEach((c, ci) => {
    const box = boxes[ci];
    if (!box) return;
    c.endpoints.forEach((e, ei) => {
      const ni = order(e.network);
      const net = nets[ni];
      if (!net) return;
      const k = attachments.get(e.network) ?? 0;
      attachments.set(e.network, k + 1);
      const x1 = box.x + (box.w * (ei + 1)) / (c.endpoints.length + 1);
      const x2 = net.x + (net.w * (k + 1)) / (perNetwork(e.network) + 1);
      const y1 = box.y;
      const y2 = net.y + net.h;
      parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" class="veth"/>`);
      const text = edgeLabel(e);
      // Just above the container, where its lines start apart; a second network's label one row higher.
      if (text) labels.push(tag(x1, y1 - 12 - ei * 18, text));
    });
  });
  containers.forEach((c, ci) => {
    const from = boxes[ci];
    for (const link of c.links) {
      const to = boxes[containers.findIndex((d) => d.name === link.target)];
      if (!from || !to) continue;
      const [x1, x2, y] = [from.x + from.w / 2, to.x + to.w / 2 + 6, Math.max(from.y + from.h, to.y + to.h)];
      parts.push(`<path d="M ${x1} ${from.y + from.h} C ${x1} ${y + 80}, ${x2} ${y + 80}, ${x2} ${to.y + to.h + 2}" class="link" marker-end="url(#arrow)"/>`);
      parts.push(tag((x1 + x2) / 2, y + 66, `--link ${link.target}${link.alias !== link.target ? `:${link.alias}` : ""}`));
    }
  });
  parts.push(...labels);
  boxes.forEach((b) => parts.push(boxSvg(b, "container")));
  parts.push(`<text x="${PAD}" y="${height - 14}" class="legend">${escapeXml("── veth pair (host end ⇄ container end)    ┄┄▶ --link (name written into /etc/hosts)")}</text>`);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#7a4b00"/></marker></defs>`,
    `<style>text{font-family:ui-monospace,Menlo,Consolas,monospace;text-anchor:middle;fill:#1d2330}.title{font-size:13px;font-weight:bold}.detail{font-size:12px}.small{font-size:11px;fill:#334}.hosttitle{font-size:13px;text-anchor:start;fill:#555}.legend{font-size:11px;text-anchor:start;fill:#555}.heading{font-size:15px;font-weight:bold;text-anchor:start}.host{fill:#f4f6fa;stroke:#9aa5b8;stroke-dasharray:6 4}.bridge{fill:#dcebff;stroke:#3b6fb6}.container{fill:#e6f5e6;stroke:#3f8f3f}.veth{stroke:#3b6fb6;stroke-width:2}.link{fill:none;stroke:#7a4b00;stroke-width:1.5;stroke-dasharray:6 4}.tag{fill:#ffffff;opacity:0.9}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="28" class="heading">${escapeXml(title)}</text>`,
    ...parts,
    `</svg>`,
    "",
  ].join("\n");
}
