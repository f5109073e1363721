import type { MouseEvent } from 'react';

/**
 * Moves focus to the main content. Focus is moved by hand rather than by the
 * fragment, so the router does not treat `#maincontent` as a navigation.
 */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById('maincontent');
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <a className="nhsuk-skip-link" href="#maincontent" onClick={skip}>
      Skip to main content
    </a>
  );
}
