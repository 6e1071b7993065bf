// The worker thread of analysisPool.ts: analyses each batch in a fresh engine and answers with the batch's
// corpus caches (transferred, not copied). A fresh engine per batch keeps the worker's memory to one batch.
import { parentPort } from 'node:worker_threads';
import { createEngine } from '../engine';
import type { AnalysisRequest, AnalysisResponse } from './analysisPool';

parentPort?.on('message', ({ items }: AnalysisRequest) => {
  let response: AnalysisResponse;
  try {
    const engine = createEngine();
    for (const item of items) engine.setSource(item.id, item.text, item.info);
    response = { shares: engine.saveCache() };
  } catch (error) {
    response = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  const transfer = 'shares' in response ? [...new Set(response.shares.map((share) => share.data.buffer as ArrayBuffer))] : [];
  parentPort!.postMessage(response, transfer);
});
