/** Pivots smaller than this (relative to the largest diagonal entry) mark a matrix as singular. */
export const SINGULAR_PIVOT_TOLERANCE = 1e-13;

/**
 * Solves A·x = b for a small dense matrix by Gaussian elimination with partial pivoting; null when A is
 * (numerically) singular. A and b are not modified.
 *
 * Reference: Golub & Van Loan, Matrix Computations (4th ed.), §3.4. Complexity O(n³).
 *
 * @example solveLinear([[2, 0], [0, 4]], [2, 2]) // [1, 0.5]
 */
export function solveLinear(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] | null {
  const n = rhs.length;
  if (matrix.length !== n || matrix.some((row) => row.length !== n)) {
    throw new Error("solveLinear requires a square matrix matching the right-hand side");
  }
  const a = matrix.map((row, i) => [...row, rhs[i] as number]);
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs((a[i] as number[])[i] as number));
  if (scale === 0) return null;
  for (let column = 0; column < n; column++) {
    let pivotRow = column;
    for (let row = column + 1; row < n; row++) {
      if (
        Math.abs((a[row] as number[])[column] as number) >
        Math.abs((a[pivotRow] as number[])[column] as number)
      ) {
        pivotRow = row;
      }
    }
    const pivot = (a[pivotRow] as number[])[column] as number;
    if (!(Math.abs(pivot) > SINGULAR_PIVOT_TOLERANCE * scale)) return null;
    [a[column], a[pivotRow]] = [a[pivotRow] as number[], a[column] as number[]];
    const pivotValues = a[column] as number[];
    for (let row = column + 1; row < n; row++) {
      const values = a[row] as number[];
      const factor = (values[column] as number) / pivot;
      if (factor === 0) continue;
      for (let k = column; k <= n; k++)
        values[k] = (values[k] as number) - factor * (pivotValues[k] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    const values = a[row] as number[];
    let sum = values[n] as number;
    for (let k = row + 1; k < n; k++) sum -= (values[k] as number) * (x[k] as number);
    x[row] = sum / (values[row] as number);
  }
  return x;
}
