/**
 * Something the tests of a file (or a describe block) share, such as a database or the Slack stand-in:
 * made by `start` before they run and given to `stop` after them. What this returns stands for it in
 * every test and hook once it is made, so a file needs no `let` and no hooks of its own for it.
 */
export function shareAcrossTests<T extends object>(start: () => Promise<T>, stop: (made: T) => Promise<unknown>): T {
  let made: T | undefined;
  beforeAll(async () => {
    made = await start();
  });
  afterAll(async () => {
    if (made) await stop(made);
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!made) throw new Error('used before it was made: use it in a test or a hook');
      const value = Reflect.get(made, key);
      // Methods run on the thing itself (a class's private fields are not reachable through a proxy).
      return typeof value === 'function' ? value.bind(made) : value;
    },
  });
}
