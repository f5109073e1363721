import { Route, Routes } from 'react-router';
import { RequireRole } from '../features/auth/require-role.tsx';
import { RequireSession } from '../features/auth/require-session.tsx';
import { AppLayout } from './app-layout.tsx';
import {
  DraftCheckPage,
  DraftConsentPage,
  DraftHistoryPage,
  DraftLesionPage,
  DraftLesionsPage,
  DraftTypePage,
  ResumeDraftPage,
} from './draft-pages.tsx';
import { HomePage } from './home-page.tsx';
import { FindPatientPage, NewRequestTypePage, PatientDetailsPage } from './new-request-pages.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RequestSubmittedPage, WithdrawRequestPage } from './request-outcome-pages.tsx';
import { RequestPage } from './request-page.tsx';
import { RequestsPage } from './requests-page.tsx';
import { SignInPage } from './sign-in-page.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
          <Route path="/requests" element={<RequestsPage />} />
          <Route path="/requests/:requestId" element={<RequestPage />} />
          <Route element={<RequireRole role="referrer" what="referrers at a GP practice" />}>
            <Route path="/requests/new" element={<FindPatientPage />} />
            <Route path="/requests/new/patient" element={<PatientDetailsPage />} />
            <Route path="/requests/new/type" element={<NewRequestTypePage />} />
            <Route path="/requests/:requestId/edit" element={<ResumeDraftPage />} />
            <Route path="/requests/:requestId/edit/type" element={<DraftTypePage />} />
            <Route path="/requests/:requestId/edit/consent" element={<DraftConsentPage />} />
            <Route path="/requests/:requestId/edit/history" element={<DraftHistoryPage />} />
            <Route path="/requests/:requestId/edit/lesions" element={<DraftLesionsPage />} />
            <Route path="/requests/:requestId/edit/lesions/:lesionId" element={<DraftLesionPage />} />
            <Route path="/requests/:requestId/edit/check" element={<DraftCheckPage />} />
            <Route path="/requests/:requestId/submitted" element={<RequestSubmittedPage />} />
            <Route path="/requests/:requestId/withdraw" element={<WithdrawRequestPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
