/**
 * Reports for download: /reports/coverage.csv, the HR worklist of substitution gaps.
 */
import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { rowId } from '../common/node.js';
import { worklistCsv } from '../coverage/worklist.js';
import { loadWorklist, UnknownUnitError } from '../coverage/worklist.service.js';
import { DeadlineExceededError } from '../limits/deadline.js';

export function reportsRouter(dataSource: DataSource): Router {
  const router = express.Router();
  router.get('/reports/coverage.csv', async (req, res, next) => {
    try {
      const unitParam = typeof req.query.unit === 'string' && req.query.unit ? req.query.unit : null;
      const unitRowId = unitParam ? rowId(unitParam, 'Unit') : null;
      if (unitParam && !unitRowId) return void res.status(400).type('text/plain').send(`"${unitParam}" is not a unit ID`);
      const rows = await loadWorklist(dataSource, unitRowId, req.deadline);
      res
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', 'attachment; filename="coverage.csv"')
        .send(worklistCsv(rows));
    } catch (error) {
      if (error instanceof UnknownUnitError) return void res.status(404).type('text/plain').send(error.message);
      // The 503 has gone out already (see requestTimeout); the abandoned work ends here.
      if (error instanceof DeadlineExceededError) return;
      next(error);
    }
  });
  return router;
}
