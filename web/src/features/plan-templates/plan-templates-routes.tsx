import { Route, Routes } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';

/** The service's plan templates and leaflets per diagnosis (issue 13 §1). */
export function PlanTemplatesRoutes() {
  return (
    <Routes>
      <Route index element={<PlanTemplatesIndex />} />
    </Routes>
  );
}

function PlanTemplatesIndex() {
  usePageTitle('Plan templates and leaflets');
  return <h1 className="nhsuk-heading-l">Plan templates and leaflets</h1>;
}
