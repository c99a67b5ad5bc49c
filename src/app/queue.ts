/**
 * One repository at a time within a process: deliveries for the same repository (a burst of
 * pushes, a command arriving mid-sync) run in arrival order, each after the previous one
 * settles; other repositories are not held up. Across replicas the re-read-before-write in the
 * executor and the commit ordering in the issue bodies keep the result right.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(job, job);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget idle keys so the map does not grow with every repository ever seen.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
