import { strict as assert } from "node:assert";
import { describe, it } from "node:test";
import { DEFAULT_POLL_SCHEDULE, PollSchedule } from "../../../src/core/model/pollSchedule";

describe("PollSchedule", () => {
  it("backs off while nothing changes, up to its maximum", () => {
    const s = new PollSchedule({ initialMs: 1000, factor: 2, maxMs: 5000, giveUpAfterMs: 60_000 });
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      delays.push(s.delay());
      s.quiet();
    }
    assert.deepEqual(delays, [1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it("starts over when something moved", () => {
    const s = new PollSchedule({ initialMs: 1000, factor: 2, maxMs: 5000, giveUpAfterMs: 60_000 });
    s.quiet();
    s.quiet();
    s.reset();
    assert.equal(s.delay(), 1000);
  });

  it("polls every 2 s at first and never less often than every 30 s by default", () => {
    const s = new PollSchedule();
    assert.equal(s.delay(), 2000);
    for (let i = 0; i < 50; i++) s.quiet();
    assert.equal(s.delay(), 30_000);
    assert.equal(DEFAULT_POLL_SCHEDULE.giveUpAfterMs, 30 * 60_000);
  });
});
