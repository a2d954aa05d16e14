import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cumulativeLayoutShift, median, timeToInteractive, totalBlockingTime } from './paint-metrics';

const task = (start: number, end: number) => ({ start, end });

test('TTI is FCP when nothing blocks and the network is quiet after it', () => {
  assert.equal(timeToInteractive({ fcp: 800, longTasks: [], requests: [task(0, 700)], recordedUntil: 6000 }), 800);
});

test('TTI is the end of the last long task before five quiet seconds, not of a later one', () => {
  const longTasks = [task(900, 1000), task(1200, 1400), task(7000, 7100)];
  assert.equal(timeToInteractive({ fcp: 800, longTasks, requests: [], recordedUntil: 20_000 }), 1400);
});

test('three requests in flight keep the network busy; two do not', () => {
  const three = [task(0, 3000), task(0, 3000), task(0, 3000)];
  assert.equal(timeToInteractive({ fcp: 500, longTasks: [], requests: three, recordedUntil: 9000 }), 500);
  assert.equal(timeToInteractive({ fcp: 500, longTasks: [], requests: three, recordedUntil: 7000 }), undefined);
  const longTasks = [task(2000, 2100)];
  assert.equal(timeToInteractive({ fcp: 500, longTasks, requests: three, recordedUntil: 9000 }), 2100);
  assert.equal(timeToInteractive({ fcp: 500, longTasks, requests: three.slice(1), recordedUntil: 9000 }), 2100);
});

test('no quiet window within the recording: no TTI', () => {
  assert.equal(
    timeToInteractive({ fcp: 500, longTasks: [task(3000, 3100)], requests: [], recordedUntil: 7000 }),
    undefined,
  );
});

test('TBT counts what each long task blocks beyond 50 ms, only between FCP and TTI', () => {
  assert.equal(totalBlockingTime([task(100, 200), task(300, 330), task(400, 520)], 0, 1000), 50 + 70);
  // A task across FCP counts from FCP; across TTI, until TTI.
  assert.equal(totalBlockingTime([task(0, 200)], 100, 1000), 50);
  assert.equal(totalBlockingTime([task(900, 1200)], 0, 1000), 50);
  assert.equal(totalBlockingTime([task(0, 90), task(1100, 1300)], 100, 1000), 0);
});

test('CLS is the largest session window of shifts without recent input', () => {
  const shift = (startTime: number, value: number, hadRecentInput = false) => ({ startTime, value, hadRecentInput });
  assert.equal(cumulativeLayoutShift([]), 0);
  // Two windows (a gap of over a second): the larger one, not the sum of both.
  assert.equal(cumulativeLayoutShift([shift(100, 0.02), shift(500, 0.03), shift(3000, 0.04)]), 0.05);
  // A shift right after input does not count.
  assert.equal(cumulativeLayoutShift([shift(100, 0.02), shift(200, 0.5, true)]), 0.02);
  // A window closes after five seconds even without a gap.
  const steady = Array.from({ length: 12 }, (_, i) => shift(i * 900, 0.01));
  assert.ok(Math.abs(cumulativeLayoutShift(steady) - 0.06) < 1e-9);
});

test('the median of an odd and an even count', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.throws(() => median([]));
});
