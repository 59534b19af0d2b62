import { LABELS } from "../../../lab/run-identity";
import { t } from "../../../messages/translate";
import { EXIT, ExitError, type CommandContext } from "../../command";
import { requireEngine } from "../../check/check-exercise";
import { heavy } from "../../heavy";

/** Label filters for what clean removes: everything netlab made, or one run's (--run ID). */
export function cleanFilters(run: string | boolean | undefined): string[] {
  if (run === undefined) return [LABELS.managed];
  if (typeof run !== "string" || !/^[0-9a-f]{1,32}$/i.test(run)) throw new ExitError(EXIT.usage, t("cliCleanBadRun", {}));
  return [LABELS.managed, `${LABELS.run}=${run}`];
}

/**
 * `netlab clean [--dry-run] [--run ID] [--image]`: removes every container and network that carries
 * netlab's label (nothing else: the filter is the label, never a name), and says what it removed.
 * --image also removes the lab image (label netlab.image=lab), for a learner who is done.
 */
export async function run({ flags, stdout }: CommandContext): Promise<number> {
  const filters = cleanFilters(flags.run);
  // The image serves every run: removing it belongs to a full clean, not to one run's.
  if (flags.image && flags.run !== undefined) throw new ExitError(EXIT.usage, t("cliCleanImageWithRun", {}));
  await requireEngine();
  const { listContainers } = heavy.containers();
  const { listNetworks } = heavy.networks();
  const plain = (labels: Record<string, string> | undefined) => `${labels?.[LABELS.name] ?? "?"}, run ${labels?.[LABELS.run] ?? "?"}`;
  if (flags["dry-run"]) {
    const [containers, networks] = await Promise.all([listContainers(filters), listNetworks({ label: filters })]);
    stdout(t("cliCleanWould", { containers: containers.length, networks: networks.length }));
    for (const c of containers) stdout(`  container ${(c.Names[0] ?? c.Id).replace(/^\//, "")} (${plain(c.Labels)})`);
    for (const n of networks) stdout(`  network   ${n.Name} (${plain(n.Labels)})`);
    if (flags.image) for (const image of await heavy.labImage().listLabImages()) stdout(`  image     ${image.name}`);
    return EXIT.ok;
  }
  // Listed first for the labels (the learner's names); removed by the same filter.
  const [containers, networks] = await Promise.all([listContainers(filters), listNetworks({ label: filters })]);
  const labelsOf = new Map<string, string>([
    ...containers.map((c) => [(c.Names[0] ?? c.Id).replace(/^\//, ""), plain(c.Labels)] as [string, string]),
    ...networks.map((n) => [n.Name, plain(n.Labels)] as [string, string]),
  ]);
  const removed = await heavy.teardown().removeLabelled(filters);
  if (removed.containers.length + removed.networks.length === 0) {
    stdout(t("cliCleanNothing", {}));
  } else {
    stdout(t("cliCleanRemoved", { containers: removed.containers.length, networks: removed.networks.length }));
    for (const name of removed.containers) stdout(`  container ${name} (${labelsOf.get(name) ?? "?"})`);
    for (const name of removed.networks) stdout(`  network   ${name} (${labelsOf.get(name) ?? "?"})`);
  }
  if (!flags.image) {
    if (removed.containers.length + removed.networks.length > 0) stdout(t("cliCleanKept", {}));
    return EXIT.ok;
  }
  // The lab image and, where netlab grade ran, its sandbox image.
  const [lab, sandbox] = [await heavy.labImage().removeLabImages(), await heavy.labImage().removeLabImages(heavy.sandboxImage().SANDBOX_IMAGE_LABEL)];
  const images = { removed: [...lab.removed, ...sandbox.removed], kept: [...lab.kept, ...sandbox.kept] };
  for (const name of images.removed) stdout(t("cliCleanImageRemoved", { image: name }));
  for (const image of images.kept) stdout(t("cliCleanImageKept", { image: image.name, why: image.why }));
  if (images.removed.length + images.kept.length === 0) stdout(t("cliCleanImageNone", {}));
  return EXIT.ok;
}
