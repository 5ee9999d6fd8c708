// Turns raw bytes into normalised text, refusing what is not text: empty, binary, invalid UTF-8, too large.
import { TallyError } from '../core/errors.js';

/** Articles larger than this are refused rather than slowing a batch to a crawl. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new TallyError(
      'E_INPUT_TOO_LARGE',
      `${label}: ${bytes.length} bytes is over the limit of ${MAX_INPUT_BYTES}`,
    );
  }
  if (bytes.includes(0)) throw new TallyError('E_INPUT_BINARY', `${label}: binary data (NUL bytes), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TallyError('E_INPUT_ENCODING', `${label}: not valid UTF-8`);
  }
  text = normaliseText(text);
  if (text.trim().length === 0) throw new TallyError('E_INPUT_EMPTY', `${label}: empty input`);
  if (controlShare(text) > 0.05)
    throw new TallyError('E_INPUT_BINARY', `${label}: binary data (control characters), not text`);
  return text;
}

/** NFC, one kind of line ending, no byte-order mark, no other control characters than tab and newline. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

function controlShare(text: string): number {
  let n = 0;
  const sample = Math.min(text.length, 20000);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10) || c === 0xfffd) n++;
  }
  return sample === 0 ? 0 : n / sample;
}
