import { Route, Routes } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';

/** The audit trail: search, CSV export and the chain's verification (issue 13 §1). */
export function AuditRoutes() {
  return (
    <Routes>
      <Route index element={<AuditIndex />} />
    </Routes>
  );
}

function AuditIndex() {
  usePageTitle('Audit trail');
  return <h1 className="nhsuk-heading-l">Audit trail</h1>;
}
