/**
 * Rows of a persons × items score matrix with no missing entry (listwise deletion), after checking the
 * matrix is rectangular and numeric. Classical reliability needs complete rows; IRT scoring does not.
 * Complexity O(persons · items).
 */
export function completeCases(scores: readonly (readonly (number | null)[])[], caller: string): number[][] {
  if (!Array.isArray(scores) || scores.length === 0)
    throw new Error(`${caller} requires at least one row of scores`);
  const itemCount = (scores[0] as readonly (number | null)[]).length;
  if (itemCount < 2) throw new Error(`${caller} requires at least two items`);
  const rows: number[][] = [];
  for (const row of scores) {
    if (!Array.isArray(row) || row.length !== itemCount)
      throw new Error(`${caller} requires rows of equal length`);
    if (row.some((value) => value === null || value === undefined)) continue;
    if (row.some((value) => !Number.isFinite(value))) throw new Error(`${caller} requires finite scores`);
    rows.push(row as number[]);
  }
  if (rows.length < 3) throw new Error(`${caller} requires at least three complete rows`);
  return rows;
}

/** Sample covariance matrix (n − 1 denominator) of the columns. O(persons · items²). */
export function covarianceMatrix(rows: readonly (readonly number[])[]): number[][] {
  const n = rows.length;
  const p = (rows[0] as readonly number[]).length;
  const means = new Array<number>(p).fill(0);
  for (const row of rows)
    for (let j = 0; j < p; j++) means[j] = (means[j] as number) + (row[j] as number) / n;
  const cov = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (const row of rows) {
    for (let i = 0; i < p; i++) {
      const di = (row[i] as number) - (means[i] as number);
      const target = cov[i] as number[];
      for (let j = i; j < p; j++)
        target[j] = (target[j] as number) + di * ((row[j] as number) - (means[j] as number));
    }
  }
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      const value = ((cov[i] as number[])[j] as number) / (n - 1);
      (cov[i] as number[])[j] = value;
      (cov[j] as number[])[i] = value;
    }
  }
  return cov;
}
