/**
 * Sorting for the many short lists of an analysis. Array.prototype.sort sets up working state on
 * every call, some hundreds of bytes, which over 100,000 lists of one to three items is tens of
 * megabytes of garbage; insertion sort on a short list allocates nothing. Both are stable.
 */
const SHORT = 16;

export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SHORT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    while (j >= 0 && compare(list[j], item) > 0) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

export const ascending = (a: number, b: number): number => a - b;
