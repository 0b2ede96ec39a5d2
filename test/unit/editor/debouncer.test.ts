import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { Debouncer, type Requested } from "../../../src/core/editor/debouncer";
import { ManualTimer } from "../model/manualTimer";

function recorder(delayMs = 200) {
  const clock = new ManualTimer();
  const runs: { key: string; at: number; requested: Requested }[] = [];
  const errors: { key: string; error: unknown }[] = [];
  const debouncer = new Debouncer<string>(
    delayMs,
    (key, requested) => {
      if (key === "throws") throw new RangeError("boom");
      runs.push({ key, at: clock.now(), requested });
    },
    (key, error) => errors.push({ key, error }),
    clock,
  );
  return { clock, runs, errors, debouncer };
}

describe("validation debouncer", () => {
  it("checks a burst of keystrokes once, one interval after the last of them", async () => {
    const { clock, runs, debouncer } = recorder();
    for (let i = 0; i < 10; i++) {
      debouncer.schedule("a.tcreq.json");
      await clock.advance(50); // typing faster than the interval
    }
    assert.equal(runs.length, 0, "nothing is checked while the user types");
    await clock.advance(149);
    assert.equal(runs.length, 0, "not before the interval has passed since the last keystroke");
    await clock.advance(1);
    assert.deepEqual(runs, [{ key: "a.tcreq.json", at: 650, requested: { first: 0, last: 450 } }]);
    await clock.advance(10_000);
    assert.equal(runs.length, 1, "and only once");
  });

  it("keeps documents apart: typing in one does not delay another", async () => {
    const { clock, runs, debouncer } = recorder();
    debouncer.schedule("a");
    await clock.advance(100);
    debouncer.schedule("b");
    await clock.advance(100);
    debouncer.schedule("b");
    assert.deepEqual(runs.map((r) => [r.key, r.at]), [["a", 200]]);
    await clock.advance(200);
    assert.deepEqual(runs.map((r) => [r.key, r.at]), [["a", 200], ["b", 400]]);
  });

  it("a delay of 0 runs on the next turn, not in the call that scheduled it (start-up)", async () => {
    const { clock, runs, debouncer } = recorder();
    debouncer.schedule("open-at-start-up", 0);
    assert.equal(runs.length, 0, "schedule never runs the check itself");
    await clock.advance(0);
    assert.equal(runs.length, 1);
  });

  it("a new burst after a run starts its own 'first' time", async () => {
    const { clock, runs, debouncer } = recorder();
    debouncer.schedule("a");
    await clock.advance(300);
    debouncer.schedule("a");
    await clock.advance(200);
    assert.deepEqual(runs[1]!.requested, { first: 300, last: 300 });
  });

  it("cancel drops a pending check, dispose drops all of them", async () => {
    const { clock, runs, debouncer } = recorder();
    debouncer.schedule("closed");
    debouncer.schedule("x");
    debouncer.schedule("y");
    debouncer.cancel("closed");
    assert.equal(debouncer.isPending("closed"), false);
    assert.equal(debouncer.isPending("x"), true);
    debouncer.dispose();
    assert.equal(clock.pending.length, 0);
    await clock.advance(1000);
    assert.deepEqual(runs, []);
  });

  it("an error in one check goes to onError and does not stop the others", async () => {
    const { clock, runs, errors, debouncer } = recorder();
    debouncer.schedule("throws");
    debouncer.schedule("fine");
    await assert.doesNotReject(clock.advance(200));
    assert.equal(errors.length, 1);
    assert.ok(errors[0]!.error instanceof RangeError);
    assert.deepEqual(runs.map((r) => r.key), ["fine"]);
  });
});
