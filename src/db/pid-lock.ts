import fs from "node:fs";
import path from "node:path";

/** Thrown when another live process has the PGlite data directory open. */
export class DataDirectoryLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claims the PGlite data directory for this process. PGlite runs inside one
 * process, so a second process opening the same files would corrupt them.
 * A lock left by a process that has died is taken over. Returns a function
 * that releases the lock.
 */
export function lockDataDirectory(dataDir: string, owner: string): () => void {
  const lockFile = path.join(dataDir, "server.pid");
  fs.mkdirSync(dataDir, { recursive: true });

  if (fs.existsSync(lockFile)) {
    const [pidText, holder] = fs.readFileSync(lockFile, "utf8").split("\n");
    const pid = Number(pidText);

    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
      throw new DataDirectoryLockedError(
        `${dataDir} is in use by ${holder || "another process"} ` +
          `(pid ${pid}); stop it first or set DATA_DIR to another directory.`,
      );
    }
  }

  fs.writeFileSync(lockFile, `${process.pid}\n${owner}\n`);

  return () => {
    const current = fs.readFileSync(lockFile, "utf8").split("\n")[0];

    if (Number(current) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}
