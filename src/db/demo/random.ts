/**
 * A seeded pseudo-random number generator (sfc32) for the demo data.
 * The same seed always yields the same sequence, on every platform, so two
 * runs with one seed build identical databases.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = "") {
    const key = hashString(`${seed}:${stream}`);
    this.a = key[0];
    this.b = key[1];
    this.c = key[2];
    this.d = key[3];

    // The first outputs of sfc32 are poorly mixed; discard them.
    for (let i = 0; i < 15; i += 1) this.next();
  }

  /** Returns a float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;

    return (t >>> 0) / 4_294_967_296;
  }

  /** Returns an integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Returns a float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** Returns true with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];

    if (item === undefined) throw new Error("cannot pick from an empty list");

    return item;
  }

  /** Returns a normally distributed float (Box-Muller). */
  normal(mean = 0, deviation = 1): number {
    const u = 1 - this.next();
    const v = this.next();

    return (
      mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    );
  }

  /** Returns `length` decimal digits. */
  digits(length: number): string {
    let text = "";

    for (let i = 0; i < length; i += 1) text += String(this.int(0, 9));

    return text;
  }

  /** Returns `length` upper-case hexadecimal digits. */
  hex(length: number): string {
    let text = "";

    for (let i = 0; i < length; i += 1) {
      text += this.int(0, 15).toString(16).toUpperCase();
    }

    return text;
  }

  /** Returns `length` characters from `alphabet`. */
  characters(alphabet: string, length: number): string {
    let text = "";

    for (let i = 0; i < length; i += 1) {
      text += alphabet[this.int(0, alphabet.length - 1)];
    }

    return text;
  }
}

/** Hashes a string to four 32-bit words (cyrb128). */
function hashString(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;

  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }

  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;

  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
