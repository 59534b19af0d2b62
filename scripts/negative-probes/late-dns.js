// A DNS server for scripts/negative-probes/lookups.ts's drills, run inside one lab container's network
// namespace (nsenter -n) on its loopback, where Docker's embedded DNS forwards the names it does not
// know (lab containers' upstream is 127.0.0.1). Answers an A query for a name "late<N>" with ADDRESS
// after N ms, AAAA with no records; other names it leaves unanswered, as that upstream does normally.
//   node late-dns.js ADDRESS
const { Buffer } = require("node:buffer");
const dgram = require("node:dgram");

const address = process.argv[2].split(".").map(Number);
const server = dgram.createSocket("udp4");
server.on("message", (query, from) => {
  let end = 12;
  while (query[end] !== 0) end += query[end] + 1;
  const name = query.subarray(13, 13 + query[12]).toString();
  const late = /^late(\d+)$/.exec(name);
  if (!late) return;
  const type = query.readUInt16BE(end + 1);
  const answer = Buffer.from(query.subarray(0, end + 5));
  answer.writeUInt16BE(0x8180, 2); // a response, recursion desired and available, no error
  answer.writeUInt16BE(type === 1 ? 1 : 0, 6);
  answer.writeUInt32BE(0, 8);
  // The name by pointer to the question, type A, class IN, TTL 0, 4 bytes of address.
  const record = type === 1 ? Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 0, 0, 4, ...address]) : Buffer.alloc(0);
  setTimeout(() => server.send(Buffer.concat([answer, record]), from.port, from.address), Number(late[1]));
});
server.bind(53, "127.0.0.1", () => process.stdout.write("listening\n"));
