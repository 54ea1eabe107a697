import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { ChevronDown, ChevronRight, FocusIcon } from '../../app/icons';
import { useT } from '../../i18n/I18nProvider';
import { useChartActions, useChartDirection } from './chart-actions';
import type { UnitFlowNode } from './flow-types';

/**
 * A unit: a box around its positions and sub-units when open, a single card when collapsed;
 * says so while its positions are being fetched, or when they could not be.
 */
export const UnitNode = memo(function UnitNode({ id, data }: NodeProps<UnitFlowNode>) {
  const t = useT();
  const direction = useChartDirection();
  const { toggleUnit, expandSubtree, focusUnit, retryUnit } = useChartActions();
  const count = data.positionCount === 1 ? t('unit.positions.1') : t('unit.positions.n', { count: data.positionCount });
  const classes = [
    'unit-node',
    `unit-depth-${Math.min(data.depth, 3)}`,
    `unit-kind-${data.unitKind.toLowerCase()}`,
    data.collapsed ? 'collapsed' : 'expanded',
    data.focused ? 'focused' : '',
    data.loading ? 'is-loading' : '',
  ];
  return (
    <div className={classes.join(' ')}>
      <Handle type="target" position={direction === 'LR' ? Position.Left : Position.Top} isConnectable={false} />
      <div className="unit-header">
        <button
          type="button"
          className="icon-button unit-toggle nodrag"
          aria-expanded={!data.collapsed}
          aria-label={data.collapsed ? t('unit.expand') : t('unit.collapse')}
          title={data.collapsed ? t('unit.expand') : t('unit.collapse')}
          onClick={() => toggleUnit(id)}
        >
          {data.collapsed ? <ChevronRight /> : <ChevronDown />}
        </button>
        <div className="unit-titles">
          <div className="unit-name" title={data.name}>
            {data.name}
          </div>
          <div className="unit-meta">
            {t(`unit.kind.${data.unitKind}`)} · {count}
          </div>
          {data.loading && !data.collapsed && (
            <div className="unit-status" role="status">
              <span className="spinner small-spinner" aria-hidden="true" />
              {t('unit.loading')}
            </div>
          )}
          {data.loadFailed && !data.collapsed && (
            <div className="unit-status error" role="alert">
              {t('unit.loadFailed')}{' '}
              <button type="button" className="link-button nodrag" onClick={() => retryUnit(id)}>
                {t('error.retry')}
              </button>
            </div>
          )}
        </div>
        {data.hasSubUnits && (
          <button
            type="button"
            className="icon-button unit-expand-subtree nodrag"
            aria-label={t('unit.expandSubtree')}
            title={t('unit.expandSubtree')}
            onClick={() => expandSubtree(id)}
          >
            <DoubleChevronDown />
          </button>
        )}
        {!data.focused && (
          <button
            type="button"
            className="icon-button unit-focus nodrag"
            aria-label={t('unit.focus')}
            title={t('unit.focus')}
            onClick={() => focusUnit(id)}
          >
            <FocusIcon />
          </button>
        )}
      </div>
      <Handle type="source" position={direction === 'LR' ? Position.Right : Position.Bottom} isConnectable={false} />
    </div>
  );
});

/** Two chevrons: open everything below. */
const DoubleChevronDown = () => (
  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d="M4 4l4 4 4-4M4 8.5l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);
