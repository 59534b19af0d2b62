import { registerLabMatchers } from "../../src/testing";

registerLabMatchers();
// Probes are bounded to seconds; an exercise gets 30 s; nothing a test does should need more.
jest.setTimeout(60_000);
