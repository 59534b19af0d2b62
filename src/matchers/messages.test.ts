import { addressMessage } from "./to-have-address-in";
import { reachMessage } from "./to-reach";
import { resolveMessage } from "./to-resolve";

const unresolved = { from: "c2", target: "c1", resolved: false, replied: false, output: "ping: bad address 'c1'" };
const silent = { from: "c3", target: "c1", resolved: true, address: "172.17.0.2", replied: false, output: "" };
const answered = { from: "c2", target: "c1", resolved: true, address: "172.17.0.2", replied: true, output: "" };

describe.each(["en", "zh"])("matcher messages (%s)", (lang) => {
  const saved = process.env.NETLAB_LANG;
  beforeAll(() => {
    process.env.NETLAB_LANG = lang;
  });
  afterAll(() => {
    process.env.NETLAB_LANG = saved;
  });

  test("toReach: the name does not resolve", () => expect(reachMessage(unresolved, false)).toMatchSnapshot());
  test("toReach: resolves, but no reply", () => expect(reachMessage(silent, false)).toMatchSnapshot());
  test(".not.toReach: it answered", () => expect(reachMessage(answered, true)).toMatchSnapshot());
  test("toResolve: not found", () => expect(resolveMessage({ from: "c1", name: "c2" }, false)).toMatchSnapshot());
  test(".not.toResolve: found in /etc/hosts", () =>
    expect(resolveMessage({ from: "c2", name: "c1", address: "172.17.0.2", source: "hosts" }, true)).toMatchSnapshot());
  test("toHaveAddressIn: none in the subnet", () =>
    expect(addressMessage("c1", "10.9.8.0/24", [{ network: "bridge", ip: "172.17.0.2", prefixLength: 16, gateway: "172.17.0.1" }], false)).toMatchSnapshot());
});

test("the message lines line up: Expected/Received/Why/Try start their text in one column", () => {
  process.env.NETLAB_LANG = "en";
  const lines = reachMessage(unresolved, false).split("\n").slice(2);
  const columns = lines.map((l) => l.search(/(?<=:\s+)\S/));
  expect(new Set(columns).size).toBe(1);
});
