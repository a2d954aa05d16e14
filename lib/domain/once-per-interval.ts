// Whether to report an event again: once per key per interval, so that a replica that stays down
// under load is logged once a minute, not once per request. Pure but for the state it keeps; the
// caller passes the time.

export function oncePerInterval(intervalMs: number): (key: string, now: number) => boolean {
  const lastReported = new Map<string, number>();
  return (key, now) => {
    const last = lastReported.get(key);
    if (last !== undefined && now - last < intervalMs) return false;
    lastReported.set(key, now);
    return true;
  };
}
