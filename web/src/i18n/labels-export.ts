/** Labels of the chart's export (merged into `labels.ts`), Estonian and English. */
export const exportEt = {
  'export.pdfA4': 'PDF A4',
  'export.pdfA3': 'PDF A3',
  'export.png.hint': 'Kogu skeem pildina (PNG)',
  'export.svg.hint': 'Kogu skeem vektorjoonisena (SVG), avaneb Inkscape’is ja pilditöötlusprogrammides',
  'export.pdf.hint': 'Kogu skeem printimiseks ({size}, rõhtpaigutus, vajadusel mitmel lehel)',
  'export.working': 'Ekspordin {format}…',
  'export.dataDate': 'Andmed seisuga {date}',
  'export.noDate': 'andmete kuupäev teadmata',
  'export.mode': 'Vaade: {mode}',
  'export.page': 'Lehekülg {page} / {pages}',
  'export.place': 'rida {row}, veerg {column}',
  'export.untitled': 'Struktuurskeem',
};

export const exportEn: Record<keyof typeof exportEt, string> = {
  'export.pdfA4': 'PDF A4',
  'export.pdfA3': 'PDF A3',
  'export.png.hint': 'The whole chart as a picture (PNG)',
  'export.svg.hint': 'The whole chart as a vector drawing (SVG) that Inkscape and image tools open',
  'export.pdf.hint': 'The whole chart for print ({size}, landscape, over several pages where needed)',
  'export.working': 'Exporting {format}…',
  'export.dataDate': 'Data as of {date}',
  'export.noDate': 'date of the data unknown',
  'export.mode': 'View: {mode}',
  'export.page': 'Page {page} of {pages}',
  'export.place': 'row {row}, column {column}',
  'export.untitled': 'Org chart',
};
