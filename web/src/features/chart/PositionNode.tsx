import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useChartDirection } from './chart-actions';
import type { PositionFlowNode } from './flow-types';

/**
 * A position: title, specialisation, unit, and badges for a missing document and substitutes;
 * in coverage mode also its worst gap, in absence mode whether it is away or left uncovered.
 */
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
  const classes = [
    'position-node',
    `coverage-${data.coverage}`,
    data.documented ? 'documented' : 'undocumented',
    data.selected ? 'is-selected' : '',
    data.onPath ? 'on-path' : '',
    data.gapTone ? `gap-tone-${data.gapTone}` : '',
    absenceMode ? 'absence-mode' : '',
    data.absence ? `absence-${data.absence}` : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')} title={data.title}>
      <Handle type="target" position={direction === 'LR' ? Position.Left : Position.Top} isConnectable={false} />
      <div className="position-title">{data.baseTitle}</div>
      {data.specialization && <div className="position-specialization">{data.specialization}</div>}
      {data.unitName && <div className="position-unit">{data.unitName}</div>}
      <div className="position-badges">
        {data.absence && <span className={`badge badge-absence absence-${data.absence}`}>{t(`node.absence.${data.absence}`)}</span>}
        {data.gapTone && (
          <span className={`badge badge-gap gap-tone-${data.gapTone}`}>{data.worstGap ? t(`gap.kind.${data.worstGap}`) : t('node.noGap')}</span>
        )}
        <span className={`badge badge-coverage coverage-${data.coverage}`}>
          <span className="dot" aria-hidden="true" />
          {substitutes}
        </span>
        {!data.documented && <span className="badge badge-undocumented">{t('node.undocumented')}</span>}
      </div>
      <Handle type="source" position={direction === 'LR' ? Position.Right : Position.Bottom} isConnectable={false} />
    </div>
  );
});
