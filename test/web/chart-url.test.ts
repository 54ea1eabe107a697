import { describe, expect, it } from 'vitest';
import { collapsedFromUrl, describeCollapsed, readChartUrl, writeChartUrl } from '../../web/src/features/chart/chart-url';
import { collapsedForLevels } from '../../web/src/features/chart/expand';
import { indexOrg } from '../../web/src/features/chart/org-data';
import { smallOrg } from './org-fixture';

describe("the chart's part of a shared link", () => {
  const data = smallOrg();
  const index = indexOrg(data);
  const opening = new Set<string>();

  it('reads the orientation and the open units, top-down and the opening view when the link says nothing', () => {
    expect(readChartUrl('')).toEqual({ direction: 'TB', expand: null, open: [], closed: [] });
    expect(readChartUrl('?dir=lr&expand=2')).toMatchObject({ direction: 'LR', expand: 2 });
    expect(readChartUrl('?expand=7&open=a,b,,a&closed=c')).toEqual({ direction: 'TB', expand: null, open: ['a', 'b'], closed: ['c'] });
  });

  it('names an expand level when the open units are that level’s, and otherwise the units that differ from the opening view', () => {
    expect(describeCollapsed(opening, data, index, opening)).toEqual({ expand: null, open: [], closed: [] });
    expect(describeCollapsed(collapsedForLevels(data, index, 1), data, index, opening)).toEqual({ expand: 1, open: [], closed: [] });
    expect(describeCollapsed(new Set(['D2']), data, index, opening)).toEqual({ expand: null, open: [], closed: ['D2'] });
  });

  it('brings back the closed units it describes, ignoring units it does not know', () => {
    for (const collapsed of [new Set(['D2']), collapsedForLevels(data, index, 2), new Set(['T1', 'D2'])]) {
      const search = writeChartUrl({ direction: 'TB', ...describeCollapsed(collapsed, data, index, opening) }, '');
      expect(collapsedFromUrl(readChartUrl(search), data, index, opening)).toEqual(collapsed);
    }
    expect(collapsedFromUrl(readChartUrl('?closed=nowhere,D2'), data, index, opening)).toEqual(new Set(['D2']));
  });

  it('keeps the other parameters of the link and leaves top-down out', () => {
    const search = writeChartUrl({ direction: 'LR', expand: 'all', open: [], closed: [] }, '?mode=coverage&position=p1&dir=lr&open=x');
    expect(search).toBe('?mode=coverage&position=p1&dir=lr&expand=all');
    expect(writeChartUrl({ direction: 'TB', expand: null, open: [], closed: [] }, '?dir=lr&expand=1')).toBe('');
  });
});
