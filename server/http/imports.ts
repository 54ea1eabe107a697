/**
 * POST /imports: job-description files as a multipart form (`files`, and optionally
 * `organization` and `skipInvalid`), for batches larger than the 1 MB GraphQL body allows and for
 * files that are not text. One all-or-nothing batch, as `importDocuments`; the answer is the
 * same JSON payload. Needs the hr role; recorded in the audit log.
 *
 *   curl -H "Authorization: Bearer $TOKEN" -F files=@a.pdf -F files=@b.docx http://localhost:4000/imports
 */
import express, { type Request, type Response as ExpressResponse, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { importDocuments } from '../imports/import.service.js';
import type { ImportFile } from '../imports/read-batch.js';
import { toPayload } from '../imports/import.payload.js';
import { importAuditSummary } from '../imports/import-audit.js';
import { actorFromAccess, recordAudit } from '../access/audit.service.js';
import { requireRole } from '../access/http.js';
import { formatBytes } from '../limits/limits.js';
import { Deadline, DeadlineExceededError } from '../limits/deadline.js';
import { readInPool } from '../imports/parse-pool.js';

const MAX_FILES = 500;

export function importsRouter(dataSource: DataSource, limitBytes: number): Router {
  const router = express.Router();
  router.post(
    '/imports',
    requireRole('hr'),
    // A browser form may post multipart across sites; a token header or a custom one cannot be sent that way.
    (req, res, next) => {
      if (req.headers.authorization || req.headers['apollo-require-preflight'] || req.headers['x-orgraph-upload']) return next();
      res.status(400).json(error('Send the files with an Authorization header (or an "X-Orgraph-Upload: 1" header): a plain form post is refused to prevent cross-site request forgery.', 'CSRF'));
    },
    (req, res, next) => {
      if (req.is('multipart/form-data')) return next();
      res.status(415).json(error('Send the files as multipart/form-data, one "files" part for each file (curl -F files=@a.pdf -F files=@b.docx).', 'UNSUPPORTED_MEDIA_TYPE'));
    },
    express.raw({ type: 'multipart/form-data', limit: limitBytes }),
    async (req: Request, res: ExpressResponse) => {
      const form = await readForm(req);
      if (!form) return void res.status(400).json(error('The multipart body could not be read.', 'BAD_REQUEST'));
      const files: ImportFile[] = [];
      for (const value of form.getAll('files')) {
        if (typeof value === 'string') continue;
        files.push({ name: (value as File).name || `file-${files.length + 1}`, content: new Uint8Array(await value.arrayBuffer()) });
      }
      if (files.length === 0) return void res.status(400).json(error('No files: send each as a "files" part.', 'BAD_REQUEST'));
      if (files.length > MAX_FILES) return void res.status(400).json(error(`At most ${MAX_FILES} files a batch; this one has ${files.length}.`, 'BAD_REQUEST'));
      const organization = stringField(form.get('organization'));
      if (organization && organization.length > 200) return void res.status(400).json(error('The organisation name is longer than 200 characters.', 'BAD_REQUEST'));
      const skipInvalid = /^(1|true|yes|on)$/i.test(stringField(form.get('skipInvalid')) ?? '');
      const deadline = req.deadline ?? Deadline.none();
      let result;
      try {
        result = await importDocuments(dataSource, files, { organization, skipInvalid, deadline, readFile: readInPool });
      } catch (failure) {
        if (!(failure instanceof DeadlineExceededError)) throw failure;
        // The request timer may not have had its turn yet: answer as it would (nothing was stored).
        if (!res.headersSent) res.status(503).set('Retry-After', '5').set('Connection', 'close').json({ errors: [{ message: failure.message, extensions: failure.extensions }] });
        return;
      }
      const payload = toPayload(result);
      await recordAudit(dataSource, actorFromAccess(req.access!), 'upload', importAuditSummary(payload), payload.ok);
      // A timed-out client was answered already; its connection may be gone.
      if (!res.headersSent) res.status(200).json(payload);
    },
  );
  return router;
}

export const uploadTooLargeHint = (limitBytes: number) => `Send fewer files at a time (POST /imports takes up to ${formatBytes(limitBytes)} a request).`;

async function readForm(req: Request): Promise<FormData | null> {
  if (!Buffer.isBuffer(req.body)) return null;
  try {
    return await new Response(req.body, { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
  } catch {
    return null;
  }
}

function stringField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

const error = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });
