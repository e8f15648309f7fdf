/**
 * Data: the current selection as CSV, queried with DuckDB-WASM (the engine prefetched
 * when idle; the selection's partitions of reports and facts fetched on the click).
 */
import { startPage, type PageContext } from '../lib/app.ts';
import { toCsv, downloadText } from '../lib/csv.ts';
import { loadDb, prefetchDbWhenIdle } from '../lib/db-lazy.ts';
import { formatNumber, t } from '../lib/i18n.ts';
import { total } from '../lib/aggregates.ts';
import { selectionFactsSql } from '../lib/selection-sql.ts';
import { LOAD_BUDGET, partBytes, partsForSelection } from '../lib/site-index.ts';

let started = false;

function render(ctx: PageContext): void {
  const { lang, base, sel, agg, gids } = ctx;
  const zh = lang === 'zh';
  const button = document.getElementById('download-selection') as HTMLButtonElement;
  const status = document.getElementById('download-status')!;
  const n = total(agg, gids, 'reports', 'counts');
  status.textContent = n === 0 ? t(lang, 'empty') : zh ? `当前筛选：${formatNumber(n, lang)} 份报告` : `Current selection: ${formatNumber(n, lang)} reports`;
  const parts = partsForSelection(ctx.index, sel);
  const bytes = partBytes(parts, ['reports', 'facts']);
  const tooLarge = bytes > LOAD_BUDGET.csv;
  if (tooLarge && n > 0) status.textContent += ' · ' + t(lang, 'tooLarge').replace('{mb}', (bytes / 1048576).toFixed(0));
  button.disabled = n === 0 || tooLarge;
  button.onclick = async () => {
    button.disabled = true;
    status.textContent = t(lang, 'startingDb');
    try {
      const db = await loadDb(base);
      await db.load(parts, ['reports', 'facts']);
      const q = selectionFactsSql(sel, 'ogi');
      const rows = await db.query(q.sql, q.params);
      const csv = toCsv(q.columns, rows);
      (window as unknown as { __ogiLastCsv?: string }).__ogiLastCsv = csv;
      downloadText(csv, 'ogi-atlas-selection.csv');
      status.textContent = zh ? `已生成 ${formatNumber(rows.length, lang)} 行` : `${formatNumber(rows.length, lang)} rows written`;
    } catch (e) {
      status.textContent = t(lang, 'dbError') + (e instanceof Error ? e.message : String(e));
    } finally {
      button.disabled = false;
    }
  };
  if (!started) { started = true; prefetchDbWhenIdle(base); }
}

void startPage(render);
