import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { PositionFlowNode } from './flow-types';

/** A position: title, specialisation, unit, and badges for a missing document and substitutes. */
export const PositionNode = memo(function PositionNode({ data }: NodeProps<PositionFlowNode>) {
  const t = useT();
  const substitutes =
    data.substituteCount === 0
      ? t('node.substitutes.0')
      : data.substituteCount === 1
        ? t('node.substitutes.1')
        : t('node.substitutes.n', { count: data.substituteCount });
  const classes = [
    'position-node',
    `coverage-${data.coverage}`,
    data.documented ? 'documented' : 'undocumented',
    data.selected ? 'is-selected' : '',
    data.onPath ? 'on-path' : '',
  ];
  return (
    <div className={classes.join(' ')} title={data.title}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="position-title">{data.baseTitle}</div>
      {data.specialization && <div className="position-specialization">{data.specialization}</div>}
      {data.unitName && <div className="position-unit">{data.unitName}</div>}
      <div className="position-badges">
        <span className={`badge badge-coverage coverage-${data.coverage}`}>
          <span className="dot" aria-hidden="true" />
          {substitutes}
        </span>
        {!data.documented && <span className="badge badge-undocumented">{t('node.undocumented')}</span>}
      </div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
});
