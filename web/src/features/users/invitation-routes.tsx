import { Route, Routes } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';

/** The page an invited person's one-time link opens, to choose a password and sign in (issue 13 §1). */
export function InvitationRoutes() {
  return (
    <Routes>
      <Route index element={<InvitationIndex />} />
    </Routes>
  );
}

function InvitationIndex() {
  usePageTitle('Accept your invitation');
  return <h1 className="nhsuk-heading-l">Accept your invitation</h1>;
}
