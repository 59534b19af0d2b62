import { entry } from "../../../messages/entry";

/** The texts of `netlab explore`: building, describing and removing a topology. */
export const exploreMessages = {
  cliExploreSummary: entry(
    () => "build an exercise's topology, leave it running, and draw it",
    () => "构建某个练习的拓扑，让它保持运行，并画出来",
  ),
  cliExploreUsage: entry(
    () =>
      `Usage: npx netlab explore <id> [--mine] [--once] [--out DIR]\n\n` +
      `Builds the topology of an exercise exactly as its test does (from the reference solution; from your\n` +
      `code with --mine, or where there is no solutions/ folder) and leaves it running for you to poke at: it prints \`docker exec -it ... sh\` for each\n` +
      `container, the docker commands that make the same by hand, and writes the topology (networks,\n` +
      `bridges, veth pairs, containers, addresses) as Mermaid text and as an SVG picture to .netlab/explore/\n` +
      `(or --out DIR). Ctrl-C removes everything it made. --once builds, prints, draws and removes at once.`,
    () =>
      `用法：npx netlab explore <id> [--mine] [--once] [--out DIR]\n\n` +
      `完全按练习的测试方式构建它的拓扑（取自参考答案；使用 --mine 或没有 solutions/ 文件夹时取自你的代码），并让它保持运行供你动手查看：\n` +
      `为每个容器打印 \`docker exec -it ... sh\`，打印手工做出同样拓扑的 docker 命令，并把拓扑（网络、\n` +
      `网桥、veth pair、容器、地址）以 Mermaid 文本和 SVG 图片写入 .netlab/explore/（或 --out DIR）。\n` +
      `按 Ctrl-C 删除它创建的一切。--once 构建、打印、绘图后立即删除。`,
  ),
  cliExploreNoSource: entry<{ file: string; id: string }>(
    (p) => `There is no ${p.file} to build ${p.id} from. Try \`npx netlab explore ${p.id} --mine\` (your code) or without --mine (the reference solution).`,
    (p) => `没有可用来构建 ${p.id} 的 ${p.file}。试试 \`npx netlab explore ${p.id} --mine\`（你的代码），或去掉 --mine（参考答案）。`,
  ),
  cliExploreNoSolutions: entry(
    () => "(This repository has no solutions/: exploring your own code in exercises/.)",
    () => "（此仓库没有 solutions/：将查看你在 exercises/ 中的代码。）",
  ),
  cliExploreBuilding: entry<{ id: string; source: string }>(
    (p) => `Building ${p.id} from ${p.source} on the live engine...`,
    (p) => `正在真实引擎上根据 ${p.source} 构建 ${p.id}……`,
  ),
  cliExploreNothing: entry<{ id: string; source: string }>(
    (p) => `Nothing to explore: ${p.source} started no container (is it still "not yet done"? \`npx netlab run ${p.id}\` shows what it does).`,
    (p) => `没有可查看的内容：${p.source} 没有启动任何容器（它是否仍是“尚未完成”？\`npx netlab run ${p.id}\` 会显示它做了什么）。`,
  ),
  cliExploreBuilt: entry<{ id: string; source: string; runId: string; containers: number; networks: number }>(
    (p) => `Built ${p.id} from ${p.source} (run ${p.runId}): ${p.containers} container(s), ${p.networks} network(s) of its own.`,
    (p) => `已根据 ${p.source} 构建 ${p.id}（运行 ${p.runId}）：${p.containers} 个容器，${p.networks} 个自建网络。`,
  ),
  cliExploreContainers: entry(
    () => "Containers (address on network, interface ⇄ host veth), and how to get a shell in each:",
    () => "容器（网络上的地址，接口 ⇄ 主机端 veth），以及进入各容器 shell 的命令：",
  ),
  cliExploreDocker: entry(
    () => "The same by hand with the docker CLI (the exercise's names; netlab used the unique names above):",
    () => "用 docker 命令手工做出同样的拓扑（使用练习中的名字；netlab 实际使用了上面的唯一名字）：",
  ),
  cliExploreDrawn: entry<{ mmd: string; svg: string }>(
    (p) => `Topology written to ${p.mmd} (Mermaid) and ${p.svg} (SVG, open it in a browser):`,
    (p) => `拓扑已写入 ${p.mmd}（Mermaid）和 ${p.svg}（SVG，可用浏览器打开）：`,
  ),
  cliExploreLeftRunning: entry<{ example: string }>(
    (p) => `Left running for you: try \`${p.example}\`. Ctrl-C removes everything explore made.`,
    (p) => `已保持运行：试试 \`${p.example}\`。按 Ctrl-C 删除 explore 创建的一切。`,
  ),
  cliExploreRemoved: entry<{ containers: number; networks: number }>(
    (p) => `Removed what explore made: ${p.containers} container(s), ${p.networks} network(s).`,
    (p) => `已删除 explore 创建的内容：${p.containers} 个容器，${p.networks} 个网络。`,
  ),
};
