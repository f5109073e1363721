import { Route, Routes } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';

/** The service's response targets, clinic rules and contact details (issue 13 §1). */
export function ServiceSettingsRoutes() {
  return (
    <Routes>
      <Route index element={<ServiceSettingsIndex />} />
    </Routes>
  );
}

function ServiceSettingsIndex() {
  usePageTitle('Response targets and service settings');
  return <h1 className="nhsuk-heading-l">Response targets and service settings</h1>;
}
