const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes from standard base64 text. (The core has no atob: its lib is ES2022 alone.) */
export function decodeBase64(text: string): Uint8Array {
  const digits = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((digits.length * 3) / 4));
  let bits = 0;
  let held = 0;
  let o = 0;
  for (let i = 0; i < digits.length; i++) {
    const value = ALPHABET.indexOf(digits[i]);
    if (value < 0) throw new Error(`not base64: ${JSON.stringify(digits[i])} at ${i}`);
    bits = ((bits << 6) | value) & 0xffffff;
    held += 6;
    if (held >= 8) {
      held -= 8;
      out[o++] = (bits >> held) & 0xff;
    }
  }
  return out;
}
