import {Worker} from 'node:worker_threads'

/**
 * Batches in flight per worker: one being parsed, one queued so the worker
 * never waits for the main thread, one finished and waiting for its turn to
 * be written (another worker may still be on an earlier batch). Chosen by
 * that reasoning, not by a sweep; memory is what it bounds (3 × 2 workers ×
 * ~1 MB of output per 64-line batch).
 */
const IN_FLIGHT_PER_WORKER = 3

/**
 * Young-generation size per worker, in MB. V8's default lets each isolate
 * grow ~70 MB. Measured on 16 MB of JSON Lines (1.4 kB articles), `--jobs 2`:
 * peak RSS 244 MB with 16 and 206–214 MB with 8, at the same CPU time
 * (7.8 s user either way); streaming 1 GB peaked at 280 MB with 16, too close
 * to the 300 MB budget, and at 246–247 MB with 8.
 */
const YOUNG_GENERATION_MB = 8

interface Pending {
  resolve: () => void
}

/**
 * Worker threads that take numbered tasks and hand results back **in
 * submission order**, however the workers finish. `submit` waits while
 * `IN_FLIGHT_PER_WORKER × size` tasks are unfinished or unwritten, which is
 * what keeps memory flat: a slow consumer (stdout back-pressure) stops the
 * reader.
 */
export class OrderedPool<Task extends object, Result extends {seq: number}> {
  private readonly workers: Worker[] = []
  private readonly load: number[] = []
  private readonly done = new Map<number, Result>()
  private readonly waiting: Pending[] = []
  private nextSeq = 0
  private nextOut = 0
  private inFlight = 0
  private readonly limit: number
  private draining: Promise<void> = Promise.resolve()
  private closing = false
  private failure: Error | undefined

  /**
   * @param url Worker module.
   * @param workerData Passed to every worker.
   * @param size Number of workers.
   * @param consume Called with each result in order; the next waits for its promise.
   */
  constructor(
    url: URL,
    workerData: unknown,
    size: number,
    private readonly consume: (result: Result) => void | Promise<void>
  ) {
    this.limit = size * IN_FLIGHT_PER_WORKER

    for (let index = 0; index < size; index++) {
      const worker = new Worker(url, {workerData, resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB}})
      const slot = index
      worker.on('message', (result: Result) => {
        this.load[slot]!--
        this.accept(result)
      })
      worker.on('error', (error) => this.abort(error))
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.abort(new Error('worker thread stopped with exit code ' + code))
      })
      this.workers.push(worker)
      this.load.push(0)
    }
  }

  /** Send a task to the least busy worker, once there is room. */
  async submit(task: Task, transfer: ArrayBuffer[] = []): Promise<void> {
    while (this.inFlight >= this.limit && !this.failure) await this.wait()
    if (this.failure) throw this.failure
    let slot = 0
    for (let index = 1; index < this.load.length; index++) {
      if (this.load[index]! < this.load[slot]!) slot = index
    }
    this.inFlight++
    this.load[slot]!++
    this.workers[slot]!.postMessage({...task, seq: this.nextSeq++}, transfer)
  }

  /** Wait until every submitted task is consumed, then stop the workers. */
  async close(): Promise<void> {
    try {
      while (this.nextOut < this.nextSeq && !this.failure) await this.wait()
      await this.draining
      if (this.failure) throw this.failure
    } finally {
      this.closing = true
      await Promise.all(this.workers.map((worker) => worker.terminate()))
    }
  }

  /**
   * Until the next result is consumed or the pool fails. (Not a race with a
   * shared "failed" promise: each race would leave a reaction on it, one per
   * batch, a leak on a long corpus.)
   */
  private wait(): Promise<void> {
    return new Promise<void>((resolve) => this.waiting.push({resolve}))
  }

  private accept(result: Result): void {
    this.done.set(result.seq, result)
    this.draining = this.draining.then(() => this.flush()).catch((error) => this.abort(error))
  }

  /** Hand over every result whose turn has come, one after the other. */
  private async flush(): Promise<void> {
    let result = this.done.get(this.nextOut)
    while (result) {
      this.done.delete(this.nextOut)
      await this.consume(result)
      this.nextOut++
      this.inFlight--
      // Wake every waiter (`submit` and `close`); each re-checks its condition.
      for (const pending of this.waiting.splice(0)) pending.resolve()
      result = this.done.get(this.nextOut)
    }
  }

  private abort(error: unknown): void {
    if (this.failure) return
    this.failure = error instanceof Error ? error : new Error(String(error))
    for (const pending of this.waiting.splice(0)) pending.resolve()
  }
}
