import { describe, expect, it } from 'vitest';
import { cardTree, moveForKey } from '../../web/src/features/chart/card-keys';
import { compactLayout } from '../../web/src/features/chart/compact-layout';
import { indexOrg } from '../../web/src/features/chart/org-data';
import { toFlow } from '../../web/src/features/chart/to-flow';
import { smallOrg } from './org-fixture';

describe('arrow keys among the cards', () => {
  const data = smallOrg();
  const { nodes, edges } = toFlow(data, { collapsed: new Set(), overlay: false }, indexOrg(data));
  const laidOut = compactLayout(nodes, edges, { direction: 'TB' });
  const tree = cardTree(laidOut, edges, 'TB');

  it('goes up to the manager and down to the first report along the reporting lines', () => {
    expect(tree.move('teamLead', 'manager')).toBe('divHead');
    expect(tree.move('divHead', 'manager')).toBe('head');
    expect(tree.move('head', 'report')).toBe('divHead');
    expect(tree.move('director', 'manager')).toBeNull();
  });

  it('goes up from a card no line reaches to the unit around it', () => {
    expect(tree.move('adviser', 'manager')).toBe('D2');
  });

  it('moves among peers in the order they are drawn, and stops at the ends', () => {
    const peers = laidOut.filter((n) => tree.move(n.id, 'manager') === 'teamLead').map((n) => n.id);
    expect(peers.length).toBeGreaterThan(0);
    const first = tree.move('teamLead', 'report')!;
    expect(tree.move(first, 'previous')).toBeNull();
    let at = first;
    const visited = [at];
    for (let next = tree.move(at, 'next'); next; next = tree.move(at, 'next')) visited.push((at = next));
    expect(visited.sort()).toEqual(peers.sort());
  });

  it('turns the keys with the tree when it grows left to right', () => {
    expect(moveForKey('ArrowUp', 'TB')).toBe('manager');
    expect(moveForKey('ArrowRight', 'TB')).toBe('next');
    expect(moveForKey('ArrowLeft', 'LR')).toBe('manager');
    expect(moveForKey('ArrowDown', 'LR')).toBe('next');
    expect(moveForKey('Enter', 'TB')).toBeNull();
  });
});
