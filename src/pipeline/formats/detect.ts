/** The input formats the corpus can hold, by file name and, where it lies, by content. */
export type Format = 'txt' | 'html' | 'md' | 'pdf' | 'docx' | 'doc' | 'unknown';

const BY_EXT: Record<string, Format> = { txt: 'txt', text: 'txt', html: 'html', htm: 'html', xhtml: 'html', md: 'md', markdown: 'md', pdf: 'pdf', docx: 'docx', doc: 'doc' };

export function detectFormat(path: string, head: Uint8Array): Format {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  const magic = String.fromCharCode(...head.subarray(0, 8));
  if (magic.startsWith('%PDF')) return 'pdf';
  if (magic.startsWith('PK\x03\x04') && ext !== 'txt') return ext === 'docx' ? 'docx' : (BY_EXT[ext] ?? 'docx');
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'doc';
  return BY_EXT[ext] ?? 'unknown';
}
