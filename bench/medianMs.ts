/*
 * The benchmarks' timer: the median over `runs` runs of `run`'s process CPU time (user +
 * system), in ms. CPU time rather than wall time, because these machines are shared.
 */
export function medianMs(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
