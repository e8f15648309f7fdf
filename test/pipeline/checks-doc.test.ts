/** docs/checks.md lists exactly the check codes the pipeline raises, with their severity. */
import { describe, expect, it } from 'vitest';
import { documentedCheckRows, raisedChecks } from '../helpers/checks-doc.ts';

describe('docs/checks.md', () => {
  const documented = documentedCheckRows();
  const raised = raisedChecks();

  it('finds the codes on both sides', () => {
    expect(documented.length).toBeGreaterThan(10);
    expect(raised.map((r) => r.code)).toContain('encoding_replaced');
    expect(raised.map((r) => r.code)).toContain('identity_5');
  });

  it('documents every code raised in src/', () => {
    const docCodes = new Set(documented.map((d) => d.code));
    const undocumented = raised.filter((r) => !docCodes.has(r.code)).map((r) => `${r.code} (${r.file})`);
    expect(undocumented).toEqual([]);
  });

  it('documents no code that nothing raises', () => {
    const raisedCodes = new Set(raised.map((r) => r.code));
    expect(documented.filter((d) => !raisedCodes.has(d.code)).map((d) => d.code)).toEqual([]);
  });

  it('documents each code once, with the severity it is raised with', () => {
    const codes = documented.map((d) => d.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    const bySeverity = new Map(documented.map((d) => [d.code, d.severity]));
    const wrong = raised.filter((r) => r.severity !== undefined && bySeverity.get(r.code) !== r.severity).map((r) => `${r.code}: raised ${r.severity}, documented ${bySeverity.get(r.code)}`);
    expect(wrong).toEqual([]);
  });
});
