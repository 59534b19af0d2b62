import fs from "node:fs";
import path from "node:path";

/** The .ts files under dir (at any depth), as sorted paths relative to it with "/" between parts; [] when dir is missing. */
export function listTs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && entry.name.endsWith(".ts"))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
