// The progress line of a long run (a bulk load, an evaluation, an ingest): one stderr line rewritten
// in place with what is done, the share, the rate and the time left.

const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

function clock(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** `unit` names what is counted ("claims", "articles"); `elapsedMs` is the time the work took so far. */
export function showProgress(done: number, total: number, elapsedMs: number, unit: string): void {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const eta = rate > 0 ? clock((total - done) / rate) : '?';
  const shownRate = rate < 100 ? rate.toFixed(1) : thousands(rate);
  process.stderr.write(
    `\r  ${thousands(done)}/${thousands(total)} ${unit}  ${((100 * done) / total).toFixed(1).padStart(5)}%  ` +
      `${shownRate} ${unit}/s  ETA ${eta}   `,
  );
}
