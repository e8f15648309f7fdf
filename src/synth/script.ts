/**
 * Scripts: Simplified as generated, or Traditional through opencc-js (cn → tw), and
 * sometimes Traditional with pinyin glosses after some characters (`規(guī)章`), as a
 * converted page in seed 004 prints them.
 */
import * as OpenCC from 'opencc-js';

export type Script = 'simplified' | 'traditional' | 'traditional_pinyin';

let toTw: ((s: string) => string) | undefined;

const GLOSS: Readonly<Record<string, string>> = {
  規: 'guī', 發: 'fā', 區: 'qū', 態: 'tài', 業: 'yè', 穩: 'wěn', 監: 'jiān', 執: 'zhí', 續: 'xù',
};
const GLOSSED = new RegExp(`[${Object.keys(GLOSS).join('')}]`, 'g');

const memo = new Map<string, string>();

/**
 * cn → tw, a sentence at a time: table rows, labels and headers repeat across reports,
 * so converted pieces are remembered (opencc's phrases never span a line or a 。).
 */
function traditional(text: string): string {
  const conv = (toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return text.replace(/[^\n。]+/g, (piece) => {
    const hit = memo.get(piece);
    if (hit !== undefined) return hit;
    const out = conv(piece);
    if (piece.length <= 300) {
      if (memo.size > 50_000) memo.clear();
      memo.set(piece, out);
    }
    return out;
  });
}

export function toScript(text: string, script: Script): string {
  if (script === 'simplified') return text;
  const tw = traditional(text);
  return script === 'traditional' ? tw : tw.replace(GLOSSED, (c) => `${c}(${GLOSS[c] ?? ''})`);
}
