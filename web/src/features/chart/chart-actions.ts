import { createContext, useContext } from 'react';

/**
 * What a unit node can ask of the chart. Passed by context rather than in node data, so that
 * node data stays plain and memoised nodes do not re-render when a callback changes.
 */
export interface ChartActions {
  toggleUnit(unitId: string): void;
  focusUnit(unitId: string): void;
  /** Fetch a unit's positions again after a failure. */
  retryUnit(unitId: string): void;
}

export const ChartActionsContext = createContext<ChartActions>({ toggleUnit: () => {}, focusUnit: () => {}, retryUnit: () => {} });
export const useChartActions = () => useContext(ChartActionsContext);
