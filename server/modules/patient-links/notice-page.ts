import fs from 'node:fs';
import path from 'node:path';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A plain page for a link that cannot be used, drawn by the server so that it
 * says what happened before any script runs, and nothing about the patient.
 * It borrows the web app's stylesheet when the app is built.
 */
export function noticePage(webDist: string | null, notice: { title: string; paragraphs: string[] }): string {
  let stylesheet = '';
  if (webDist) {
    try {
      const index = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
      stylesheet = /<link rel="stylesheet"[^>]*>/.exec(index)?.[0] ?? '';
    } catch {
      stylesheet = '';
    }
  }
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(notice.title)} – Telederm</title>${stylesheet}</head>
<body>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container nhsuk-width-container"><p class="nhsuk-header__service-name">Telederm</p></div></header>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent">
<h1>${escape(notice.title)}</h1>
${notice.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</main></div>
</body></html>`;
}
