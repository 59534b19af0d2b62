import "expect";

interface LabMatchers<R> {
  /** await expect(c2).toReach("c1"): c2 pings c1 (by name or address) and gets an answer within a second. */
  toReach(target: string): Promise<R>;
  /** await expect(c1).toResolve("c2"): the name resolves inside c1, through /etc/hosts or DNS. */
  toResolve(name: string): Promise<R>;
  /** await expect(c1).toHaveAddressIn("172.17.0.0/16"): one of c1's addresses lies in the subnet. */
  toHaveAddressIn(cidr: string): Promise<R>;
}

declare module "expect" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<R> extends LabMatchers<R> {}
}

declare global {
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Matchers<R> extends LabMatchers<R> {}
  }
}
