import {
  mpanCheckDigit,
  mprnCheckDigits,
} from "../../shared/meter-identifiers.js";
import { Random } from "./random.js";

/**
 * Identifiers are derived from a counter by a bijection on 32 bits, so
 * different counters never collide and the values still look random.
 */
function scramble(counter: number, salt: number): number {
  let x = Math.imul(counter >>> 0, 0x9e3779b1) >>> 0;
  x = (x ^ salt) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x85ebca6b) >>> 0;

  return (x ^ (x >>> 13)) >>> 0;
}

function saltOf(seed: number, name: string): number {
  return Math.floor(new Random(seed, `salt:${name}`).next() * 4_294_967_296);
}

/** 2^26 - 1: 26-bit MPRN counters keep 10,000,000 + x within 8 digits. */
const MPRN_MASK = 0x3ffffff;

function hex8(value: number): string {
  return value.toString(16).toUpperCase().padStart(8, "0");
}

/** Derives the unique identifiers of one generation run. */
export class Identifiers {
  private readonly salts: Record<string, number>;

  constructor(seed: number) {
    const names = [
      "account",
      "user",
      "ledger",
      "uprn",
      "mpan",
      "mprn",
      "device",
    ];
    this.salts = Object.fromEntries(
      names.map((name) => [name, saltOf(seed, name)]),
    );
  }

  private next(name: string, counter: number): number {
    return scramble(counter, this.salts[name] ?? 0);
  }

  /** Kraken account number, e.g. `A-1430FC16`. */
  accountNumber(index: number): string {
    return `A-${hex8(this.next("account", index))}`;
  }

  userNumber(index: number): string {
    return `U-${hex8(this.next("user", index))}`;
  }

  ledgerNumber(counter: number): string {
    return `L-${hex8(this.next("ledger", counter))}`;
  }

  /** Derives a 12-digit Unique Property Reference Number. */
  uprn(index: number): string {
    return String(100_000_000_000 + this.next("uprn", index));
  }

  /** Derives an MPAN core: distributor id, 10 unique digits and a check digit. */
  mpan(distributorId: string, counter: number): string {
    const body = `${distributorId}${String(this.next("mpan", counter)).padStart(10, "0")}`;

    return `${body}${mpanCheckDigit(body)}`;
  }

  /** Derives a 10-digit MPRN: 8 unique digits not starting with 0 and 2 check digits. */
  mprn(counter: number): string {
    // Odd multiplication, xor and xorshift are each bijections modulo 2^26.
    let x = Math.imul(counter, 0x2f0b5) & MPRN_MASK;
    x ^= (this.salts.mprn ?? 0) & MPRN_MASK;
    x ^= x >>> 13;
    const body = String(10_000_000 + x);

    return `${body}${mprnCheckDigits(body)}`;
  }

  /** Derives an EUI-64 device id in Kraken's form, e.g. `00-1C-D5-FF-0A-21-9B-07`. */
  deviceId(oui: string, counter: number): string {
    const unique = hex8(this.next("device", counter));
    const bytes = [
      ...oui.split("-"),
      unique.slice(0, 2),
      unique.slice(2, 4),
      unique.slice(4, 6),
      unique.slice(6, 8),
    ];

    return [...bytes.slice(0, 3), "FF", ...bytes.slice(3)].join("-");
  }
}
