import { entry } from "../../../messages/entry";

/** The texts of `netlab clean`: what it removed or would remove. */
export const cleanMessages = {
  cliCleanSummary: entry(
    () => "remove every container and network netlab made (by its label only)",
    () => "删除 netlab 创建的所有容器和网络（只按标签）",
  ),
  cliCleanUsage: entry(
    () =>
      `Usage: npx netlab clean [--dry-run] [--run ID] [--image]\n\n` +
      `Removes every container and network that carries netlab's label ("netlab"), whatever run made it, and\n` +
      `lists what it removed. Nothing without the label is touched. --dry-run only lists; --run ID limits it\n` +
      `to one run (the id in the names nl-<id>-...). The lab image stays for the next run unless --image is\n` +
      `given (for when you are done: it is rebuilt in about a second if you come back).`,
    () =>
      `用法：npx netlab clean [--dry-run] [--run ID] [--image]\n\n` +
      `删除所有带有 netlab 标签（"netlab"）的容器和网络（无论由哪次运行创建），并列出删除的内容。\n` +
      `没有该标签的东西一概不动。--dry-run 只列出；--run ID 只处理一次运行（名字 nl-<id>-... 中的 id）。\n` +
      `实验镜像会保留供下次使用，除非给出 --image（学完时使用：如果你再回来，它会在一秒左右重新构建）。`,
  ),
  cliCleanBadRun: entry(
    () => "--run takes a run id: the hex part after nl- in the names, e.g. `npx netlab clean --run 3f9a1c`.",
    () => "--run 需要一个运行 id：名字中 nl- 之后的十六进制部分，例如 `npx netlab clean --run 3f9a1c`。",
  ),
  cliCleanWould: entry<{ containers: number; networks: number }>(
    (p) => `Would remove ${p.containers} container(s) and ${p.networks} network(s) (--dry-run: nothing removed):`,
    (p) => `将删除 ${p.containers} 个容器和 ${p.networks} 个网络（--dry-run：没有删除任何东西）：`,
  ),
  cliCleanNothing: entry(
    () => "Nothing to remove: no container or network on the engine carries netlab's label.",
    () => "没有需要删除的：引擎上没有带 netlab 标签的容器或网络。",
  ),
  cliCleanRemoved: entry<{ containers: number; networks: number }>(
    (p) => `Removed ${p.containers} container(s) and ${p.networks} network(s) made by netlab:`,
    (p) => `已删除 netlab 创建的 ${p.containers} 个容器和 ${p.networks} 个网络：`,
  ),
  cliCleanImageWithRun: entry(
    () => "--image removes the lab image every run uses: give it without --run (`npx netlab clean --image`).",
    () => "--image 会删除所有运行共用的实验镜像：请不带 --run 使用（`npx netlab clean --image`）。",
  ),
  cliCleanImageRemoved: entry<{ image: string }>(
    (p) => `Removed the lab image ${p.image} (the next run builds it again in about a second).`,
    (p) => `已删除实验镜像 ${p.image}（下次运行会在一秒左右重新构建）。`,
  ),
  cliCleanImageKept: entry<{ image: string; why: string }>(
    (p) => `Kept the lab image ${p.image}: the engine said ${p.why}. Stop what uses it, then run this again.`,
    (p) => `保留了实验镜像 ${p.image}：引擎说 ${p.why}。停止使用它的东西后再运行一次。`,
  ),
  cliCleanImageNone: entry(
    () => "No lab image on the engine.",
    () => "引擎上没有实验镜像。",
  ),
  cliCleanKept: entry(
    () => "Nothing else was touched (only resources with the label \"netlab\"). The lab image stays for the next run (`npx netlab clean --image` removes it too).",
    () => "其他东西都没有动（只删除带 \"netlab\" 标签的资源）。实验镜像保留，供下次使用（`npx netlab clean --image` 也会删除它）。",
  ),
};
