import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs, { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { DatabaseBusyError, lockPGliteDir } from './pglite-lock';

const dir = mkdtempSync(path.join(tmpdir(), 'pglite-lock-'));
const lockFile = path.join(dir, 'countercheck.pid');
after(() => rmSync(dir, { recursive: true, force: true }));

test('claims a free folder with this process id and frees it on release', () => {
  const release = lockPGliteDir(dir);
  assert.equal(readFileSync(lockFile, 'utf8').split(' ')[0], String(process.pid));
  release();
  assert.equal(existsSync(lockFile), false);
});

test('refuses a folder that a running process holds, naming the process', () => {
  writeFileSync(lockFile, String(process.ppid)); // the test runner: alive
  assert.throws(
    () => lockPGliteDir(dir),
    (error: unknown) => error instanceof DatabaseBusyError && error.message.includes(`process ${process.ppid}`),
  );
  assert.equal(readFileSync(lockFile, 'utf8'), String(process.ppid), 'the holder keeps its lock');
});

test('takes over a lock left by a process that is gone', () => {
  writeFileSync(lockFile, '2147483646'); // no such process
  const release = lockPGliteDir(dir);
  assert.equal(readFileSync(lockFile, 'utf8').split(' ')[0], String(process.pid));
  release();
});

test(
  'takes over a lock whose pid now belongs to a later process',
  { skip: !existsSync('/proc/self/stat') && 'needs /proc' },
  () => {
    writeFileSync(lockFile, `${process.ppid} 1`); // the runner's pid, but a start time it never had
    const release = lockPGliteDir(dir);
    assert.equal(readFileSync(lockFile, 'utf8').split(' ')[0], String(process.pid));
    release();
  },
);

test(
  'takes over a lock held by a zombie: a process that exited but was never reaped',
  { skip: !existsSync('/proc/self/stat') && 'needs /proc' },
  async () => {
    // The shell starts a child and becomes `sleep 30`, which never reaps it: a zombie, as `next
    // build` leaves its workers where nothing reaps orphans. The child waits for that exec before it
    // exits: a shell that saw it end first would reap it (seen on a loaded machine).
    const exitAfterExec = '(until grep -q "^sleep" /proc/$$/comm; do sleep 0.01; done) & echo $!; exec sleep 30';
    const parent = spawn('sh', ['-c', exitAfterExec], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number((await once(parent.stdout, 'data'))[0].toString().trim());
      // On a loaded machine the child may be scheduled seconds later.
      const statOf = () => {
        const procStat = readFileSync(`/proc/${zombie}/stat`, 'utf8');
        return procStat.slice(procStat.lastIndexOf(')') + 2).split(' ');
      };
      let stat = statOf();
      for (let waited = 0; stat[0] !== 'Z' && waited < 10_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        stat = statOf();
      }
      assert.equal(stat[0], 'Z', 'the child is a zombie');
      writeFileSync(lockFile, `${zombie} ${stat[19]}`);
      const release = lockPGliteDir(dir);
      assert.equal(readFileSync(lockFile, 'utf8').split(' ')[0], String(process.pid));
      release();
    } finally {
      parent.kill();
    }
  },
);

test('takes over an empty lock whose writer died between creating and writing it', () => {
  writeFileSync(lockFile, '');
  const release = lockPGliteDir(dir);
  assert.equal(readFileSync(lockFile, 'utf8').split(' ')[0], String(process.pid));
  release();
});

test('a rival that claims the folder while this process looks keeps it: the claim is not read, then written', () => {
  // The rival's lock is on disk, but this process's first read sees the file as it was a moment
  // before, empty: as when both start at once. Only an exclusive create notices the rival.
  writeFileSync(lockFile, String(process.ppid)); // the test runner: alive
  const realReadFileSync = fs.readFileSync;
  let staleReads = 1;
  fs.readFileSync = ((...args: Parameters<typeof fs.readFileSync>) =>
    String(args[0]) === lockFile && staleReads-- > 0 ? '' : realReadFileSync(...args)) as typeof fs.readFileSync;
  syncBuiltinESMExports();
  try {
    assert.throws(() => lockPGliteDir(dir), DatabaseBusyError);
  } finally {
    fs.readFileSync = realReadFileSync;
    syncBuiltinESMExports();
  }
  assert.equal(readFileSync(lockFile, 'utf8'), String(process.ppid), 'the rival keeps its lock');
  rmSync(lockFile);
});
