/** An ISO instant from the API as the reader's local date and time. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function formatCount(count: number): string {
  return count.toLocaleString();
}
