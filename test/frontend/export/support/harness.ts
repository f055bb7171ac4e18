import type { Clock } from '../../../../src/main/frontend/export/clock';
import { abortReason } from '../../../../src/main/frontend/export/clock';
import { type EngineDeps, type ExportResult, startExport } from '../../../../src/main/frontend/export/engine';
import type { ExportRequest } from '../../../../src/main/frontend/export/request';
import type { Checkpoint, CheckpointStore } from '../../../../src/main/frontend/export/resume';
import { MemorySink } from '../../../../src/main/frontend/export/sink';
import { TablewiseClient } from '../../../../src/main/frontend/export/source/client';
import type { ExportProgress } from '../../../../src/main/frontend/export/progress';
import type { FakeServer } from './contract';

/** Virtual time: sleeping advances the clock at once and is recorded. */
export class VirtualClock implements Clock {
  time = 0;
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  wall(): Date {
    return new Date('2026-11-22T10:00:00.000Z');
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw abortReason(signal);
    this.sleeps.push(ms);
    this.time += ms;
    await Promise.resolve();
  }
}

export class MemoryCheckpoints implements CheckpointStore {
  readonly saved: Checkpoint[] = [];
  cleared = false;

  async save(checkpoint: Checkpoint): Promise<void> {
    this.saved.push(JSON.parse(JSON.stringify(checkpoint)) as Checkpoint);
  }

  async clear(): Promise<void> {
    this.cleared = true;
  }

  last(): Checkpoint | undefined {
    return this.saved[this.saved.length - 1];
  }
}

export interface Run {
  server: FakeServer;
  result: ExportResult;
  sink: MemorySink;
  clock: VirtualClock;
  checkpoints: MemoryCheckpoints;
  states: ExportProgress['state'][];
  progress: ExportProgress[];
}

export async function run(
  server: FakeServer,
  request: Partial<ExportRequest> & Pick<ExportRequest, 'tables'>,
  options: Partial<EngineDeps> & { sink?: MemorySink; onStart?: (cancel: () => void) => void } = {},
): Promise<Run> {
  const clock = (options.clock as VirtualClock | undefined) ?? new VirtualClock();
  const sink = options.sink ?? new MemorySink();
  const checkpoints = (options.checkpoints as MemoryCheckpoints | undefined) ?? new MemoryCheckpoints();
  const client = options.client ?? new TablewiseClient({ baseUrl: 'http://jira.test/rest/tablewise/1.0', transport: server.transport });
  const job = startExport(
    { format: 'CSV', client: 'BROWSER', rateLimit: null, ...request },
    { random: () => 0.5, checkpointIntervalMs: 0, ...options, client, clock, sink, checkpoints },
  );
  const states: ExportProgress['state'][] = [];
  const progress: ExportProgress[] = [];
  job.subscribe((p) => {
    progress.push(p);
    if (states[states.length - 1] !== p.state) states.push(p.state);
  });
  options.onStart?.(() => job.cancel());
  const result = await job.done;
  return { server, result, sink, clock, checkpoints, states, progress };
}

export function text(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
