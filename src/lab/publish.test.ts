import { parsePublish } from "./publish";

describe("parsePublish (docker run -p)", () => {
  test.each([
    ["8080:80", { host: 8080, container: 80 }],
    ["80", { host: 0, container: 80 }],
    [80, { host: 0, container: 80 }],
    ["8080:80/tcp", { host: 8080, container: 80 }],
    [{ container: 80 }, { host: 0, container: 80 }],
    [{ host: 9000, container: 8000 }, { host: 9000, container: 8000 }],
  ] as const)("%j", (input, expected) => {
    expect(parsePublish(input)).toEqual(expected);
  });

  test.each(["", "http", "80:", "70000:80", "8080:0", "1.2.3.4:80:80"])("refuses %j with a message that shows the form", (bad) => {
    expect(() => parsePublish(bad)).toThrow(/HOST:CONTAINER/);
  });
});
