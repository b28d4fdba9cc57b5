import { KrakenError } from "../server/errors.js";

/** The Relay arguments every Kraken connection takes. */
export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}

export interface PaginationOptions {
  /** Largest `first` or `last` accepted (KT-CT-1202 above it). */
  maxPageSize?: number;
  /** Whether `first` or `last` must be given (KT-CT-1201 without). */
  required?: boolean;
}

/** A half-open slice [offset, offset + limit) of a list of `total` items. */
export interface PageWindow {
  offset: number;
  limit: number;
  total: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
}

export interface Connection<T> {
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { node: T; cursor: string }[];
  totalCount: number;
  edgeCount: number;
}

export const DEFAULT_MAX_PAGE_SIZE = 100;
const CURSOR_PREFIX = "arrayconnection:";

/** Encodes a list position as an opaque cursor, as graphene does. */
export function encodeCursor(index: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${index}`).toString("base64");
}

function decodeCursor(cursor: string, argument: string): number {
  const text = Buffer.from(cursor, "base64").toString("utf8");
  const index = Number(text.slice(CURSOR_PREFIX.length));

  if (
    !text.startsWith(CURSOR_PREFIX) ||
    !Number.isInteger(index) ||
    index < 0
  ) {
    throw new KrakenError("KT-CT-1605", {
      detail:
        `${argument} cursor ${JSON.stringify(cursor)} is not a cursor ` +
        `from this connection; use a pageInfo or edge cursor.`,
      inputPath: [argument],
    });
  }

  return index;
}

function checkPageSize(
  argument: "first" | "last",
  value: number,
  maxPageSize: number,
): void {
  if (value < 0) {
    throw new KrakenError("KT-CT-1605", {
      detail: `${argument} must be 0 or more, not ${value}.`,
      inputPath: [argument],
    });
  }

  if (value > maxPageSize) {
    throw new KrakenError("KT-CT-1202", {
      detail: `${argument} is ${value}; the maximum is ${maxPageSize}.`,
      inputPath: [argument],
    });
  }
}

/**
 * Works out which slice of `total` items a page request selects, following
 * the Relay cursor connection algorithm. An empty `after` or `before` means
 * no cursor.
 */
export function resolvePageWindow(
  args: ConnectionArgs,
  total: number,
  options: PaginationOptions = {},
): PageWindow {
  const maxPageSize = options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE;
  const { first, last } = args;

  if (options.required !== false && first == null && last == null) {
    throw new KrakenError("KT-CT-1201", {
      detail: "Give first or last to page through this connection.",
    });
  }

  if (first != null) checkPageSize("first", first, maxPageSize);
  if (last != null) checkPageSize("last", last, maxPageSize);

  const afterIndex = args.after ? decodeCursor(args.after, "after") : -1;
  const beforeIndex = args.before ? decodeCursor(args.before, "before") : total;
  let start = Math.min(Math.max(afterIndex + 1, 0), total);
  let end = Math.max(Math.min(beforeIndex, total), start);

  if (first != null) {
    end = Math.min(end, start + first);
  }

  if (last != null) {
    start = Math.max(start, end - last);
  }

  const pageSize = first ?? last ?? maxPageSize;
  const limit = Math.min(end - start, pageSize);

  return {
    offset: start,
    limit,
    total,
    hasPreviousPage: last != null ? start > Math.max(afterIndex + 1, 0) : false,
    hasNextPage:
      first != null ? start + limit < Math.min(beforeIndex, total) : false,
  };
}

/** Builds a connection from the nodes of one resolved page window. */
export function buildConnection<T>(
  nodes: readonly T[],
  window: PageWindow,
): Connection<T> {
  const edges = nodes.map((node, index) => ({
    node,
    cursor: encodeCursor(window.offset + index),
  }));

  return {
    pageInfo: {
      hasNextPage: window.hasNextPage,
      hasPreviousPage: window.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    totalCount: window.total,
    edgeCount: edges.length,
  };
}

/** Pages through a list that is already in memory. */
export function connectionFromArray<T>(
  items: readonly T[],
  args: ConnectionArgs,
  options?: PaginationOptions,
): Connection<T> {
  const window = resolvePageWindow(args, items.length, options);
  const nodes = items.slice(window.offset, window.offset + window.limit);

  return buildConnection(nodes, window);
}
