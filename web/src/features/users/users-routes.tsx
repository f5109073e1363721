import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../routes/not-found-page.tsx';
import { InviteUserPage } from './invite-user-page.tsx';
import { UserPage } from './user-page.tsx';
import { UsersListPage } from './users-list-page.tsx';

/** The organisation's users: invitations, roles, disabling (issue 13 §1). */
export function UsersRoutes() {
  return (
    <Routes>
      <Route index element={<UsersListPage />} />
      <Route path="invite" element={<InviteUserPage />} />
      <Route path=":userId" element={<UserPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
