/** Labels of signing in, the skip link and absence marking by search (merged into `labels.ts`), Estonian and English. */
export const accessEt = {
  'access.label': 'Ligipääs',
  'access.role.VIEWER': 'Vaataja',
  'access.role.HR': 'HR',
  'access.role.ADMIN': 'Administraator',
  'access.signIn': 'Logi sisse',
  'access.changeToken': 'Vaheta võtit',
  'access.signOut': 'Logi välja',
  'skip.chart': 'Liigu skeemi juurde',
  'skip.chart.target': 'Struktuurskeem',
  'absence.search.label': 'Märgi eemalolijaks',
  'absence.search.placeholder': 'Otsi ametikohta…',
};

export const accessEn: Record<keyof typeof accessEt, string> = {
  'access.label': 'Access',
  'access.role.VIEWER': 'Viewer',
  'access.role.HR': 'HR',
  'access.role.ADMIN': 'Administrator',
  'access.signIn': 'Sign in',
  'access.changeToken': 'Change token',
  'access.signOut': 'Sign out',
  'skip.chart': 'Skip to the chart',
  'skip.chart.target': 'Org chart',
  'absence.search.label': 'Mark as away',
  'absence.search.placeholder': 'Find a position…',
};
