/**
 * Distinguishing places for the positions of one request, in two statements however many
 * positions ask: their organisations' units, and every position sharing a title with one of them.
 */
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowReader } from '../common/row-reader.js';
import { JobDescription } from '../description/job-description.entity.js';
import { placesByTitle, placeText, type Peer } from './distinguishing-place.js';
import { Position } from './position.entity.js';
import { Unit } from './unit.entity.js';

interface PeerRow {
  id: number | string;
  title: string;
  unit: number | string | null;
  doc: string | null;
}

export function distinguishingPlaceLoader(dataSource: DataSource, maxBatchSize: number): DataLoader<Position, string | null, number> {
  const readUnits = rowReader(dataSource, Unit, 'organizationId');
  return new DataLoader(
    async (positions) => {
      const organizations = [...new Set(positions.map((p) => p.organizationId))];
      const units = new Map((await readUnits(organizations)).map((u) => [u.rowId, u]));
      const paths = new Map<number | null, string[]>([[null, []]]);
      const pathOf = (unitId: number | null): string[] => {
        const known = paths.get(unitId);
        if (known) return known;
        const unit = units.get(unitId!);
        // A parent loop (never imported, but cheap to refuse) ends the path.
        paths.set(unitId, []);
        const path = unit ? [...(unit.parentId === unit.rowId ? [] : pathOf(unit.parentId)), unit.name] : [];
        paths.set(unitId, path);
        return path;
      };
      const rows: PeerRow[] = await dataSource
        .getRepository(Position)
        .createQueryBuilder('p')
        .leftJoin(JobDescription, 'jd', 'jd.id = p.job_description_id')
        .select(['p.id AS id', 'p.title AS title', 'p.unit_id AS unit', 'jd.source_name AS doc'])
        .where('p.organization_id IN (:...organizations)', { organizations })
        .andWhere('p.title_key IN (:...keys)', { keys: [...new Set(positions.map((p) => p.titleKey))] })
        .getRawMany();
      const peers: Peer[] = rows.map((r) => {
        const unit = r.unit === null ? null : Number(r.unit);
        return { id: Number(r.id), title: r.title, path: pathOf(unit), documentName: r.doc };
      });
      const places = placesByTitle(peers);
      return positions.map((p) => placeText(places.get(p.rowId)));
    },
    { maxBatchSize, cacheKeyFn: (position) => position.rowId },
  );
}
