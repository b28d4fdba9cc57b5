/**
 * Measures request latency of typical client queries against an
 * in-process server: PGlite in memory by default, or the PostgreSQL
 * database in DATABASE_URL (filled with demo data when empty). Prints a
 * Markdown table of medians and p95s, with each query's median as a ratio
 * of the viewer query's, all from one run on one machine.
 *
 *   npm run bench [-- --iterations 30 --accounts 20]
 */
import { parseArgs } from "node:util";

import { openDatabase } from "../src/db/database.js";
import { generateDemoData, isDatabaseEmpty } from "../src/db/demo/index.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { startLocalServer } from "../src/server/local-server.js";
import { benchmarkCases } from "./cases.js";
import type { BenchContext } from "./cases.js";

const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: "30" },
    accounts: { type: "string", default: "20" },
  },
});
const iterations = Number(values.iterations);
const accounts = Number(values.accounts);

async function post(url: string, body: object, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: token } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: unknown[]; data?: any };

  if (json.errors) {
    throw new Error(`benchmark query failed: ${JSON.stringify(json.errors)}`);
  }

  return json.data;
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(
    sorted.length - 1,
    Math.floor(sorted.length * fraction),
  );

  return sorted[index] ?? Number.NaN;
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  const db = openDatabase({ databaseUrl, pgliteDir: "memory://" });
  await migrateToLatest(db);
  const started = Date.now();
  const fresh = await isDatabaseEmpty(db);
  const login = fresh
    ? await generateDemoData(db, { accounts, seed: 1 })
    : null;

  if (!login) {
    throw new Error("the benchmark needs an empty database to fill");
  }

  console.error(
    `demo data: ${accounts} accounts in ${Date.now() - started} ms`,
  );
  const server = await startLocalServer(db);
  const tokenData = await post(server.url, {
    query: `mutation($key: String!) {
      obtainKrakenToken(input: { APIKey: $key }) { token }
    }`,
    variables: { key: login.apiKey },
  });
  const context: BenchContext = {
    db,
    login,
    token: tokenData.obtainKrakenToken.token as string,
  };
  const rows: string[] = [];
  let baseline = Number.NaN;

  for (const benchCase of await benchmarkCases(context)) {
    const body = { query: benchCase.query, variables: benchCase.variables };

    for (let i = 0; i < 3; i += 1) await post(server.url, body, context.token);

    const samples: number[] = [];

    for (let i = 0; i < iterations; i += 1) {
      const begin = performance.now();
      await post(server.url, body, context.token);
      samples.push(performance.now() - begin);
    }

    samples.sort((a, b) => a - b);
    const median = percentile(samples, 0.5);

    if (Number.isNaN(baseline)) baseline = median;

    rows.push(
      `| ${benchCase.name} | ${median.toFixed(1)} | ` +
        `${percentile(samples, 0.95).toFixed(1)} | ` +
        `${(median / baseline).toFixed(1)}x |`,
    );
  }

  console.log(
    `database: ${databaseUrl ? "PostgreSQL server" : "PGlite"}; ` +
      `${iterations} timed requests per query after 3 warm-up requests`,
  );
  console.log("| query | median ms | p95 ms | median vs viewer |");
  console.log("|---|---|---|---|");
  console.log(rows.join("\n"));
  await server.close();
  await db.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
