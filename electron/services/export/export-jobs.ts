// Exports started from the app: one at a time per workstation, each with the renderer's job id so
// it can be followed (progress events) and cancelled; the files written are remembered so that
// only they can be shown in the file manager.
import path from 'node:path';
import type { ApiArgs, ExportProgress, ExportResult } from '../../../shared/ipc/contract';
import { DomainError } from '../../../shared/model/errors';
import type { WorkspaceStore } from '../workspace-store';
import { exportIssuePdf } from './export-issue';
import { checkExportOutput } from './export-output';

export type ExportRequest = ApiArgs<'exportPdf'>[0];

export interface ExportJobs {
  /** Runs an export; refuses a second one while one runs. */
  run(request: ExportRequest): Promise<ExportResult>;
  /** Cancels the running export if it has this id; otherwise does nothing. */
  cancel(jobId: string): void;
  /** Whether this file was written by an export of this workstation. */
  wasExported(file: string): boolean;
}

export function createExportJobs(store: WorkspaceStore, onProgress: (progress: ExportProgress) => void): ExportJobs {
  let running: { jobId: string; controller: AbortController } | undefined;
  const exported = new Set<string>();

  function report(progress: ExportProgress): void {
    try {
      onProgress(progress);
    } catch {
      // A broken listener must not break the export.
    }
  }

  return {
    async run(request) {
      if (running) {
        throw new DomainError('CONFLICT', '另一份导出正在进行，请等它完成或取消后再导出。', running.jobId);
      }
      const job = { jobId: request.jobId, controller: new AbortController() };
      running = job;
      try {
        const workspaceDir = store.info.path;
        const output = await checkExportOutput(workspaceDir, request.output);
        const result = await exportIssuePdf(store, {
          issue: request.issueId,
          pages: request.pages,
          bleedMm: request.bleedMm,
          cropMarks: request.cropMarks,
          output,
          signal: job.controller.signal,
          // The folder may have changed while the pages were written: the rules hold at the write.
          beforeWrite: async (file) => void (await checkExportOutput(workspaceDir, file)),
          onProgress: (stage, fraction, counts) => report({ jobId: job.jobId, stage, fraction, ...counts }),
        });
        exported.add(result.file);
        return result;
      } finally {
        running = undefined;
      }
    },
    cancel(jobId) {
      if (running?.jobId === jobId) running.controller.abort();
    },
    wasExported(file) {
      return path.isAbsolute(file) && exported.has(path.resolve(file));
    },
  };
}
