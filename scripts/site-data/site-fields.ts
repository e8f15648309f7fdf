/**
 * The facts the dashboard's charts read, and so the only ones summed into the
 * aggregates: every outcome row's total, the new requests by applicant, and all of
 * sections 二 and 四. Section 三 has 26 rows × 7 columns; shipping every cell per group
 * would triple the first view for figures no page draws. The browser refuses to sum a
 * field that is not in the file (src/site/lib/aggregates.ts), so a page that starts
 * reading another field fails its tests instead of showing zeros.
 */
import { APP_COLS, TEMPLATES, allFields, fieldId } from '../../src/schema/fields.ts';

export function siteFields(): string[] {
  const out = new Set<string>();
  for (const t of TEMPLATES) {
    for (const [section, row, col] of allFields(t)) {
      if (section === 'applications' && col !== 'total' && row !== 'new') continue;
      out.add(fieldId(section, row, col));
    }
  }
  for (const c of Object.keys(APP_COLS)) out.add(fieldId('applications', 'new', c));
  return [...out].sort();
}
