/** Labels of the chart's layout and expand controls (merged into `labels.ts`), Estonian and English. */
export const chartEt = {
  'toolbar.expandLevels': 'Ava tasemeid',
  'toolbar.expandLevel.1': '1',
  'toolbar.expandLevel.2': '2',
  'toolbar.expandLevel.all': 'kõik',
  'toolbar.expandLevel.1.hint': 'Näita osakondi (alamüksused suletud)',
  'toolbar.expandLevel.2.hint': 'Ava osakonnad ja nende otsesed alamüksused',
  'toolbar.expandLevel.all.hint': 'Ava kõik üksused',
  'toolbar.direction': 'Suund',
  'toolbar.direction.TB': 'Ülalt alla',
  'toolbar.direction.LR': 'Vasakult paremale',
  'toolbar.confirm.text': 'Avan veel {count} ametikohta. Suur skeem laadib ja joonistub aega võttes.',
  'toolbar.confirm.ok': 'Ava veel {count} ametikohta',
  'toolbar.confirm.cancel': 'Loobu',
  'unit.expandSubtree': 'Ava üksus koos kõigi alamüksustega',
};

export const chartEn: Record<keyof typeof chartEt, string> = {
  'toolbar.expandLevels': 'Expand levels',
  'toolbar.expandLevel.1': '1',
  'toolbar.expandLevel.2': '2',
  'toolbar.expandLevel.all': 'all',
  'toolbar.expandLevel.1.hint': 'Show the departments (sub-units closed)',
  'toolbar.expandLevel.2.hint': 'Open the departments and their direct sub-units',
  'toolbar.expandLevel.all.hint': 'Open every unit',
  'toolbar.direction': 'Direction',
  'toolbar.direction.TB': 'Top down',
  'toolbar.direction.LR': 'Left to right',
  'toolbar.confirm.text': 'This opens {count} more positions. A large chart takes a while to load and draw.',
  'toolbar.confirm.ok': 'Open {count} more positions',
  'toolbar.confirm.cancel': 'Cancel',
  'unit.expandSubtree': 'Open the unit with all its sub-units',
};
