import { isStaticElf } from "./lab-image";

/** A minimal 64-bit ELF header with the given program header types. */
function elf(types: number[]): Buffer {
  const phoff = 64;
  const buf = Buffer.alloc(phoff + types.length * 56);
  buf.writeUInt32BE(0x7f454c46, 0);
  buf[4] = 2;
  buf.writeBigUInt64LE(BigInt(phoff), 0x20);
  buf.writeUInt16LE(56, 0x36);
  buf.writeUInt16LE(types.length, 0x38);
  types.forEach((type, i) => buf.writeUInt32LE(type, phoff + i * 56));
  return buf;
}

describe("isStaticElf: can this busybox run in an empty image?", () => {
  test("static: no PT_INTERP", () => expect(isStaticElf(elf([1, 1, 4]))).toBe(true));
  test("dynamic: has PT_INTERP (3)", () => expect(isStaticElf(elf([6, 3, 1]))).toBe(false));
  test("not an ELF at all", () => expect(isStaticElf(Buffer.from("#!/bin/sh\necho hi\n".padEnd(80)))).toBe(false));
});
