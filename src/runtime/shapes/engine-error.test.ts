import { fixtureFolders, type RecordedError } from "../fixtures/fixture-folders";
import { classifyEngineError } from "./engine-error";

// Each engine's own words (recorded or taken from its source, see the folders' README.md): the
// classifier must tell the kind from every one of them, and no test holds one engine's wording.
const recorded = fixtureFolders().flatMap((folder) => (folder.read<RecordedError[]>("errors.json") ?? []).map((e) => [folder.name, e.call, e] as const));

describe("classifyEngineError", () => {
  test.each(recorded)("%s: %s", (_folder, _call, error) => {
    const kind = classifyEngineError(error.statusCode, error.message);
    expect(kind.kind).toBe(error.kind);
    if (kind.kind === "portTaken") {
      expect(kind.port).toBe(error.port);
      expect(kind.hostIp).toBe(error.hostIp);
    }
  });

  test("every fixture folder's port conflicts are covered", () => {
    expect(recorded.filter(([, , e]) => e.kind === "portTaken").length).toBeGreaterThanOrEqual(6);
  });

  test("dockerode's prefix is no part of the meaning", () => {
    const kind = classifyEngineError(500, "(HTTP code 500) server error - Bind for 127.0.0.1:9000 failed: port is already allocated ");
    expect(kind).toEqual({ kind: "portTaken", port: 9000, hostIp: "127.0.0.1" });
  });

  test("a static IP that is taken is not a port conflict (libnetwork ipamapi ErrIPAlreadyAllocated)", () => {
    expect(classifyEngineError(403, "Address already in use")).toEqual({ kind: "other" });
  });

  test("anything else is other, and a bare 404 is notFound", () => {
    expect(classifyEngineError(500, "something odd")).toEqual({ kind: "other" });
    expect(classifyEngineError(404, "page gone")).toEqual({ kind: "notFound" });
  });
});
