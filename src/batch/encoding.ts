/**
 * The text of an input file as people really save it: Excel on a French Windows writes its CSV
 * in Windows-1252 (« D\xe9marche »), other tools in UTF-8 with or without a byte-order mark.
 * Decoded by iconv-lite; the encoding is detected (BOM, else valid UTF-8, else Windows-1252)
 * unless `--encoding` names it.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { UsageError } from '../model/errors.js';

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite names it. */
  encoding: string;
  /** How it was chosen, for `--debug`. */
  why: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** `--encoding`: a name iconv-lite knows (utf-8, windows-1252, latin1, utf-16le…). */
export function parseEncoding(v: string): string {
  const name = v.trim().toLowerCase();
  if (!iconv.encodingExists(name)) throw new UsageError(`--encoding: unknown encoding "${v}" (e.g. utf-8, windows-1252, iso-8859-15, utf-16le)`);
  return name;
}

/** Decode a file's bytes; the byte-order mark, when there is one, is not part of the text. */
export function decodeInput(bytes: Buffer, forced?: string): Decoded {
  if (forced) return { text: stripBom(iconv.decode(bytes, forced)), encoding: forced, why: 'given by --encoding' };
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) return { text: stripBom(iconv.decode(bytes, bom.encoding)), encoding: bom.encoding, why: 'byte-order mark' };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8', why: 'valid UTF-8' };
  return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252', why: 'not valid UTF-8' };
}

function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}
