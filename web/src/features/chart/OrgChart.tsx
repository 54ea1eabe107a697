import { useQuery } from '@apollo/client/react';
import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  type NodeMouseHandler,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { StatusMessage } from '../../app/StatusMessage';
import type { ChartMode } from '../../app/url-state';
import { useI18n } from '../../i18n/I18nProvider';
import { TONE_COLOR } from '../coverage/gap-severity';
import { useModeMarks } from '../coverage/use-mode-data';
import { cardTree, moveForKey } from './card-keys';
import { ChartActionsContext, ChartDirectionContext, type ChartActions } from './chart-actions';
import { collapsedFromUrl, describeCollapsed, readChartUrl, replaceChartUrl } from './chart-url';
import type { ChartDirection } from './compact-layout';
import { collapsedForLevels, CONFIRM_ABOVE_POSITIONS, positionsShown, withSubtreeOpen, type ExpandLevels } from './expand';
import './chart.css';
import { ChartOverview } from './ChartOverview';
import { ChartToolbar } from './ChartToolbar';
import { absolutePosition, markModes, markPath, withCurrentData } from './decorate';
import type { ChartNode } from './flow-types';
import { Legend } from './Legend';
import { edgeTypes, nodeTypes } from './node-types';
import { indexOrg, type OrgData } from './org-data';
import { positionPathQuery } from './path.query';
import { defaultCollapsed, toFlow } from './to-flow';
import { withRoutes } from './reporting-route';
import { useChartLayout } from './use-chart-layout';
import { useRevealSelected, without } from './use-reveal-selected';
import { useNarrow } from './use-narrow';

export interface OrgChartProps {
  data: OrgData;
  selectedId: string | null;
  focusUnitId: string | null;
  overlay: boolean;
  mode: ChartMode;
  /** Absence mode: the positions marked away, and whether managers take over. */
  absentIds: readonly string[];
  escalate: boolean;
  onSelect(positionId: string): void;
  onFocusUnit(unitId: string | null): void;
  onOverlayChange(on: boolean): void;
  onModeChange(mode: ChartMode): void;
  /** Absence mode: a click on a position marks it away, or present again. */
  onToggleAbsent(positionId: string): void;
  /** Fetch the positions of these open units (a large organisation comes unit by unit). */
  onLoadUnits(unitIds: readonly string[]): void;
  /** Try again to fetch a unit's positions after a failure. */
  onRetryUnit(unitId: string): void;
}

/** Above this many nodes only what is on screen is rendered. */
const RENDER_VISIBLE_ONLY_ABOVE = 150;
/** A chart of more nodes than this, zoomed out below OVERVIEW_BELOW_ZOOM, draws positions in a unit as plain rectangles. */
const OVERVIEW_ABOVE_NODES = 800;
const OVERVIEW_BELOW_ZOOM = 0.22;
/** Narrower than this (a panel or a list beside it), the chart folds its toolbar, legend and minimap away. */
const ROOMY_ABOVE_PX = 1180;
/** Narrower than this (a panel and a list), the overlay switch goes into the toolbar's menu too. */
const TIGHT_BELOW_PX = 760;
/** Fitting leaves the toolbar's strip at the top free (as tall as the toolbar is), so that it covers no card. */
const fitOptions = (toolbarBottom: number) => ({ maxZoom: 1, padding: { top: `${Math.round(toolbarBottom) + 12}px` as const, right: '24px' as const, bottom: '24px' as const, left: '24px' as const } });
/** A card moved to with the arrow keys is shown at least this large. */
const KEYBOARD_ZOOM = 0.6;

