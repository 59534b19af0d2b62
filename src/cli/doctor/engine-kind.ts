/** Docker 20.10 before 20.10.27 has the network-controller deadlock of moby/moby#42545. */
export function hasNetworkDeadlock(serverVersion: string): boolean {
  const m = /^20\.10\.(\d+)/.exec(serverVersion);
  return m !== null && Number(m[1]) < 27;
}
