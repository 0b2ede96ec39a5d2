/**
 * A minimal test registry for the extension host (mocha is not a dependency, and node:test runs files in child
 * processes, which cannot reach the `vscode` module). Tests run one after the other; any failure fails the run.
 */
type TestFn = () => Promise<void> | void;

const registered: { name: string; fn: TestFn; timeoutMs: number }[] = [];

export function vscodeTest(name: string, fn: TestFn, timeoutMs = 60_000): void {
  registered.push({ name, fn, timeoutMs });
}

export async function runRegisteredTests(): Promise<void> {
  const failures: string[] = [];
  for (const t of registered) {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(t.fn),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${t.timeoutMs / 1000} s`)), t.timeoutMs))),
      ]);
      console.log(`  ✔ ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      console.log(`  ✖ ${t.name}\n    ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      failures.push(t.name);
    } finally {
      clearTimeout(timer);
    }
  }
  if (failures.length) throw new Error(`${failures.length} of ${registered.length} tests failed: ${failures.join("; ")}`);
}
