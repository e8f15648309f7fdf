/** Text → bytes in the encodings reports come in: UTF-8 (with or without BOM), GB18030, UTF-16LE with BOM. */
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom';

const utf8 = new TextEncoder();

export function encodeText(text: string, enc: Encoding): Uint8Array {
  if (enc === 'utf-8') return utf8.encode(text);
  if (enc === 'utf-8-bom') return utf8.encode('\ufeff' + text);
  if (enc === 'gb18030') return iconv.encode(text, 'gb18030');
  const body = Buffer.from(text, 'utf16le');
  const out = new Uint8Array(body.length + 2);
  out[0] = 0xff; out[1] = 0xfe;
  out.set(body, 2);
  return out;
}

/** The charset an HTML page declares for an encoding. */
export function htmlCharset(enc: Encoding): string {
  return enc === 'gb18030' ? 'gb2312' : enc === 'utf-16le-bom' ? 'utf-16' : 'utf-8';
}
