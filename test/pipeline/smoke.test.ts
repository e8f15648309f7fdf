import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline/parse-report.ts';

describe('parseFile', () => {
  it('reads a pipe-separated 2019 table', async () => {
    const text = '二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n规章 | 0 | 2 | 5 |\n';
    const r = await parseFile('x.txt', new TextEncoder().encode(text));
    expect(r.report.template).toBe('2019');
    expect(r.facts.find((f) => f.row_key === 'rules' && f.col_key === 'total_public')?.value).toBe(5);
  });
});
