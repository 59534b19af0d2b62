import os from "node:os";
import { t } from "../../messages/translate";
import { engineDownError, probeEngine, type EngineHealth } from "../../runtime/probe-engine";
import { findClashes, pickFreeSubnet } from "../../lab/subnet-plan";
import { heavy } from "../heavy";
import { hasNetworkDeadlock } from "./engine-kind";
import { ENGINE_NEEDS, engineName, missingNeed } from "../../runtime/engine-profile";

export interface CheckResult {
  status: "ok" | "warn" | "fail" | "skip";
  detail: string;
  /** What to do about a warning or a failure: the exact command where there is one. */
  fix?: string;
}

/** One of doctor's checks, as np keeps its prerequisite tasks: a title, how to run it, what a failure blocks. */
export interface DoctorCheck {
  id: string;
  title: () => string;
  /** Needs a reachable engine (skipped without one). */
  needsEngine: boolean;
  run: (progress: (line: string) => void) => Promise<CheckResult>;
}

/**
 * Why the engine check failed, in one line. Where netlab looked: every socket when none was there,
 * else the endpoint that did not answer. A problem of its own (a missing context) is said in full by
 * the fix: its first line is enough here.
 */
function failureDetail(health: EngineHealth): string {
  const where = health.location;
  if (!where) return health.detail.split("\n")[0] ?? "";
  return where.found ? health.detail : t("engineNotFound", { detail: health.detail, tried: where.tried.join(", ") });
}

/** The range of the course note (ch3): shown, never used (netlab hands out free subnets instead). */
const NOTE_SUBNET = "192.168.0.0/16";

export const DOCTOR_CHECKS: DoctorCheck[] = [
  {
    id: "node",
    title: () => t("cliDoctorNode", {}),
    needsEngine: false,
    run: async () => {
      const major = Number(process.versions.node.split(".")[0]);
      return major >= 20 ? { status: "ok", detail: `v${process.versions.node}` } : { status: "fail", detail: `v${process.versions.node}`, fix: t("cliDoctorNodeFix", {}) };
    },
  },
  {
    id: "engine",
    title: () => t("cliDoctorEngine", {}),
    needsEngine: false,
    run: async () => {
      const health = await probeEngine();
      const where = health.location;
      if (health.ok && where) return { status: "ok", detail: t("cliDoctorEngineFound", { detail: health.detail, endpoint: where.label, via: where.via, context: where.context }) };
      return { status: "fail", detail: failureDetail(health), fix: engineDownError(health).message };
    },
  },
  {
    id: "kind",
    title: () => t("cliDoctorKind", {}),
    needsEngine: true,
    run: async () => {
      const profile = await heavy.engineProfile().engineProfile();
      const detail = t("cliDoctorKindDetail", { kind: profile.kind, engine: engineName(profile), api: profile.apiVersion, here: profile.networkHostIsHere ? "yes" : "no" });
      // What the course cannot show on this engine: each such check is n/a (never counted), with this reason.
      const notShown = ENGINE_NEEDS.map((need) => missingNeed(profile, need)).filter((r) => r !== undefined);
      const reasons = [...new Map(notShown.map((r) => [r.key, t(r.key, r.params)])).values()];
      if (profile.product === "docker" && hasNetworkDeadlock(profile.version)) {
        return { status: "warn", detail, fix: [t("cliDoctorDeadlockFix", { version: profile.version }), ...reasons].join("\n") };
      }
      if (reasons.length === 0) return { status: "ok", detail };
      return { status: "warn", detail, fix: [t("cliDoctorNotShown", { count: reasons.length }), ...reasons.map((r) => `- ${r}`)].join("\n") };
    },
  },
  {
    id: "image",
    title: () => t("cliDoctorImage", {}),
    needsEngine: true,
    run: async (progress) => {
      const { ensureLabImage, findStaticBusybox, PUBLIC_LAB_IMAGE } = heavy.labImage();
      // Where netlab would pull the public image, doctor only looks: it never causes a pull.
      if (!process.env.NETLAB_IMAGE && process.platform !== "linux" && !findStaticBusybox()) {
        const present = await heavy.engineInfo().imageExists(PUBLIC_LAB_IMAGE);
        return present
          ? { status: "ok", detail: t("cliDoctorImagePresent", { image: PUBLIC_LAB_IMAGE }) }
          : { status: "warn", detail: t("cliDoctorImageWillPull", { image: PUBLIC_LAB_IMAGE }), fix: `docker pull ${PUBLIC_LAB_IMAGE}` };
      }
      try {
        const image = await ensureLabImage(progress);
        return { status: "ok", detail: t(image.source === "built" ? "cliDoctorImageBuilt" : "cliDoctorImagePresent", { image: image.name }) };
      } catch (err) {
        return { status: "fail", detail: t("cliDoctorImageFailed", {}), fix: err instanceof Error ? err.message : String(err) };
      }
    },
  },
  {
    id: "subnets",
    title: () => t("cliDoctorSubnets", {}),
    needsEngine: true,
    run: async () => {
      const users = await heavy.addressSpace().addressUsers();
      const free = pickFreeSubnet(users);
      if (!free) return { status: "fail", detail: t("cliDoctorNoFreeSubnet", { users: users.length }), fix: t("cliDoctorNoFreeSubnetFix", {}) };
      // Host routes that overlap a Docker network: containers on it cannot reach that part of the LAN.
      const routes = users.filter((u) => u.what.startsWith("the host route"));
      const docker = users.filter((u) => !u.what.startsWith("the host route"));
      const overlaps = docker.flatMap((d) => findClashes(d.cidr, routes).map((r) => `${d.cidr} (${d.what}) / ${r.cidr} (${r.what})`));
      if (overlaps.length > 0) return { status: "warn", detail: t("cliDoctorRouteOverlap", { overlaps: overlaps.join("; ") }), fix: t("cliDoctorRouteOverlapFix", {}) };
      return { status: "ok", detail: t("cliDoctorSubnetsOk", { example: free, users: users.length }) };
    },
  },
  {
    id: "note-range",
    title: () => t("cliDoctorNoteRange", { subnet: NOTE_SUBNET }),
    needsEngine: true,
    run: async () => {
      const clashes = findClashes(NOTE_SUBNET, await heavy.addressSpace().addressUsers());
      if (clashes.length === 0) return { status: "ok", detail: t("cliDoctorNoteFree", { subnet: NOTE_SUBNET }) };
      return {
        status: "warn",
        detail: t("cliDoctorNoteClash", { subnet: NOTE_SUBNET, clashes: clashes.map((c) => `${c.cidr} (${c.what})`).join(", ") }),
        fix: t("cliDoctorNoteClashFix", {}),
      };
    },
  },
  {
    id: "leftovers",
    title: () => t("cliDoctorLeftovers", {}),
    needsEngine: true,
    run: async () => {
      const { runsOnEngine, isOrphaned } = heavy.reaper();
      const dead = (await runsOnEngine()).filter((r) => isOrphaned(r, os.hostname()));
      if (dead.length === 0) return { status: "ok", detail: t("cliDoctorNoLeftovers", {}) };
      return { status: "warn", detail: t("cliDoctorLeftoversFound", { runs: dead.map((r) => r.runId).join(", ") }), fix: "npx netlab clean" };
    },
  },
];
