import type { GapKind } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { toneOfGap } from './gap-severity';

/** A gap kind's name, coloured by its step on the scale. */
export function GapKindBadge({ kind }: { kind: GapKind }) {
  const t = useT();
  return <span className={`gap-kind gap-tone-${toneOfGap(kind)}`}>{t(`gap.kind.${kind}`)}</span>;
}
