/**
 * Long index work (a rebuild, a merge) runs in slices: `pause()` hands the thread back once a slice has run for
 * `budgetMs`, so no task blocks typing, scrolling or the next query for longer than that.
 */
export class TaskSlicer {
  private sliceStart = performance.now();

  constructor(private readonly budgetMs = 12) {}

  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.budgetMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.sliceStart = performance.now();
  }
}
