/**
 * A position named in the panel; choosing it moves the chart (and the panel) there. A title that
 * other positions share carries its distinguishing place, so that peers read apart.
 */
export function PositionLink({ id, title, distinguishingPlace, onNavigate }: { id: string; title: string; distinguishingPlace?: string | null; onNavigate(id: string): void }) {
  return (
    <button type="button" className="link-button" onClick={() => onNavigate(id)}>
      {title}
      {distinguishingPlace && <span className="position-place"> ({distinguishingPlace})</span>}
    </button>
  );
}
