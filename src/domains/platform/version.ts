import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../..",
);

/** Reads the release number from package.json. */
export function readReleaseNumber(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, "package.json"), "utf8"),
  ) as { version: string };

  return manifest.version;
}

/**
 * Finds the commit the server runs from: SOURCE_COMMIT when a deployment
 * sets it, otherwise git's HEAD, otherwise null (a tarball install).
 */
export function readSourceCommit(): string | null {
  const fromEnv = process.env.SOURCE_COMMIT?.trim();

  if (fromEnv) return fromEnv;

  try {
    return execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}
