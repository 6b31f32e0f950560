export type Spread = { median: number; min: number; max: number };

const sorted = (values: readonly number[]) =>
  values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);

export const median = (values: readonly number[]): number => {
  const list = sorted(values);
  const middle = list.length / 2;
  if (list.length === 0) return NaN;
  return list.length % 2 === 1
    ? (list[Math.floor(middle)] ?? NaN)
    : ((list[middle - 1] ?? NaN) + (list[middle] ?? NaN)) / 2;
};

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export const percentile = (values: readonly number[], p: number): number => {
  const list = sorted(values);
  return list[Math.max(0, Math.ceil((p / 100) * list.length) - 1)] ?? NaN;
};

export const spread = (values: readonly number[]): Spread => {
  const list = sorted(values);
  return {
    median: median(list),
    min: list[0] ?? NaN,
    max: list.at(-1) ?? NaN,
  };
};
