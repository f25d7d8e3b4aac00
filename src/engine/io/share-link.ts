/**
 * engine/io/share-link — a whole Causeway document carried in a URL fragment, with no server.
 *
 * Contract: `encodeShareFragment(doc)` gives `c1.<base64url of zlib(JSON)>`; `decodeShareFragment`
 * undoes it and never throws: a wrong prefix, bad characters, a cut-off or altered payload (zlib's
 * header and Adler-32 checks, verified here, and the deflate stream catch both), a payload that inflates past the size limit
 * (checked while inflating, so a small "zip bomb" cannot exhaust memory), bad JSON and a document
 * that fails validation each get their own reason and sentence. A decoded document is only data:
 * every verdict shown for it is recomputed from its graph.
 * Complexity: O(size of the document). Reference: RFC 1950 (zlib), RFC 4648 §5 (base64url).
 */
import { Unzlib, strFromU8, strToU8, zlibSync } from 'fflate';
import type { CausewayDocument } from './document-types';
import { DOCUMENT_LIMITS } from './document-types';
import { serializeDocument } from './document';
import { validateDocument } from './document-validate';

export const SHARE_PREFIX = 'c1.';
/** Longest fragment we accept; browsers and chat tools start to cut links well before 2 MB. */
export const MAX_SHARE_FRAGMENT = 1_500_000;

export type ShareFailure = 'not-a-share-link' | 'damaged' | 'too-large' | 'invalid-document';

export type ShareDecode =
  | { readonly ok: true; readonly document: CausewayDocument }
  | { readonly ok: false; readonly reason: ShareFailure; readonly message: string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function base64UrlEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Decodes base64url without padding; `null` for a character outside the alphabet or a bad length. */
export function base64UrlDecode(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code] : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

export function encodeShareFragment(doc: CausewayDocument): string {
  return SHARE_PREFIX + base64UrlEncode(zlibSync(strToU8(serializeDocument(doc)), { level: 9 }));
}

const DAMAGED = 'This share link is damaged or incomplete — it may have been cut off when it was copied. Ask for the link again.';

/** Adler-32 (RFC 1950 §9): fflate inflates zlib streams without checking it, so we do. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function hasIntactChecks(zlib: Uint8Array, inflated: Uint8Array): boolean {
  const header = (zlib[0] << 8) | zlib[1];
  if ((zlib[0] & 15) !== 8 || header % 31 !== 0) return false;
  const n = zlib.length;
  const stored = ((zlib[n - 4] << 24) | (zlib[n - 3] << 16) | (zlib[n - 2] << 8) | zlib[n - 1]) >>> 0;
  return stored === adler32(inflated);
}

/** Inflates with a running size check; `null` when damaged, `'too-large'` past the limit. */
function inflateBounded(bytes: Uint8Array, limit: number): Uint8Array | null | 'too-large' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  let done = false;
  const inflater = new Unzlib((chunk, final) => {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < bytes.length && !tooLarge; i += 16_384) {
      inflater.push(bytes.subarray(i, i + 16_384), i + 16_384 >= bytes.length);
    }
  } catch {
    return tooLarge ? 'too-large' : null;
  }
  if (tooLarge) return 'too-large';
  if (!done) return null;
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Reads a fragment (with or without the leading `#`). */
export function decodeShareFragment(fragment: string): ShareDecode {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(SHARE_PREFIX)) {
    return { ok: false, reason: 'not-a-share-link', message: 'This link does not carry a Causeway graph.' };
  }
  if (text.length > MAX_SHARE_FRAGMENT) {
    return { ok: false, reason: 'too-large', message: 'This share link is too long to open safely.' };
  }
  const bytes = base64UrlDecode(text.slice(SHARE_PREFIX.length));
  if (!bytes || bytes.length < 6) return { ok: false, reason: 'damaged', message: DAMAGED };
  const inflated = inflateBounded(bytes, DOCUMENT_LIMITS.maxTextLength);
  if (inflated === 'too-large') {
    return { ok: false, reason: 'too-large', message: 'The graph in this link is larger than Causeway opens (5 MB).' };
  }
  if (!inflated || !hasIntactChecks(bytes, inflated)) return { ok: false, reason: 'damaged', message: DAMAGED };
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(inflated));
  } catch {
    return { ok: false, reason: 'damaged', message: DAMAGED };
  }
  const result = validateDocument(value as Parameters<typeof validateDocument>[0]);
  if (!result.ok) {
    const first = result.errors[0]?.message ?? 'unknown problem';
    return { ok: false, reason: 'invalid-document', message: `The graph in this link is not a valid Causeway document: ${first}` };
  }
  return { ok: true, document: result.document };
}
