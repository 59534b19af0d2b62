import { parseMermaid } from "../../dev/parse-mermaid";
import { toMermaid } from "./mermaid";
import { toSvg } from "./svg";
import { dockerEquivalent, isLinkVariable, type Topology } from "./topology";

/** The little of jsdom (a dev dependency without type declarations) this test uses: a real XML parser. */
interface XmlNode {
  tagName: string;
  textContent: string | null;
}
interface XmlDocument {
  documentElement: XmlNode;
  getElementsByTagName(name: string): ArrayLike<XmlNode>;
  querySelectorAll(selector: string): ArrayLike<XmlNode>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { JSDOM } = require("jsdom") as { JSDOM: new (html: string) => { window: { DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument } } } };

/** ch4-network-connect plus a link and an exited host-mode server: every kind of node and edge. */
const topology: Topology = {
  networks: [
    { name: "bridge", realName: "bridge", driver: "bridge", subnet: "172.17.0.0/16", gateway: "172.17.0.1", bridge: "docker0", builtin: true },
    { name: "host", realName: "host", driver: "host", builtin: true },
    { name: "mynet", realName: "nl-ab12cd-1x1-mynet", driver: "bridge", subnet: "10.180.197.0/24", gateway: "10.180.197.1", bridge: "br-64cbdd0e07bc", builtin: false },
  ],
  containers: [
    {
      name: "c1",
      realName: "nl-ab12cd-1x1-c1",
      state: "running",
      networkMode: "bridge",
      endpoints: [
        { network: "bridge", ip: "172.17.0.2", prefix: 16, gateway: "172.17.0.1", iface: "eth0", hostVeth: "veth65d5fed" },
        { network: "mynet", ip: "10.180.197.3", prefix: 24, gateway: "10.180.197.1", iface: "eth1", hostVeth: "vetha008f67" },
      ],
      links: [],
      ports: [{ host: "8080", container: "80" }],
      env: ["GREETING=hi"],
      command: ["sleep", "86400"],
      image: "netlab-lab:7c2e69b38ab6",
    },
    {
      name: "c2",
      realName: "nl-ab12cd-1x1-c2",
      state: "running",
      networkMode: "bridge",
      endpoints: [{ network: "bridge", ip: "172.17.0.3", prefix: 16, iface: "eth0", hostVeth: "veth2942ca5" }],
      links: [{ target: "c1", alias: "c1" }],
      ports: [],
      env: [],
      command: ["sleep", "86400"],
      image: "netlab-lab:7c2e69b38ab6",
    },
    {
      name: "h1",
      realName: "nl-ab12cd-1x1-h1",
      state: "exited (1)",
      networkMode: "host",
      endpoints: [{ network: "host" }],
      links: [],
      ports: [],
      env: [],
      command: ["httpd", "-f", "-p", "127.0.0.1:8080"],
      image: "netlab-lab:7c2e69b38ab6",
    },
  ],
};

describe("explore's picture of a topology", () => {
  test("the docker CLI equivalent creates the network first, then the containers in order, with every flag", () => {
    expect(dockerEquivalent(topology)).toEqual([
      "docker network create --driver bridge --subnet 10.180.197.0/24 --gateway 10.180.197.1 mynet",
      "docker run -d --name c1 -p 8080:80 -e GREETING=hi netlab-lab:7c2e69b38ab6 sleep 86400",
      "docker network connect mynet c1",
      "docker run -d --name c2 --link c1 netlab-lab:7c2e69b38ab6 sleep 86400",
      "docker run -d --name h1 --network host netlab-lab:7c2e69b38ab6 httpd -f -p 127.0.0.1:8080",
    ]);
  });

  test("variables written by --link are not shown as -e", () => {
    expect(isLinkVariable("C1_NAME=/c2/c1", ["c1"])).toBe(true);
    expect(isLinkVariable("C1_PORT_80_TCP_ADDR=172.17.0.2", ["c1"])).toBe(true);
    expect(isLinkVariable("GREETING=hi", ["c1"])).toBe(false);
  });

  test("the Mermaid text names bridges, veth pairs (host end ⇄ container end), addresses and the link", () => {
    const text = toMermaid(topology);
    expect(text).toContain('net_bridge["bridge · docker0<br/>172.17.0.0/16 gw 172.17.0.1"]');
    expect(text).toContain('c_c1 ---|"vetha008f67 ⇄ eth1"| net_mynet');
    expect(text).toContain('c_c2 -.->|"--link c1"| c_c1');
    expect(text).toContain("h1 (exited (1))");
    expect(text).toMatchSnapshot();
  });

  test("mermaid's own parser accepts the Mermaid text", () => {
    expect(parseMermaid([toMermaid(topology)])).toEqual([{ ok: true, type: "flowchart-v2" }]);
  }, 60_000);

  test("the SVG is well-formed XML with a box per bridge and container and a line per veth pair", () => {
    const svg = toSvg(topology, "netlab explore ch4-network-connect <solutions>");
    const doc = new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe("svg");
    expect(doc.querySelectorAll("rect.bridge")).toHaveLength(3);
    expect(doc.querySelectorAll("rect.container")).toHaveLength(3);
    expect(doc.querySelectorAll("line.veth")).toHaveLength(4);
    expect(doc.querySelectorAll("path.link")).toHaveLength(1);
    const texts = Array.from(doc.querySelectorAll("text")).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(["c1", "eth1 10.180.197.3/24", "vetha008f67 ⇄ eth1", "--link c1", "netlab explore ch4-network-connect <solutions>"]));
  });
});
