const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ'];

/** One group of three digits; `full` when a higher group precedes it ("không trăm linh năm"). */
function group(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const words: string[] = [];
  if (full || hundreds > 0) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0 && ones > 0 && words.length > 0) words.push('linh');
  if (tens === 1) words.push('mười');
  if (tens > 1) words.push(DIGITS[tens]!, 'mươi');
  if (ones > 0) {
    if (ones === 1 && tens > 1) words.push('mốt');
    else if (ones === 5 && tens > 0) words.push('lăm');
    else words.push(DIGITS[ones]!);
  }
  return words;
}

/**
 * Whole đồng in Vietnamese words, as receipts write the amount a second time ("Bằng chữ"):
 * 19000000000 → "Mười chín tỷ đồng", 3935745000 → "Ba tỷ chín trăm ba mươi lăm triệu bảy trăm
 * bốn mươi lăm nghìn đồng". Beyond a billion the groups repeat ("nghìn tỷ"). Exact on bigint.
 */
export function amountInWords(amount: bigint): string {
  if (amount === 0n) return 'Không đồng';
  const negative = amount < 0n;
  let rest = negative ? -amount : amount;
  const groups: number[] = [];
  while (rest > 0n) {
    groups.push(Number(rest % 1000n));
    rest /= 1000n;
  }
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const value = groups[i]!;
    if (value === 0) {
      // "tỷ" still closes its position when lower groups follow: 1 000 000 000 000 → "một nghìn tỷ".
      if (i % 3 === 0 && i > 0 && words.length > 0 && words.at(-1) !== 'tỷ') words.push('tỷ');
      continue;
    }
    words.push(...group(value, i < groups.length - 1));
    const name = i === 0 ? '' : i % 3 === 0 ? 'tỷ' : GROUPS[i % 3]!;
    if (name) words.push(name);
  }
  const text = `${negative ? 'âm ' : ''}${words.join(' ')} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
