import { cpus, loadavg, release, totalmem, type } from 'node:os';

/** Where a benchmark ran: figures are only comparable on the same machine and within one run. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started: a busy machine inflates times for both tools alike. */
  loadAverage: number;
}

export function describeMachine(): MachineInfo {
  const cpuList = cpus();
  return {
    cpu: cpuList[0]?.model.trim() || 'unknown CPU',
    cores: cpuList.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${type()} ${release()}`,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function machineLine(machine: MachineInfo): string {
  return (
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, Node ${machine.node}, ${machine.os}` +
    ` (load average ${machine.loadAverage} at start)`
  );
}
