import { ConfigError, loadConfig } from "./config.js";
import { createHttpServer } from "./server/http.js";
import { createLogger } from "./server/logger.js";
import { startRuntime } from "./server/services.js";

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
    logger.fatal({ err: error }, `cannot listen: ${reason}`);
    void runtime.close().finally(() => process.exit(1));
  });

  server.listen(config.port, config.host, () => {
    logger.info({ url: config.publicUrl }, "serving the Kraken GraphQL API");
  });

  const stop = (signal: string) => {
    logger.info({ signal }, "shutting down");
    server.close();
    void runtime.close().finally(() => process.exit(0));
  };

  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error("Failed to start:", error);
  }

  process.exit(1);
});
