import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm; its enum is a const enum that isolated modules cannot
// read, and the database refuses any other kind of hash) with OWASP's first recommended setting:
// 19 MiB, 2 passes, 1 lane, about 20 ms here. The parameters live in each stored PHC string, so
// raising them later leaves old hashes valid.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a wrong password, not a crash of the sign-in page.
    return false;
  }
}

// Made once per process, from a random password nobody knows: verifying against it costs what a
// real verification costs, so a sign-in with an unknown email takes as long as one with a known one.
let dummyHash: Promise<string> | undefined;

/** Spends one verification's time and always fails. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await dummyHash, password);
  return false;
}
