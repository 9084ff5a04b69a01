/** Markdown tables and number formats shared by the report's sections. */

/** A Markdown table. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A number with `digits` decimals, or `—` when there is none. */
export const fixed = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits));

/** A ratio as `1.23×`, or `—` when there is none. */
export const times = (r: number | null): string => (r === null ? '—' : `${r.toFixed(2)}×`);
