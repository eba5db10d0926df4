/** `ms.date` in the forms authors write: M/D/YYYY, MM/DD/YYYY, M/D/YY, YYYY-MM-DD. */
export interface MsDate {
  /** ISO calendar date, YYYY-MM-DD. */
  iso: string;
  year: number;
  month: number;
  day: number;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns the date, or an error message saying what is wrong. */
export function parseMsDate(input: string): MsDate | { error: string } {
  const s = input.trim();
  let year: number;
  let month: number;
  let day: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s))) {
    month = Number(m[1]);
    day = Number(m[2]);
    year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  } else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else {
    return { error: `"${input}" is not a date in a known form` };
  }
  if (month < 1 || month > 12) return { error: `"${input}" has month ${month}; months run 1–12` };
  if (day < 1 || day > daysIn(year, month)) {
    return {
      error: `"${input}" is not a real date: ${year}-${String(month).padStart(2, '0')} has ${daysIn(year, month)} days`,
    };
  }
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, year, month, day };
}
