/**
 * Worker thread entry: parses and renders batches, so the main thread only
 * reads, orders and writes. Messages are batches (many files, or many JSON
 * Lines) to keep `postMessage` overhead small next to the parsing.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {loadRender} from './render.js'
import {processFile, processLines, type FileItem, type LinesTask, type WorkConfig} from './work.js'

export type WorkerTask = ({type: 'files'; items: FileItem[]} | ({type: 'lines'} & LinesTask)) & {seq: number}

const port = parentPort
if (!port) throw new Error('Expected to run as a worker thread')

const config = workerData as WorkConfig
// Listen first: messages that arrive while the adapter loads wait on this promise.
const ready = loadRender(config.format)

port.on('message', async (task: WorkerTask) => {
  const render = await ready
  if (task.type === 'files') {
    const results = []
    for (const item of task.items) results.push(await processFile(item, config, render))
    port.postMessage({seq: task.seq, results})
  } else {
    const result = processLines(task, config, render)
    port.postMessage({seq: task.seq, ...result}, [result.output.buffer as ArrayBuffer])
  }
})
