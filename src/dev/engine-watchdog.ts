import { probeEngine } from "../runtime/probe-engine";

export interface EngineTrouble {
  /** /version answers and /networks does not (the 20.10 deadlock), rather than no answer at all. */
  deadlocked: boolean;
  /** What was seen. */
  detail: string;
}

export interface EngineWatchdog {
  /** Settles only when the engine stopped answering. */
  readonly stuck: Promise<EngineTrouble>;
  stop(): void;
}

/**
 * Asks the engine for its networks every `everyMs`, each ask bounded by `boundMs`. Docker 20.10
 * before 20.10.27 can deadlock its network controller when containers join and leave one network
 * at once (moby/moby#42545, Debian 12 ships 20.10.24): from then on every container start, network
 * call and cleanup waits forever while /version still answers. Without a watchdog a selftest on
 * such an engine hangs until CI kills it; with one it stops within about `boundMs` and says why.
 */
export function watchEngine(everyMs = 5_000, boundMs = 30_000, env: NodeJS.ProcessEnv = process.env): EngineWatchdog {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const stuck = new Promise<EngineTrouble>((resolve) => {
    const check = async () => {
      if (stopped) return;
      const networks = await probeEngine(boundMs, env, "/networks");
      if (stopped) return;
      if (networks.ok) {
        timer = setTimeout(check, everyMs);
        timer.unref();
        return;
      }
      const version = await probeEngine(1_500, env, "/version");
      resolve(
        version.ok
          ? { deadlocked: true, detail: `the engine (${version.detail}) answers /version but not /networks within ${boundMs / 1000}s: its network controller is deadlocked` }
          : { deadlocked: false, detail: `the engine stopped answering (${version.detail})` },
      );
    };
    timer = setTimeout(check, everyMs);
    timer.unref();
  });
  return {
    stuck,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
