const pad = (n: number) => String(n).padStart(2, '0');

/** The local wall-clock minute, YYYY-MM-DDTHH:mm: the war room's clock (docs/warroom.md). */
export function localNow(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
