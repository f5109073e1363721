import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a page change, focus goes to the new page's main heading so that screen reader and keyboard users start
 * there, as they would on a fresh page. Not on the first page, nor when the navigation asks for quiet focus (the app
 * merely redirecting someone who arrived signed out).
 */
export function useFocusOnNavigation() {
  const location = useLocation();
  const previousKey = useRef(location.key);

  useEffect(() => {
    if (previousKey.current === location.key) return;
    previousKey.current = location.key;
    if ((location.state as { quietFocus?: boolean } | null)?.quietFocus) return;
    const heading = document.querySelector<HTMLElement>('#maincontent h1');
    const target = heading ?? document.getElementById('maincontent');
    if (!target) return;
    if (target === heading) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [location.key, location.state]);
}
