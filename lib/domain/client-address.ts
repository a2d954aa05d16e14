import { isIP } from 'node:net';

// Which address a request came from, given the X-Forwarded-For header as the app receives it and
// how many proxies of our own stand in front of the app (TRUSTED_PROXIES).
//
// Next.js 16 gives application code no access to the socket: it writes the peer's address into
// X-Forwarded-For, and only when the request has no such header (`??=` in next/dist/server/
// base-server.js). Each trusted proxy appends the address it received the request from. So:
//
//   no proxy (0):   the header is the socket's address, as Next.js wrote it: its last entry.
//   N proxies:      the proxy next to the app appended the address of the hop before it, and so
//                   on: the client is the Nth entry from the right. Everything left of it was
//                   written by the client and is never read.
//
// With no proxy in front, a client that sends its own X-Forwarded-For keeps Next.js from writing
// the socket's address, and the last entry is then the client's choice (docs/security.md says
// why a public deployment should put a proxy in front). An entry that is no IP address gives null,
// so that a forged word never reaches an audit row.

/** The client's address, or null when the header has too few entries or the entry is no IP address. */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string | null {
  if (!forwardedFor) return null;
  const entries = forwardedFor.split(',').map((entry) => entry.trim());
  const entry = entries[entries.length - Math.max(trustedProxies, 1)];
  return entry === undefined ? null : normalizeAddress(entry);
}

/** An IP address as the limits and the audit log compare it, or null when `entry` is none. */
export function normalizeAddress(entry: string): string | null {
  // A proxy may write an IPv6 address in brackets, or an IPv4 address with its port.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  const address = (bracketed?.[1] ?? withPort?.[1] ?? entry).toLowerCase();
  if (!isIP(address)) return null;
  // An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d: one client, one spelling.
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  return mapped?.[1] ?? address;
}
