/** A position named in the panel; choosing it moves the chart (and the panel) there. */
export function PositionLink({ id, title, onNavigate }: { id: string; title: string; onNavigate(id: string): void }) {
  return (
    <button type="button" className="link-button" onClick={() => onNavigate(id)}>
      {title}
    </button>
  );
}
