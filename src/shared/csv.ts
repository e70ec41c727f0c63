/**
 * A small RFC 4180 CSV reader: quoted cells, doubled quotes, CRLF or LF, newlines inside quotes.
 * Each row keeps the 1-based line where it starts, so validators can point at it.
 */
export interface CsvRow {
  line: number;
  cells: string[];
  error?: string;
}

export function readCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let error: string | undefined;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(error ? { line: rowLine, cells, error } : { line: rowLine, cells });
    cells = [];
    error = undefined;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
      continue;
    }
    if (char === '"') {
      if (cell.trim() === '') {
        quoted = true;
        cell = '';
      } else {
        error ??= 'A quote (") inside an unquoted cell: quote the whole cell and double the quote.';
        cell += char;
      }
    } else if (char === ',') endCell();
    else if (char === '\r' && text[index + 1] === '\n') continue;
    else if (char === '\n' || char === '\r') {
      endRow();
      line += 1;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) error ??= 'A quoted cell is not closed.';
  if (cell !== '' || cells.length > 0 || error) endRow();
  return rows;
}
