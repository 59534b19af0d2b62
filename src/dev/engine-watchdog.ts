import { engineTrouble, type EngineTrouble } from "../runtime/probe-engine";

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
      const trouble = await engineTrouble(boundMs, env);
      if (stopped) return;
      if (trouble) return resolve(trouble);
      timer = setTimeout(check, everyMs);
      timer.unref();
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
