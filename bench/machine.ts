import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  /** Load averages (1, 5, 15 minutes) when the run started and ended: other work on the machine skews wall times. */
  loadAtStart: number[];
  loadAtEnd?: number[];
  uptime: string;
  chromium?: string;
}

function chromiumVersion(): string | undefined {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

function uptimeText(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}`;
  }
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAtStart: os.loadavg(),
    uptime: uptimeText(),
    chromium: chromiumVersion(),
  };
}

export function finishMachine(machine: Machine): Machine {
  return { ...machine, loadAtEnd: os.loadavg(), uptime: `${machine.uptime} | at end: ${uptimeText()}` };
}
