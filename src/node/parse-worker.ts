/** Worker thread: parses the chunks it is sent and answers with each chunk's tally. */
import { parentPort } from 'node:worker_threads';
import { parseChunk, type ChunkJob } from './parse-chunk.ts';

parentPort?.on('message', (job: ChunkJob | null) => {
  if (job === null) { parentPort?.close(); return; }
  parseChunk(job).then((r) => parentPort?.postMessage(r), (e: unknown) => parentPort?.postMessage({ id: job.id, error: e instanceof Error ? e.stack ?? e.message : String(e) }));
});
