// Types of remove-labelled.js (plain JS: scripts/reap-run.js runs it without TypeScript).
import type Dockerode from "dockerode";

export interface Removed {
  containers: string[];
  networks: string[];
}

export function ignoreNotFound(removal: Promise<unknown>): Promise<void>;
export function removeContainerWith(docker: Dockerode, nameOrId: string): Promise<void>;
export function removeNetworkWith(docker: Dockerode, nameOrId: string, attempts?: number): Promise<void>;
export function removeLabelledWith(docker: Dockerode, labelFilters: string[]): Promise<Removed>;
export function sweepLabelledWith(docker: Dockerode, labelFilters: string[], delaysMs: number[]): Promise<void>;
