import { Link } from 'react-router';

/** The NHS.UK back link, to the previous page of a sequence (a real address, so it works in a new tab too). */
export function BackLink({ to, children = 'Back' }: { to: string; children?: string }) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}
