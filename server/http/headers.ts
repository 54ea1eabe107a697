/**
 * Security headers on every answer (the chart, GraphiQL, the API, reports, refusals), through
 * helmet. Scripts load only from this server (no inline script, no eval), nothing may frame the
 * pages, content types are not sniffed and no referrer leaves the page.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        // Style sheets are files too; the styles React and GraphiQL's editor set through the DOM are allowed.
        'style-src': ["'self'"],
        // PNG and SVG export draw the chart through data: and blob: images.
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // The server speaks plain HTTP; HSTS belongs to the TLS proxy in front of it, which knows its domain.
    strictTransportSecurity: false,
  });
}
