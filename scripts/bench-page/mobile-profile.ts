// The throttled phone the page benchmark loads pages on: Lighthouse's default mobile settings,
// applied in the browser as Lighthouse's own "devtools" throttling mode applies them.
//
// Lighthouse's "slow 4G" (core/config/constants.js, throttling.mobileSlow4G) is 150 ms RTT,
// 1.6 Mbps down, 750 Kbps up, and a CPU four times slower. Its default mode simulates that from an
// unthrottled trace; applied in the browser instead (Chrome's throttling works per request, not per
// packet), Lighthouse multiplies the latency by 3.75 and the throughputs by 0.9
// (DEVTOOLS_RTT_ADJUSTMENT_FACTOR, DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR): 562.5 ms per request,
// 1,474.56 Kbps down, 675 Kbps up. Those are the figures used here.

const RTT_ADJUSTMENT = 3.75;
const THROUGHPUT_ADJUSTMENT = 0.9;
const kbpsToBytesPerSecond = (kbps: number) => (kbps * 1024) / 8;

/** The arguments of CDP's Network.emulateNetworkConditions. */
export const SLOW_4G = {
  offline: false,
  latency: 150 * RTT_ADJUSTMENT,
  downloadThroughput: kbpsToBytesPerSecond(1.6 * 1024 * THROUGHPUT_ADJUSTMENT),
  uploadThroughput: kbpsToBytesPerSecond(750 * THROUGHPUT_ADJUSTMENT),
};

/** CDP's Emulation.setCPUThrottlingRate: the page's main thread runs this many times slower. */
export const CPU_SLOWDOWN = 4;

/** Playwright's device for the phone (the e2e suite's phone project uses the same). */
export const PHONE = 'Pixel 7';
