const count = new Intl.NumberFormat('vi-VN');

/** 200000 → "200.000": counts of lines, grouped as Vietnamese readers expect. */
export function formatCount(value: number | null | undefined): string {
  return count.format(value ?? 0);
}
