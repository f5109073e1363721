/** A cell of a CSV file: text, a number, or nothing. */
export type CsvCell = string | number | null;

/**
 * Rows as CSV (RFC 4180, CRLF line ends): text quoted, and a cell a spreadsheet would take for a formula
 * (starting =, +, -, @, tab or carriage return) defused with a leading apostrophe.
 */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  const cell = (value: CsvCell) => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${defused.replaceAll('"', '""')}"`;
  };
  return rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}
