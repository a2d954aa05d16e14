/** Seconds in a duration written as wrk takes it: "10s", "5m", "1h", or bare seconds ("30"). */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(text.trim());
  const seconds = match
    ? Number(match[1]) * { s: 1, m: 60, h: 3600 }[(match[2] as 's' | 'm' | 'h' | undefined) ?? 's']
    : NaN;
  if (!(seconds >= 1)) throw new Error(`not a duration of at least one second: "${text}" (write 10s, 5m, …)`);
  return seconds;
}
