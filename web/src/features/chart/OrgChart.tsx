import { useQuery } from '@apollo/client/react';
import {
  Background,
  Controls,
  getViewportForBounds,
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
import { absoluteBoxes, type NodeBox } from './absolute-boxes';
import { absolutePosition, markModes, markPath, withCurrentData } from './decorate';
import type { ChartNode } from './flow-types';
import { Legend } from './Legend';
import { edgeTypes, nodeTypes } from './node-types';
import { indexOrg, type OrgData } from './org-data';
import { nodesNear, useNearView } from './near-view';
import { positionPathQuery } from './path.query';
import { closingsToFitReadable, measurable, type FitArea } from './readable-fit';
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
const OVERVIEW_BELOW_ZOOM = 0.3;
const MIN_ZOOM = 0.02;
/** Narrower than this (a panel or a list beside it), the chart folds its toolbar, legend and minimap away. */
const ROOMY_ABOVE_PX = 1180;
/** Narrower than this (a panel and a list), the overlay switch goes into the toolbar's menu too. */
const TIGHT_BELOW_PX = 760;
/** Fitting leaves the toolbar's strip at the top free (as tall as the toolbar is), so that it covers no card. */
const fitOptions = (toolbarBottom: number) => ({ maxZoom: 1, padding: { top: `${Math.round(toolbarBottom) + 12}px` as const, right: '24px' as const, bottom: '24px' as const, left: '24px' as const } });
/** How much a notice line adds to the toolbar's height. */
const NOTICE_LINE = 40;
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
  const toolbarBottom = () => (top.current ? top.current.offsetTop + top.current.offsetHeight : 52);
  const fit = () => fitOptions(toolbarBottom());
  const fitToBox = (box: NodeBox, duration: number) => {
    const { clientWidth = 0, clientHeight = 0 } = container.current ?? {};
    void flow.setViewport(getViewportForBounds(box, clientWidth, clientHeight, MIN_ZOOM, fit().maxZoom, fit().padding), { duration });
  };
  /**
   * The room a fit will have: the chart's area less the fit's padding (as fitOptions sets it),
   * and less a line of the toolbar for the notice the fit may bring.
   */
  const fitArea = (): FitArea => {
    const { clientWidth = 1440, clientHeight = 900 } = container.current ?? {};
    return { width: clientWidth - 48, height: clientHeight - (Math.round(toolbarBottom()) + 12) - 24 - NOTICE_LINE };
  };
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
  // Opening much at once (expand N levels) keeps the chart as it was until every position it
  // opens is here, so that hundreds of empty units are not drawn, measured and thrown away.
  // `checked`: the target was measured, and closed where it would not fit readable.
  const refit = useRef<{ target: string | null; after: ChartNode[] | null; checked?: boolean } | null>(null);
  const loading = !!data.loadingUnits?.size;
  const holding = refit.current?.target === null && (loading || elements.unloaded.length > 0);
  const held = useRef(elements);
  if (!holding) held.current = elements;
  const laidOut = held.current;
  const layout = useChartLayout(laidOut.nodes, laidOut.edges, direction);
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
    const edges = withRoutes(laidOut.edges.filter((e) => ids.has(e.source) && ids.has(e.target)), layout.routes);
    const path = markPath(withCurrentData(layout.nodes, laidOut.nodes), edges, selectedId, chainIds);
    return { nodes: markModes(path.nodes, marks), edges: path.edges };
  }, [layout.nodes, layout.routes, laidOut, selectedId, chainIds, marks]);

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
    if (layout.status !== 'ready' || fittedFor.current !== undefined) return;
    fittedFor.current = focus;
    if (selectedId) return; // the initial view centres on the shared position instead
    requestAnimationFrame(() => flow.fitView({ ...fit(), duration: 0 }));
  }, [layout.status, focus, flow, selectedId]);
  // A new focus (or none) is fitted once its layout is in, as any other change of what is open.
  const layoutNodes = useRef(layout.nodes);
  layoutNodes.current = layout.nodes;
  useEffect(() => {
    if (fittedFor.current === undefined || fittedFor.current === focus) return;
    fittedFor.current = focus;
    if (refit.current?.target !== focus) refit.current = { target: focus, after: layoutNodes.current };
    setReadable((shown) => (shown && shown.target === focus ? shown : null));
  }, [focus]);

  // After the user opens or closes units, or turns the chart, fit the view once the new layout
  // (and every position it waits for) is in: to the unit that changed, or to the whole chart.
  useEffect(() => {
    const pending = refit.current;
    if (!pending || layout.status !== 'ready' || !layout.current || layout.nodes === pending.after || loading) return;
    // A unit whose positions came only now is measured now; closing some of it lays it out again.
    if (pending.target && !pending.checked) {
      const closed = closingsToFitReadable(data, index, collapsed, pending.target, fitArea(), direction);
      if (closed.length) {
        refit.current = { target: pending.target, after: layout.nodes, checked: true };
        setReadable({ target: pending.target, closed });
        setCollapsed(new Set([...collapsed, ...closed]));
        return;
      }
    }
    refit.current = null;
    // To the unit's laid-out box: React Flow may not hold the unit (a large chart gets only what is near the view).
    const box = pending.target ? absoluteBoxes(layout.nodes).get(pending.target) : undefined;
    const duration = fitDuration(layout.nodes);
    requestAnimationFrame(() => void (box ? fitToBox(box, duration) : flow.fitView({ ...fit(), duration })));
  }, [layout, loading, flow, data, index, collapsed, direction]);

  // Opening many more positions at once asks first, naming how many.
  const [confirmation, setConfirmation] = useState<{ next: Set<string>; count: number; target: string | null } | null>(null);
  // A unit fitted to the view shows its cards readable: sub-units that would make them too small
  // are closed (the deepest first), and the toolbar says so and offers to open them anyway.
  const [readable, setReadable] = useState<{ target: string; closed: string[] } | null>(null);
  const keepReadable = useCallback(
    (next: Set<string>, target: string) => {
      if (!measurable(index, next, target)) return { next, checked: false };
      const closed = closingsToFitReadable(data, index, next, target, fitArea(), direction);
      setReadable(closed.length ? { target, closed } : null);
      return { next: closed.length ? new Set([...next, ...closed]) : next, checked: true };
    },
    [data, index, direction],
  );
  const applyCollapsed = useCallback(
    (wanted: Set<string>, target: string | null) => {
      const { next, checked } = target ? keepReadable(wanted, target) : { next: wanted, checked: true };
      if (!target) setReadable(null);
      refit.current = { target, after: layout.nodes, checked };
      setConfirmation(null);
      setCollapsed(next);
    },
    [layout.nodes, keepReadable],
  );
  const openAnyway = useCallback(() => {
    if (!readable) return;
    refit.current = { target: readable.target, after: layout.nodes, checked: true };
    setReadable(null);
    setCollapsed(without(collapsed, readable.closed));
  }, [readable, layout.nodes, collapsed]);
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
      focusUnit: (id) => {
        const { next, checked } = keepReadable(new Set(collapsed), id);
        refit.current = { target: id, after: layout.nodes, checked };
        if (next.size !== collapsed.size) setCollapsed(next);
        onFocusUnit(id);
      },
      retryUnit: (id) => onRetryUnit(id),
    }),
    [collapsed, index, requestCollapsed, keepReadable, layout.nodes, onFocusUnit, onRetryUnit],
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
    return () => (built ??= layout.nodes ? cardTree(layout.nodes, laidOut.edges, direction) : null);
  }, [layout.nodes, laidOut, direction]);
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
  // While a large opening waits to be fitted whole (its positions still arriving, then the fit),
  // the chart is drawn as the overview it is about to become, not card by card at the old zoom.
  const fittingWhole = refit.current !== null && refit.current.target === null;
  const bigChart = !!shown && shown.nodes.length > OVERVIEW_ABOVE_NODES;
  const overview = bigChart && (zoomedOut || fittingWhole);
  const near = useNearView(bigChart && !overview);
  const boxes = useMemo(() => absoluteBoxes(layout.nodes ?? []), [layout.nodes]);
  const drawn = useMemo(() => {
    if (!shown || !bigChart) return shown;
    // In the overview only the departments and the positions above them are nodes; the rest is one SVG.
    if (overview) return { nodes: shown.nodes.filter((n) => !n.parentId), edges: shown.edges.filter((e) => !isInUnit(e.source) && !isInUnit(e.target)) };
    return nodesNear(shown.nodes, shown.edges, boxes, near);
  }, [shown, bigChart, overview, isInUnit, boxes, near]);
  // Exports draw every laid-out node, also those the overview or the screen leaves out.
  const exportSource = useCallback(() => shown ?? { nodes: [], edges: [] }, [shown]);

  if (!shown || !drawn) {
    if (layout.status === 'error') {
      const message = layout.error instanceof Error ? layout.error.message : String(layout.error);
      return <StatusMessage kind="error" title={t('error.layout', { message })} />;
    }
    return <StatusMessage kind="loading">{t('load.layout')}</StatusMessage>;
  }

  const toLoad = (data.loadingUnits?.size ?? 0) + elements.unloaded.length;
  const notice = holding
    ? { text: t('toolbar.progress', { count: toLoad.toLocaleString(lang === 'et' ? 'et-EE' : 'en-GB') }) }
    : readable
      ? {
          text: readable.closed.length === 1 ? t('toolbar.readable.closed.1') : t('toolbar.readable.closed', { count: readable.closed.length }),
          action: { label: t('toolbar.readable.open'), onClick: openAnyway },
        }
      : null;
  const large = shown.nodes.length > RENDER_VISIBLE_ONLY_ABOVE;
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
            notice={notice}
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
          minZoom={MIN_ZOOM}
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
          <Controls position="top-right" showInteractive={false} fitViewOptions={{ ...fit(), duration: fitDuration(shown.nodes) }} />
          {asideOpen && <MiniMap<ChartNode> pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={2} style={{ width: 180, height: 120 }} />}
          <Background gap={24} color="#e3e8ef" />
          {overview && <ChartOverview nodes={shown.nodes} colour={minimapColor} />}
        </ReactFlow>
      </div>
      </ChartDirectionContext.Provider>
    </ChartActionsContext.Provider>
  );
}

/**
 * A large chart is fitted at once: an animated fit re-renders its nodes on every frame of the
 * transition, each frame a long task of its own.
 */
function fitDuration(nodes: readonly ChartNode[]): number {
  return nodes.length > OVERVIEW_ABOVE_NODES ? 0 : 300;
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
