import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Focuses the field named in the address's fragment once the page has drawn it, so a link from an error
 * summary or a Change link on another page lands on the very question.
 */
export function useFocusFromHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const field = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!field) return;
    const label = document.querySelector(`label[for="${field.id}"]`);
    (label ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  }, [hash]);
}
