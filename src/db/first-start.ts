import cliProgress from "cli-progress";

import type { Config } from "../config.js";
import type { Logger } from "../server/logger.js";
import type { Db } from "./database.js";
import { generateDemoData, isDatabaseEmpty } from "./demo/index.js";
import type { DemoLogin } from "./demo/index.js";

/**
 * Fills an empty database with the demo data set on first start, showing
 * a progress bar on a terminal and progress log lines otherwise. Returns
 * the demo login, or null when nothing was generated.
 */
export async function seedOnFirstStart(
  db: Db,
  config: Config,
  logger: Logger,
): Promise<DemoLogin | null> {
  if (config.demoAccounts === 0 || !(await isDatabaseEmpty(db))) {
    return null;
  }

  const started = Date.now();
  const total = config.demoAccounts;
  logger.info(
    { accounts: total, seed: config.demoSeed },
    "generating demo data on first start",
  );

  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: "demo data [{bar}] {value}/{total} accounts {eta}s left" },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0);
  let lastLogged = 0;

  const login = await generateDemoData(db, {
    accounts: total,
    seed: config.demoSeed,
    onProgress: (done) => {
      bar?.update(done);

      if (!bar && (done === total || Date.now() - lastLogged > 5000)) {
        lastLogged = Date.now();
        logger.info({ done, total }, "demo data progress");
      }
    },
  });
  bar?.stop();
  logger.info(
    { accounts: total, seconds: (Date.now() - started) / 1000 },
    "demo data ready",
  );

  return login;
}
