import { useQuery } from '@apollo/client/react';
import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  type Node,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { StatusMessage } from '../../app/StatusMessage';
import { useT } from '../../i18n/I18nProvider';
import { ChartActionsContext, type ChartActions } from './chart-actions';
import { ChartToolbar } from './ChartToolbar';
import { absolutePosition, markPath } from './decorate';
import { download, renderChartImage, type ImageFormat } from './export-image';
import type { ChartNode } from './flow-types';
import { Legend } from './Legend';
import { edgeTypes, nodeTypes } from './node-types';
import { indexOrg, type OrgData } from './org-data';
import { positionPathQuery } from './path.query';
import { defaultCollapsed, toFlow } from './to-flow';
import { useChartLayout } from './use-chart-layout';

export interface OrgChartProps {
  data: OrgData;
  selectedId: string | null;
  focusUnitId: string | null;
  overlay: boolean;
  onSelect(positionId: string): void;
  onFocusUnit(unitId: string | null): void;
  onOverlayChange(on: boolean): void;
}

/** Above this many nodes only what is on screen is rendered. */
const RENDER_VISIBLE_ONLY_ABOVE = 150;

/** The org chart: units as nested boxes, positions inside, reporting and substitution lines. */
export function OrgChart({ data, selectedId, focusUnitId, overlay, onSelect, onFocusUnit, onOverlayChange }: OrgChartProps) {
  const t = useT();
  const flow = useReactFlow();
  const container = useRef<HTMLDivElement>(null);
  const index = useMemo(() => indexOrg(data), [data]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => defaultCollapsed(data, index));
  const focus = focusUnitId && index.unit(focusUnitId) ? focusUnitId : null;

  // Opening a position hidden in a collapsed unit, or outside the focused unit, brings it into
  // view — once per opening, so the user can still close its unit or focus elsewhere afterwards.
  const revealedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || revealedFor.current === selectedId || !index.position(selectedId)) return;
    revealedFor.current = selectedId;
    const path = index.unitPath(selectedId);
    setCollapsed((current) => (path.some((id) => current.has(id)) ? without(current, path) : current));
    if (focus && !path.includes(focus)) onFocusUnit(null);
  }, [selectedId, index, focus, onFocusUnit]);

  const elements = useMemo(() => toFlow(data, { collapsed, focusUnitId: focus, overlay }, index), [data, collapsed, focus, overlay, index]);
  const layout = useChartLayout(elements.nodes, elements.edges);

  const { data: pathData } = useQuery(positionPathQuery, { variables: { id: selectedId ?? '' }, skip: !selectedId });
  const chainIds = useMemo(
    () => (pathData?.position?.id === selectedId ? (pathData?.position?.reportingChain.map((p) => p.id) ?? []) : []),
    [pathData, selectedId],
  );

  const shown = useMemo(() => {
    if (!layout.nodes) return null;
    // The layout on screen can lag one step behind the elements; draw only lines whose ends it has.
    const ids = new Set(layout.nodes.map((n) => n.id));
    const edges = elements.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    return markPath(layout.nodes, edges, selectedId, chainIds);
  }, [layout.nodes, elements.edges, selectedId, chainIds]);

  // Centre the open position once it is laid out, and fit the chart when the focus changes.
  const centredFor = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || centredFor.current === selectedId || layout.status !== 'ready') return;
    const box = absolutePosition(layout.nodes, selectedId);
    if (!box) return;
    centredFor.current = selectedId;
    const zoom = Math.max(flow.getZoom(), 0.9);
    // Measured from the DOM rather than React Flow's store: the side panel opening in the same
    // render has just made the chart narrower, and the store learns that only later.
    requestAnimationFrame(() => {
      const { clientWidth = 0, clientHeight = 0 } = container.current ?? {};
      const x = clientWidth / 2 - (box.x + box.width / 2) * zoom;
      const y = clientHeight / 2 - (box.y + box.height / 2) * zoom;
      void flow.setViewport({ x, y, zoom }, { duration: 400 });
    });
  }, [selectedId, layout, flow]);
  useEffect(() => {
    if (!selectedId) centredFor.current = null;
  }, [selectedId]);

  const fittedFor = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (layout.status !== 'ready' || fittedFor.current === focus) return;
    const first = fittedFor.current === undefined;
    fittedFor.current = focus;
    if (first && selectedId) return; // the initial view centres on the shared position instead
    requestAnimationFrame(() => flow.fitView({ duration: first ? 0 : 300, maxZoom: 1 }));
  }, [layout.status, focus, flow, selectedId]);

  const actions = useMemo<ChartActions>(
    () => ({
      toggleUnit: (id) => setCollapsed((current) => (current.has(id) ? without(current, [id]) : new Set([...current, id]))),
      focusUnit: (id) => onFocusUnit(id),
    }),
    [onFocusUnit],
  );

  const onNodeClick = useCallback<NodeMouseHandler<ChartNode>>(
    (_, node) => {
      if (node.type === 'position') onSelect(node.id);
    },
    [onSelect],
  );

  // Tab moves between nodes (React Flow makes them focusable); Enter opens a position or toggles a unit.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter') return;
      const element = event.target as HTMLElement;
      if (!element.classList.contains('react-flow__node')) return;
      const id = element.dataset.id;
      const node = id ? layout.nodes?.find((n) => n.id === id) : undefined;
      if (!node) return;
      event.preventDefault();
      if (node.type === 'position') onSelect(node.id);
      else actions.toggleUnit(node.id);
    },
    [layout.nodes, onSelect, actions],
  );

  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const onExport = useCallback(
    async (format: ImageFormat) => {
      const viewport = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!viewport) return;
      setExportError(null);
      setExporting(true);
      try {
        // Everything must be in the DOM to be in the picture, also what is off screen.
        await nextFrames(2);
        const image = await renderChartImage(viewport, flow.getNodes() as Node[], format);
        download(image, `orgraph-chart.${format}`);
      } catch (error) {
        setExportError(error instanceof Error ? error.message : String(error));
      } finally {
        setExporting(false);
      }
    },
    [flow],
  );

  if (!shown) {
    if (layout.status === 'error') {
      const message = layout.error instanceof Error ? layout.error.message : String(layout.error);
      return <StatusMessage kind="error" title={t('error.layout', { message })} />;
    }
    return <StatusMessage kind="loading">{t('load.layout')}</StatusMessage>;
  }

  const large = shown.nodes.length > RENDER_VISIBLE_ONLY_ABOVE;
  return (
    <ChartActionsContext.Provider value={actions}>
      <div
        className="org-chart"
        ref={container}
        onKeyDown={onKeyDown}
        data-layout={layout.status}
        data-nodes={shown.nodes.length}
        aria-busy={layout.status === 'pending'}
      >
        <ReactFlow
          nodes={shown.nodes}
          edges={shown.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={onNodeClick}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          edgesFocusable={false}
          zIndexMode="manual"
          onlyRenderVisibleElements={large && !exporting}
          minZoom={0.05}
          maxZoom={2}
          fitView={!selectedId}
          fitViewOptions={{ maxZoom: 1 }}
          ariaLabelConfig={{
            'node.a11yDescription.default': t('flow.nodeHint'),
            'controls.ariaLabel': t('flow.controls'),
            'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
            'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
            'controls.fitView.ariaLabel': t('toolbar.fit'),
            'minimap.ariaLabel': t('flow.minimap'),
          }}
        >
          <Panel position="top-left">
            <ChartToolbar
              overlay={overlay}
              onOverlayChange={onOverlayChange}
              onExpandAll={() => setCollapsed(new Set())}
              onCollapseAll={() => setCollapsed(new Set(data.units.filter((u) => index.depth(u.id) >= 1).map((u) => u.id)))}
              focusName={focus ? (index.unit(focus)?.name ?? null) : null}
              onClearFocus={() => onFocusUnit(null)}
              onExport={onExport}
              exporting={exporting}
              exportError={exportError}
            />
          </Panel>
          <Panel position="bottom-left">
            <Legend overlay={overlay} />
          </Panel>
          <Controls position="top-right" showInteractive={false} fitViewOptions={{ duration: 300, maxZoom: 1 }} />
          <MiniMap pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={2} style={{ width: 180, height: 120 }} />
          <Background gap={24} color="#e3e8ef" />
        </ReactFlow>
      </div>
    </ChartActionsContext.Provider>
  );
}

function minimapColor(node: Node): string {
  if (node.type === 'unit') return node.data.collapsed ? '#c9d4e3' : 'rgba(120, 144, 176, 0.12)';
  const coverage = node.data.coverage;
  return coverage === 'many' ? '#3f9b5b' : coverage === 'one' ? '#e0a030' : '#d0574b';
}

function without(set: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const next = new Set(set);
  for (const id of ids) next.delete(id);
  return next;
}

const nextFrames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