/** The org chart: units as nested boxes, positions inside, reporting and substitution lines. */
export function OrgChart(props: OrgChartProps) {
  const { data, selectedId, focusUnitId, overlay, mode, absentIds, escalate, onSelect, onFocusUnit, onOverlayChange, onLoadUnits, onRetryUnit } = props;
  const { t, lang } = useI18n();
  const flow = useReactFlow();
  const container = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  // Read when fitting: the toolbar may have grown a line (the focus chip) since the last render.
  const fit = () => fitOptions(top.current ? top.current.offsetTop + top.current.offsetHeight : 52);
  const index = useMemo(() => indexOrg(data), [data]);
  // The opening view, and the units and orientation a shared link asks for beside it.
  const [initial] = useState(() => defaultCollapsed(data, index));
  const [linked] = useState(() => readChartUrl(window.location.search));
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => collapsedFromUrl(linked, data, index, initial));
  const focus = focusUnitId && index.unit(focusUnitId) ? focusUnitId : null;

  const { data: pathData } = useQuery(positionPathQuery, { variables: { id: selectedId ?? '' }, skip: !selectedId });

  useRevealSelected({ selectedId, index, pathData, focus, onFocusUnit, setCollapsed });

  const elements = useMemo(() => toFlow(data, { collapsed, focusUnitId: focus, overlay }, index), [data, collapsed, focus, overlay, index]);
  const [direction, setDirection] = useState<ChartDirection>(linked.direction);
  useEffect(() => replaceChartUrl({ direction, ...describeCollapsed(collapsed, data, index, initial) }), [direction, collapsed, data, index, initial]);
  const layout = useChartLayout(elements.nodes, elements.edges, direction);
  useEffect(() => {
    if (elements.unloaded.length) onLoadUnits(elements.unloaded);
  }, [elements.unloaded, onLoadUnits]);
  const chainIds = useMemo(
    () => (pathData?.position?.id === selectedId ? (pathData?.position?.reportingChain.map((p) => p.id) ?? []) : []),
    [pathData, selectedId],
  );

  const marks = useModeMarks(mode, absentIds, escalate);
  const shown = useMemo(() => {
    if (!layout.nodes) return null;
    // The layout on screen can lag one step behind the elements; draw only lines whose ends it has.
    const ids = new Set(layout.nodes.map((n) => n.id));
    const edges = withRoutes(elements.edges.filter((e) => ids.has(e.source) && ids.has(e.target)), layout.routes);
    const path = markPath(withCurrentData(layout.nodes, elements.nodes), edges, selectedId, chainIds);
    return { nodes: markModes(path.nodes, marks), edges: path.edges };
  }, [layout.nodes, layout.routes, elements.nodes, elements.edges, selectedId, chainIds, marks]);

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

  // Only the first view fits the chart: React Flow refits whenever `fitView` turns true, and
  // closing the panel would then fit to the width the chart had before the panel went away.
  const [fitOnOpen] = useState(!selectedId);
  const fittedFor = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (layout.status !== 'ready' || fittedFor.current === focus) return;
    const first = fittedFor.current === undefined;
    fittedFor.current = focus;
    if (first && selectedId) return; // the initial view centres on the shared position instead
    requestAnimationFrame(() => flow.fitView({ ...fit(), duration: first ? 0 : 300 }));
  }, [layout.status, focus, flow, selectedId]);

  // After the user opens or closes units, or turns the chart, fit the view once the new layout
  // (and every position it waits for) is in: to the unit that changed, or to the whole chart.
  const refit = useRef<{ target: string | null; after: ChartNode[] | null } | null>(null);
  const loading = !!data.loadingUnits?.size;
  useEffect(() => {
    const pending = refit.current;
    if (!pending || layout.status !== 'ready' || !layout.current || layout.nodes === pending.after || loading) return;
    refit.current = null;
    const nodes = pending.target && layout.nodes.some((n) => n.id === pending.target) ? [{ id: pending.target }] : undefined;
    requestAnimationFrame(() => void flow.fitView({ ...fit(), nodes, duration: 300 }));
  }, [layout, loading, flow]);

  // Opening many more positions at once asks first, naming how many.
  const [confirmation, setConfirmation] = useState<{ next: Set<string>; count: number; target: string | null } | null>(null);
  const applyCollapsed = useCallback(
    (next: Set<string>, target: string | null) => {
      refit.current = { target, after: layout.nodes };
      setConfirmation(null);
      setCollapsed(next);
    },
    [layout.nodes],
  );
  const requestCollapsed = useCallback(
    (next: Set<string>, target: string | null) => {
      const count = positionsShown(data, index, next, focus) - positionsShown(data, index, collapsed, focus);
      if (count > CONFIRM_ABOVE_POSITIONS) setConfirmation({ next, count, target });
      else applyCollapsed(next, target);
    },
    [data, index, focus, collapsed, applyCollapsed],
  );
  const expandLevels = useCallback((levels: ExpandLevels) => requestCollapsed(collapsedForLevels(data, index, levels), null), [data, index, requestCollapsed]);
  const changeDirection = useCallback(
    (next: ChartDirection) => {
      refit.current = { target: null, after: layout.nodes };
      setDirection(next);
    },
    [layout.nodes],
  );

  const actions = useMemo<ChartActions>(
    () => ({
      toggleUnit: (id) => requestCollapsed(collapsed.has(id) ? without(collapsed, [id]) : new Set([...collapsed, id]), id),
      expandSubtree: (id) => requestCollapsed(withSubtreeOpen(collapsed, index, id), id),
      focusUnit: (id) => onFocusUnit(id),
      retryUnit: (id) => onRetryUnit(id),
    }),
    [collapsed, index, requestCollapsed, onFocusUnit, onRetryUnit],
  );

  // In absence mode a click marks the position away instead of opening its panel.
  const activate = mode === 'absence' ? props.onToggleAbsent : onSelect;
  const onNodeClick = useCallback<NodeMouseHandler<ChartNode>>(
    (_, node) => {
      if (node.type === 'position') activate(node.id);
    },
    [activate],
  );

  // The tree the arrow keys walk; built when first needed after each layout.
  const tree = useMemo(() => {
    let built: ReturnType<typeof cardTree> | null = null;
    return () => (built ??= layout.nodes ? cardTree(layout.nodes, elements.edges, direction) : null);
  }, [layout.nodes, elements.edges, direction]);
  const [announcement, setAnnouncement] = useState('');

  /** Brings a card into view (it may not be drawn while off screen or in the overview), then focuses it. */
  const moveTo = useCallback(
    (id: string) => {
      const at = tree()?.position(id);
      const node = layout.nodes?.find((n) => n.id === id);
      if (!at || !node) return;
      const zoom = Math.max(flow.getZoom(), KEYBOARD_ZOOM);
      void flow.setCenter(at.x + (node.width ?? 0) / 2, at.y + (node.height ?? 0) / 2, { zoom, duration: 0 });
      setAnnouncement(node.type === 'unit' ? node.data.name : node.data.title);
      let frames = 0;
      const focus = () => {
        const element = container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        if (element) element.focus({ preventScroll: true });
        else if (frames++ < 30) requestAnimationFrame(focus);
      };
      requestAnimationFrame(focus);
    },
    [tree, layout.nodes, flow],
  );

  // Tab reaches the nodes (React Flow makes them focusable) after the toolbar; arrow keys move among
  // them along the tree; Enter opens a position or toggles a unit.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const element = event.target as HTMLElement;
      if (!element.classList.contains('react-flow__node')) return;
      const id = element.dataset.id;
      const node = id ? layout.nodes?.find((n) => n.id === id) : undefined;
      if (!node) return;
      const move = moveForKey(event.key, direction);
      if (move) {
        event.preventDefault();
        const next = tree()?.move(node.id, move);
        if (next) moveTo(next);
        return;
      }
      if (event.key !== 'Enter') return;
      event.preventDefault();
      if (node.type === 'position') activate(node.id);
      else actions.toggleUnit(node.id);
    },
    [layout.nodes, activate, actions, direction, tree, moveTo],
  );

  // Beside a panel or a list the toolbar folds into a menu, and the legend and minimap step aside
  // until asked for (null: as the width has it).
  const narrow = useNarrow(container, ROOMY_ABOVE_PX);
  const tight = useNarrow(container, TIGHT_BELOW_PX);
  const [asideChoice, setAsideChoice] = useState<boolean | null>(null);
  const asideOpen = asideChoice ?? !narrow;

  const zoomedOut = useStore((s) => s.transform[2] < OVERVIEW_BELOW_ZOOM);
  const isInUnit = useCallback((id: string) => !!index.position(id)?.unit, [index]);
  // Exports draw every laid-out node, also those the overview or the screen leaves out.
  const exportSource = useCallback(() => shown ?? { nodes: [], edges: [] }, [shown]);

  if (!shown) {
    if (layout.status === 'error') {
      const message = layout.error instanceof Error ? layout.error.message : String(layout.error);
      return <StatusMessage kind="error" title={t('error.layout', { message })} />;
    }
    return <StatusMessage kind="loading">{t('load.layout')}</StatusMessage>;
  }

  const large = shown.nodes.length > RENDER_VISIBLE_ONLY_ABOVE;
  // While a large opening waits to be fitted whole (its positions still arriving, then the fit),
  // the chart is drawn as the overview it is about to become, not card by card at the old zoom.
  const fittingWhole = refit.current !== null && refit.current.target === null;
  const overview = (zoomedOut || fittingWhole) && shown.nodes.length > OVERVIEW_ABOVE_NODES;
  // In the overview only the units and the positions above them are nodes; the rest is one SVG.
  const drawn = overview ? { nodes: shown.nodes.filter((n) => n.type === 'unit' || !n.parentId), edges: shown.edges.filter((e) => !isInUnit(e.source) && !isInUnit(e.target)) } : shown;
  const extent = layout.status === 'ready' ? extentOf(layout.nodes) : undefined;
  return (
    <ChartActionsContext.Provider value={actions}>
      <ChartDirectionContext.Provider value={direction}>
      <div
        className="org-chart"
        ref={container}
        onKeyDown={onKeyDown}
        data-layout={layout.status}
        data-nodes={shown.nodes.length}
        data-overview={overview || undefined}
        data-mode={mode}
        data-direction={direction}
        data-extent={extent}
        data-layout-ms={layout.status === 'ready' ? Math.round(layout.ms) : undefined}
        aria-busy={layout.status === 'pending'}
      >
        {/* Before the chart in the page, so that Tab reaches the toolbar before the cards. */}
        <div className="chart-top" ref={top}>
          <ChartToolbar
            mode={mode}
            onModeChange={props.onModeChange}
            overlay={overlay}
            onOverlayChange={onOverlayChange}
            onExpandLevels={expandLevels}
            direction={direction}
            onDirectionChange={changeDirection}
            compact={tight ? 'tight' : narrow ? 'menu' : false}
            confirm={
              confirmation && {
                count: confirmation.count.toLocaleString(lang === 'et' ? 'et-EE' : 'en-GB'),
                onConfirm: () => applyCollapsed(confirmation.next, confirmation.target),
                onCancel: () => setConfirmation(null),
              }
            }
            focusName={focus ? (index.unit(focus)?.name ?? null) : null}
            onClearFocus={() => onFocusUnit(null)}
            exportSource={exportSource}
          />
        </div>
        <div className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </div>
        <ReactFlow
          nodes={drawn.nodes}
          edges={drawn.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={onNodeClick}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          edgesFocusable={false}
          zIndexMode="manual"
          onlyRenderVisibleElements={large}
          minZoom={0.02}
          maxZoom={2}
          fitView={fitOnOpen}
          fitViewOptions={fitOptions(52)}
          ariaLabelConfig={{
            'node.a11yDescription.default': mode === 'absence' ? t('flow.absenceHint') : t('flow.nodeHint'),
            'controls.ariaLabel': t('flow.controls'),
            'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
            'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
            'controls.fitView.ariaLabel': t('toolbar.fit'),
            'minimap.ariaLabel': t('flow.minimap'),
          }}
        >
          <Panel position="bottom-left" className="chart-aside">
            <button type="button" className="aside-toggle" aria-expanded={asideOpen} onClick={() => setAsideChoice(!asideOpen)}>
              {asideOpen ? t('chart.aside.hide') : t('chart.aside.show')}
            </button>
            {asideOpen && <Legend overlay={overlay} mode={mode} escalate={escalate} />}
          </Panel>
          <Controls position="top-right" showInteractive={false} fitViewOptions={{ ...fit(), duration: 300 }} />
          {asideOpen && <MiniMap<ChartNode> pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={2} style={{ width: 180, height: 120 }} />}
          <Background gap={24} color="#e3e8ef" />
          {overview && <ChartOverview nodes={shown.nodes} colour={minimapColor} />}
        </ReactFlow>
      </div>
      </ChartDirectionContext.Provider>
    </ChartActionsContext.Provider>
  );
}

const ABSENCE_COLOR = { away: '#9aa5b1', uncovered: '#b3261e', fallback: '#e08a00', 'at-risk': '#e5483b' } as const;

function minimapColor(node: ChartNode): string {
  if (node.type === 'unit') return node.data.collapsed ? '#c9d4e3' : 'rgba(120, 144, 176, 0.12)';
  // In absence mode only the absence result colours a position (null: untouched, drawn neutral).
  if (node.data.absence !== undefined) return node.data.absence ? ABSENCE_COLOR[node.data.absence] : '#c3cedb';
  if (node.data.gapTone) return TONE_COLOR[node.data.gapTone];
  const coverage = node.data.coverage;
  return coverage === 'many' ? '#3f9b5b' : coverage === 'one' ? '#e0a030' : '#d0574b';
}

/** Width × height of the laid-out chart, in chart pixels (for tests and the benchmark). */
function extentOf(nodes: readonly ChartNode[]): string {
  let [right, bottom] = [0, 0];
  for (const node of nodes) {
    if (node.parentId) continue;
    right = Math.max(right, node.position.x + (node.width ?? 0));
    bottom = Math.max(bottom, node.position.y + (node.height ?? 0));
  }
  return `${Math.round(right)}x${Math.round(bottom)}`;
}
