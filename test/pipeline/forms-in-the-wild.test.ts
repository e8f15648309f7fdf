/**
 * Forms seen in real reports beyond the shared corpus: thousands separators in big
 * cities' tables, years in Chinese numerals, and the manifest overriding inference.
 */
import { describe, expect, it } from 'vitest';
import { applyManifest, parseManifestCsv } from '../../src/node/manifest-csv.ts';
import { arabicYears } from '../../src/pipeline/metadata/describe.ts';
import { parseFile } from '../../src/pipeline/parse-report.ts';
import { enc, reportText } from '../helpers/report-text.ts';

const NEW = '一、本年新收政府信息公开申请数量';

describe('forms in the wild', () => {
  it('reads 3,119 as one cell, never as glued digits', async () => {
    const text = reportText({}).split('\n').map((l) => (l.startsWith(NEW) ? `${NEW} | 3,001 | 53 | 0 | 0 | 61 | 4 | 3,119 |` : l)).join('\n');
    const r = await parseFile('comma.txt', enc(text));
    const row = Object.fromEntries(r.facts.filter((f) => f.section === 'applications' && f.row_key === 'new').map((f) => [f.col_key, f.value]));
    expect(row).toEqual({ natural_person: 3001, commercial: 53, research: 0, social_org: 0, legal_service: 61, other_org: 4, total: 3119 });
  });

  it('takes the year from a title written in Chinese numerals', async () => {
    expect(arabicYears('二〇二〇年度报告，二零一九年')).toBe('2020年度报告，2019年');
    const text = '某某县人民政府二〇二二年政府信息公开工作年度报告\n' + reportText({});
    const r = await parseFile('cn-year.txt', enc(text));
    expect(r.report.year).toBe(2022);
    expect(r.report.year_source).toBe('title');
  });

  it('lets data/manifest.csv override what was inferred, and says so', () => {
    const { rows, errors } = parseManifestCsv('\uFEFFfile,agency,region_code,year,scope\nsub/a.txt,洪泽区人民政府,320813,2023,aggregate\n');
    expect(errors).toEqual([]);
    const base = {
      report_id: 'x', source_file: 'sub/a.txt', format: 'txt', encoding: 'utf-8', agency: '某局', agency_source: 'body', region_code: null, region_source: null,
      province: null, city: null, county: null, level: 'department', year: 2022, year_source: 'most named year in the text', template: '2021', published_on: null,
      scope: 'own', source_url: null, status: 'ok', n_facts: 0, n_identity_failures: 0, n_issues: 0,
    };
    const r = applyManifest(base, rows.get('sub/a.txt'));
    expect(r).toMatchObject({ agency: '洪泽区人民政府', agency_source: 'manifest', region_code: '320813', region_source: 'manifest', province: '江苏省', city: '淮安市', county: '洪泽区', year: 2023, year_source: 'manifest', scope: 'aggregate' });
    expect(applyManifest(base, undefined)).toEqual(base);
  });
});
