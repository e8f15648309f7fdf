/**
 * Tiny, valid PDF files for the bad-input tests, written byte by byte (with a real
 * xref table) so each one fails for exactly one reason:
 * - a page that only draws lines (a scan without a text layer, for pdf.js's purposes);
 * - a page of text locked with a user password (standard security handler, RC4 40-bit,
 *   revision 2, as in PDF 1.4 §3.5.2), so opening it without the password must fail.
 */
import { createHash } from 'node:crypto';

const enc = new TextEncoder();
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + (s[i] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    out[k] = (data[k] ?? 0) ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 255] ?? 0);
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) => new Uint8Array(createHash('md5').update(concat(parts)).digest());
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

/** The 32-byte padding of the standard security handler. */
const PAD = Uint8Array.from([0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a]);
const padded = (pw: string) => concat([latin1(pw), PAD]).subarray(0, 32);

interface Encryption {
  readonly userPassword: string;
  readonly ownerPassword: string;
}

/** A one-page PDF whose page content is `content`; encrypted when asked. */
export function makePdf(content: string, encryption?: Encryption): Uint8Array {
  const id = md5(enc.encode(content));
  const permissions = -4; // all permissions: the lock is the user password alone
  let fileKey: Uint8Array | undefined;
  let encryptDict = '';
  if (encryption) {
    const ownerKey = md5(padded(encryption.ownerPassword)).subarray(0, 5);
    const o = rc4(ownerKey, padded(encryption.userPassword));
    const p = new Uint8Array(4);
    new DataView(p.buffer).setInt32(0, permissions, true);
    fileKey = md5(padded(encryption.userPassword), o, p, id).subarray(0, 5);
    const u = rc4(fileKey, PAD);
    encryptDict = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(o)}> /U <${hex(u)}> /P ${permissions} >>`;
  }
  const streamOf = (num: number, body: Uint8Array) => {
    if (!fileKey) return body;
    const objKey = md5(fileKey, Uint8Array.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
    return rc4(objKey, body);
  };
  const stream = streamOf(4, latin1(content));
  const objects: Uint8Array[] = [
    latin1('<< /Type /Catalog /Pages 2 0 R >>'),
    latin1('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    latin1('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
    concat([latin1(`<< /Length ${stream.length} >>\nstream\n`), stream, latin1('\nendstream')]),
    latin1('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    ...(encryption ? [latin1(encryptDict)] : []),
  ];
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  const offsets: number[] = [];
  let at = parts[0]?.length ?? 0;
  objects.forEach((body, i) => {
    offsets.push(at);
    const obj = concat([latin1(`${i + 1} 0 obj\n`), body, latin1('\nendobj\n')]);
    parts.push(obj);
    at += obj.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [<${hex(id)}> <${hex(id)}>]${encryption ? ` /Encrypt ${objects.length} 0 R` : ''} >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(latin1(xref + trailer));
  return concat(parts);
}

/** Page content that prints one line of text in Helvetica. */
export function textContent(text: string): string {
  return `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
}

/** Page content that draws a box and a diagonal: marks, but no text. */
export const DRAWING_ONLY = '0.5 w 72 72 451 698 re S 72 72 m 523 770 l S';
