// netlab's public entry point: the only module exercises and solutions import.
export { Lab, type RunOptions, type NetworkOptions } from "./lab/lab";
export { LabContainer, type ContainerAddress } from "./lab/lab-container";
export { LabNetwork } from "./lab/lab-network";
export type { HostView } from "./lab/host-view";
export type { NetInterface, Route } from "./lab/ip-output";
export type { PortMapping } from "./lab/publish";
export type { ExecResult } from "./runtime/exec";
export { notYetDone } from "./course/not-yet-done";

/** A subnet and gateway handed to an exercise: free on this engine and host (see docs on 192.168.0.0/16). */
export interface SubnetPlan {
  subnet: string;
  gateway: string;
}
