import { createContext, useContext } from 'react';
import type { ChartDirection } from './compact-layout';

/**
 * What a unit node can ask of the chart. Passed by context rather than in node data, so that
 * node data stays plain and memoised nodes do not re-render when a callback changes.
 */
export interface ChartActions {
  toggleUnit(unitId: string): void;
  /** Open the unit and every unit below it. */
  expandSubtree(unitId: string): void;
  focusUnit(unitId: string): void;
  /** Fetch a unit's positions again after a failure. */
  retryUnit(unitId: string): void;
}

export const ChartActionsContext = createContext<ChartActions>({ toggleUnit: () => {}, expandSubtree: () => {}, focusUnit: () => {}, retryUnit: () => {} });
export const useChartActions = () => useContext(ChartActionsContext);

/** Which way the tree grows: cards put their reporting-line handles on the matching sides. */
export const ChartDirectionContext = createContext<ChartDirection>('TB');
export const useChartDirection = () => useContext(ChartDirectionContext);
