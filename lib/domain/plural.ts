/** "1 claim", "3 claims": a count with the noun that agrees with it. */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
