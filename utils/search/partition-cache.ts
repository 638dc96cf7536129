import type { PartitionPiece } from './index-pieces';

/**
 * The partitions recent queries loaded, most recently used last. Typing a word loads its partition once; the
 * next keystrokes and queries on the same letters answer from memory. Writes keep cached partitions current
 * (`append`, `drop`) and `invalidateLoads` keeps a load that raced a write from caching what it read.
 */
export class PartitionCache {
  private readonly entries = new Map<string, PartitionPiece[]>();
  private readonly loading = new Map<string, Promise<PartitionPiece[]>>();
  private epoch = 0;

  constructor(
    private readonly capacity: number,
    private readonly load: (part: string) => Promise<PartitionPiece[]>,
  ) {}

  async get(part: string): Promise<PartitionPiece[]> {
    const cached = this.entries.get(part);
    if (cached) {
      this.entries.delete(part);
      this.entries.set(part, cached);
      return cached;
    }
    const pending = this.loading.get(part);
    if (pending) return pending;
    const epoch = this.epoch;
    const loaded = this.load(part).finally(() => this.loading.delete(part));
    this.loading.set(part, loaded);
    const pieces = await loaded;
    if (epoch === this.epoch) {
      this.entries.set(part, pieces);
      for (const oldest of this.entries.keys()) {
        if (this.entries.size <= this.capacity) break;
        this.entries.delete(oldest);
      }
    }
    return pieces;
  }

  append(part: string, piece: PartitionPiece): void {
    this.entries.get(part)?.push(piece);
  }

  drop(part: string): void {
    this.entries.delete(part);
  }

  invalidateLoads(): void {
    this.epoch += 1;
    this.loading.clear();
  }

  clear(): void {
    this.entries.clear();
    this.invalidateLoads();
  }
}
