import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LabelKey } from '../../i18n/labels';
import { useT } from '../../i18n/I18nProvider';
import { badgeWidth, cardRoom } from './card-badges';
import { useChartDirection } from './chart-actions';
import type { PositionFlowNode } from './flow-types';

/**
 * A position: title, specialisation, unit, and badges for a missing document and substitutes;
 * in coverage mode also its worst gap, in absence mode whether it is away or left uncovered.
 */
const FIELD_LABELS = ['title', 'specialization', 'unitPath', 'manager', 'subordinates', 'substitutedBy', 'substitutes'];

/** HR corrected a field of its job description: a small mark, the fields named in its tooltip. */
function CorrectedMark({ fields }: { fields: readonly string[] }) {
  const t = useT();
  // A field this client has no label for is named as the API spells it.
  const names = fields.map((field) => (FIELD_LABELS.includes(field) ? t(`confidence.field.${field}` as LabelKey) : field)).join(', ');
  const hint = t('node.corrected.hint', { fields: names });
  return (
    <span className="badge badge-corrected" title={hint} aria-label={hint}>
      {t('node.corrected')}
    </span>
  );
}

export const PositionNode = memo(function PositionNode({ data }: NodeProps<PositionFlowNode>) {
  const t = useT();
  const direction = useChartDirection();
  const substitutes =
    data.substituteCount === 0
      ? t('node.substitutes.0')
      : data.substituteCount === 1
        ? t('node.substitutes.1')
        : t('node.substitutes.n', { count: data.substituteCount });
  const absenceMode = data.absence !== undefined;
  const absence = data.absence ? t(`node.absence.${data.absence}`) : null;
  const gap = data.gapTone ? (data.worstGap ? t(`gap.kind.${data.worstGap}`) : t('node.noGap')) : null;
  const undocumented = data.documented ? null : t('node.undocumented');
  const corrected = data.correctedFields.length > 0 ? t('node.corrected') : null;
  // In the order drawn below.
  const widths = [
    ...(absence ? [badgeWidth(absence, { bold: true })] : []),
    ...(gap ? [badgeWidth(gap, { bold: true })] : []),
    badgeWidth(substitutes, { dot: true }),
    ...(undocumented ? [badgeWidth(undocumented)] : []),
    ...(corrected ? [badgeWidth(corrected)] : []),
  ];
  const room = cardRoom(widths, !!data.specialization, !!data.unitName);
  const classes = [
    'position-node',
    `coverage-${data.coverage}`,
    data.documented ? 'documented' : 'undocumented',
    data.selected ? 'is-selected' : '',
    data.onPath ? 'on-path' : '',
    data.gapTone ? `gap-tone-${data.gapTone}` : '',
    absenceMode ? 'absence-mode' : '',
    data.absence ? `absence-${data.absence}` : '',
    room.badgeRows > 1 ? 'two-badge-rows' : '',
    room.titleLines === 1 ? 'one-line-title' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')} title={data.title}>
      <Handle type="target" position={direction === 'LR' ? Position.Left : Position.Top} isConnectable={false} />
      <div className="position-title">{data.baseTitle}</div>
      {/* A line without room stays for screen readers (and text search); the tooltip has the full title. */}
      {data.specialization && <div className={room.showSpecialization ? 'position-specialization' : 'visually-hidden'}>{data.specialization}</div>}
      {data.unitName && <div className={room.showUnit ? 'position-unit' : 'visually-hidden'}>{data.unitName}</div>}
      <div className="position-badges">
        {absence && <span className={`badge badge-absence absence-${data.absence}`}>{absence}</span>}
        {gap && <span className={`badge badge-gap gap-tone-${data.gapTone}`}>{gap}</span>}
        <span className={`badge badge-coverage coverage-${data.coverage}`}>
          <span className="dot" aria-hidden="true" />
          {substitutes}
        </span>
        {undocumented && <span className="badge badge-undocumented">{undocumented}</span>}
        {data.correctedFields.length > 0 && <CorrectedMark fields={data.correctedFields} />}
      </div>
      <Handle type="source" position={direction === 'LR' ? Position.Right : Position.Bottom} isConnectable={false} />
    </div>
  );
});
