import { Route, Routes } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';

/** The organisation's users: invitations, roles, disabling (issue 13 §1). */
export function UsersRoutes() {
  return (
    <Routes>
      <Route index element={<UsersIndex />} />
    </Routes>
  );
}

function UsersIndex() {
  usePageTitle('Users');
  return <h1 className="nhsuk-heading-l">Users</h1>;
}
