import { ConfigError, loadConfig } from "./config.js";
import type { DemoLogin } from "./db/demo/index.js";
import { DataDirectoryLockedError } from "./db/pid-lock.js";
import { createHttpServer } from "./server/http.js";
import { createLogger } from "./server/logger.js";
import { startRuntime } from "./server/services.js";
import { StartupError } from "./server/startup-error.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const runtime = await startRuntime(config, logger);
  const server = createHttpServer(runtime.yoga);

  server.on("error", (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === "EADDRINUSE"
        ? `port ${config.port} on ${config.host} is already in use; ` +
          "stop the other server or set PORT"
        : error.message;
    logger.fatal({ code: error.code }, `cannot listen: ${reason}`);
    void runtime.close().finally(() => process.exit(1));
  });

  server.listen(config.port, config.host, () => {
    logger.info({ url: config.publicUrl }, "serving the Kraken GraphQL API");
    printWelcome(config.publicUrl, runtime.demoLogin);
  });

  const stop = (signal: string) => {
    logger.info({ signal }, "shutting down");
    server.close();
    void runtime.close().finally(() => process.exit(0));
  };

  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** Tells a person at the terminal where the API is and how to log in. */
function printWelcome(url: string, login: DemoLogin | null): void {
  const lines = [
    ``,
    `Kraken GraphQL API: ${url} (open it in a browser for GraphiQL)`,
  ];

  if (login) {
    lines.push(
      `Demo data created. Log in with obtainKrakenToken using`,
      `  email ${login.email}  password ${login.password}`,
      `  or APIKey ${login.apiKey}  (account ${login.accountNumber})`,
    );
  } else {
    lines.push(`The demo login (seed 1) is in the README.`);
  }

  console.log(lines.join("\n") + "\n");
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof DataDirectoryLockedError ||
    error instanceof StartupError
  ) {
    console.error(error.message);
  } else {
    console.error("Failed to start:", error);
  }

  process.exit(1);
});
