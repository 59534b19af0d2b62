import fs from "node:fs";
import path from "node:path";
import { loadCatalogue } from "../course/catalogue";

/**
 * A course test's failure reaches a learner: it goes through expectThat (Expected/Received/Why/Try)
 * or one of netlab's matchers, never a plain jest matcher, whose diff says nothing of the lesson.
 * (The mutation suite, npm run mutants, walks the failure paths on the engine; this holds the source.)
 */
const NETLAB_MATCHERS = new Set(["toReach", "toResolve", "toHaveAddressIn"]);
const root = path.resolve(__dirname, "..", "..");

test.each(loadCatalogue().exercises.map((e) => [e.test] as const))("%s uses no plain jest matcher", (file) => {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const plain = [...source.matchAll(/\bexpect\(/g)].flatMap((m) => {
    const statement = source.slice(m.index, source.indexOf(";", m.index));
    const matcher = /\)\s*(?:\.\s*(?:not|resolves|rejects))*\s*\.\s*(to\w+)\s*\(/.exec(statement)?.[1];
    return matcher && NETLAB_MATCHERS.has(matcher) ? [] : [statement.split("\n")[0]];
  });
  expect(plain).toEqual([]);
});
