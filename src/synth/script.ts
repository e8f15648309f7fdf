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

export function toScript(text: string, script: Script): string {
  if (script === 'simplified') return text;
  toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  const tw = toTw(text);
  return script === 'traditional' ? tw : tw.replace(GLOSSED, (c) => `${c}(${GLOSS[c] ?? ''})`);
}
