import { Route, Routes } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';

/** The service's eligibility rule sets, one per pathway, and their versions (issue 13 §1). */
export function RuleSetsRoutes() {
  return (
    <Routes>
      <Route index element={<RuleSetsIndex />} />
    </Routes>
  );
}

function RuleSetsIndex() {
  usePageTitle('Eligibility rules');
  return <h1 className="nhsuk-heading-l">Eligibility rules</h1>;
}
