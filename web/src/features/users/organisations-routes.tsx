import { Route, Routes } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';

/** A system administrator's organisations: practices, services and clinic sites, and their first administrators (issue 13 §1). */
export function OrganisationsRoutes() {
  return (
    <Routes>
      <Route index element={<OrganisationsIndex />} />
    </Routes>
  );
}

function OrganisationsIndex() {
  usePageTitle('Organisations');
  return <h1 className="nhsuk-heading-l">Organisations</h1>;
}
