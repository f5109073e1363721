import { useEffect } from 'react';

/** Sets the document title as "<page> – Telederm", prefixed with "Error: " while the page shows errors. */
export function usePageTitle(page: string, { hasErrors = false } = {}): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${page} – Telederm`;
  }, [page, hasErrors]);
}
