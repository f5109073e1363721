import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';

/** No patient session here: the link was not opened in this browser, or its session has ended. */
export function LinkNeededPage() {
  usePageTitle('Open the link in your message');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">Open the link in your message</h1>
        <p>Open the link in the message from your GP practice again.</p>
        <p>
          For your safety, this page only works after you open that link, and for a limited time. If the link no longer
          works, contact your GP practice and ask them to send a new one.
        </p>
      </div>
    </div>
  );
}

export function PatientNotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-l">Page not found</h1>
        <p>
          <Link to="/patient">Go to your request</Link>
        </p>
      </div>
    </div>
  );
}
