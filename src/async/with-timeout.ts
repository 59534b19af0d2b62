/**
 * netlab's one bound: settles as `work` does, or as `onTimeout` says once `ms` have passed, whichever
 * comes first (return a value such as "timeout", or throw the error that names what was waited for).
 * The timer never outlives the bound, so it holds no process open. `work` is not cancelled: a caller
 * that can stop it (kill a process, close a socket) does so itself.
 */
export function withTimeout<T, U>(work: Promise<T>, ms: number, onTimeout: () => U): Promise<T | U> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<U>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(onTimeout());
      } catch (err) {
        reject(err);
      }
    }, ms);
  });
  return Promise.race([work, bound]).finally(() => clearTimeout(timer));
}
