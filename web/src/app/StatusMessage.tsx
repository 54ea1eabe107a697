import type { ReactNode } from 'react';

/** A centred message for loading, empty and error states, announced to screen readers. */
export function StatusMessage({
  kind,
  title,
  children,
  action,
}: {
  kind: 'loading' | 'empty' | 'error';
  title?: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={`status-message status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      {title && <strong className="status-title">{title}</strong>}
      {children && <div className="status-body">{children}</div>}
      {action}
    </div>
  );
}
