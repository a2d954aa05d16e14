import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TOTP_PERIOD_SECONDS, totpCodeAt, totpStep } from '../../lib/auth/totp';

// The authenticator app, as the specs play it. The server accepts the code of the step before now,
// of now or of the step after (lib/auth/totp.ts), and only of a step later than the last it
// accepted for the account (replay). The specs record, per secret, the last step they gave a code
// of, and give the earliest step still acceptable: one account signs in up to three times in a
// 30-second step before a code has to wait for the next step. The record is a file, so that it
// outlives a worker and is shared by the global setup and the specs; no two specs sign one account
// in at the same moment, so no lock is needed.

const PERIOD_MS = TOTP_PERIOD_SECONDS * 1000;
/** Time for a code to reach the server: the previous step's code is not given this close to a step's end. */
const IN_FLIGHT_MS = 3_000;

const recordOf = (secret: string) =>
  path.join(tmpdir(), `countercheck-e2e-totp-${createHash('sha256').update(secret).digest('hex').slice(0, 16)}`);

function lastStepGiven(secret: string): number {
  try {
    return Number(readFileSync(recordOf(secret), 'utf8'));
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

/** A code for `secret` that the server will take as no replay, waiting for the next step only when it must. */
export async function authenticatorCode(secret: string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = totpStep(new Date(now));
    const earliest = now % PERIOD_MS < PERIOD_MS - IN_FLIGHT_MS ? current - 1 : current;
    const step = Math.max(earliest, lastStepGiven(secret) + 1);
    if (step <= current + 1) {
      writeFileSync(recordOf(secret), String(step));
      return totpCodeAt(secret, new Date(step * PERIOD_MS));
    }
    await sleep(PERIOD_MS - (now % PERIOD_MS) + 100);
  }
}
