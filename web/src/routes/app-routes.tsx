import { Route, Routes } from 'react-router';
import { RequireRole } from '../features/auth/require-role.tsx';
import { RequireSession } from '../features/auth/require-session.tsx';
import { CapturePage } from '../features/clinic-day/capture-page.tsx';
import { ClinicDayPage } from '../features/clinic-day/clinic-day-page.tsx';
import { AdminPage } from '../features/admin/admin-page.tsx';
import { AuditRoutes } from '../features/audit/audit-routes.tsx';
import { DashboardPage } from '../features/dashboard/dashboard-page.tsx';
import { PlanTemplatesRoutes } from '../features/plan-templates/plan-templates-routes.tsx';
import { RuleSetsRoutes } from '../features/rule-sets/rule-sets-routes.tsx';
import { ServiceSettingsRoutes } from '../features/service-settings/settings-routes.tsx';
import { InvitationRoutes } from '../features/users/invitation-routes.tsx';
import { NotificationsPage } from '../features/notifications/notifications-page.tsx';
import { OrganisationsRoutes } from '../features/users/organisations-routes.tsx';
import { UsersRoutes } from '../features/users/users-routes.tsx';
import { AppLayout } from './app-layout.tsx';
import { BookingQueuePage } from './booking-queue-page.tsx';
import { BookingRequestPage } from './booking-request-page.tsx';
import { CasePage } from './case-page.tsx';
import { ClinicOverviewPage } from './clinic-overview-page.tsx';
import { ClinicSessionNewPage } from './clinic-session-new-page.tsx';
import { ClinicSessionPage } from './clinic-session-page.tsx';
import { ClinicSitePage } from './clinic-site-page.tsx';
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
import { FeedbackResultsPage } from './patient/feedback-results-page.tsx';
import { PatientRoutes } from './patient/patient-routes.tsx';
import { RequestSubmittedPage, WithdrawRequestPage } from './request-outcome-pages.tsx';
import { RemovePhotoPage } from './remove-photo-page.tsx';
import { RequestPage } from './request-page.tsx';
import { RequestsPage } from './requests-page.tsx';
import { PatientContactPage } from './patient-contact-page.tsx';
import { SearchPage } from './search-page.tsx';
import { ServiceCasesPage } from './service-cases-page.tsx';
import { SignInPage } from './sign-in-page.tsx';
import { WorklistPage } from './worklist-page.tsx';

export function AppRoutes() {
  return (
    <Routes>
      {/* The patient's pages, reached through their link: no staff session, a frame of their own. */}
      <Route path="/patient/*" element={<PatientRoutes />} />
      <Route element={<AppLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/invitation/*" element={<InvitationRoutes />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
          <Route path="/requests" element={<RequestsPage />} />
          <Route path="/requests/:requestId" element={<RequestPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
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
            <Route path="/requests/:requestId/photos/:imageId/remove" element={<RemovePhotoPage />} />
            <Route path="/patients/:patientId/contact" element={<PatientContactPage />} />
          </Route>
          <Route element={<RequireRole role="consultant" what="consultants of a dermatology service" />}>
            <Route path="/review" element={<WorklistPage />} />
            <Route path="/review/:requestId" element={<CasePage />} />
          </Route>
          <Route
            element={
              <RequireRole
                role={['service_admin', 'booking_clerk']}
                what="administrators and booking clerks of a service"
              />
            }
          >
            <Route path="/service-cases" element={<ServiceCasesPage />} />
            <Route path="/clinics" element={<ClinicOverviewPage />} />
            <Route path="/clinics/sites/new" element={<ClinicSitePage />} />
            <Route path="/clinics/sites/:siteId" element={<ClinicSitePage />} />
            <Route path="/clinics/sessions/:sessionId" element={<ClinicSessionPage />} />
          </Route>
          <Route element={<RequireRole role="booking_clerk" what="booking clerks of a dermatology service" />}>
            <Route path="/booking" element={<BookingQueuePage />} />
            <Route path="/booking/:requestId" element={<BookingRequestPage />} />
            <Route path="/clinics/sessions/new" element={<ClinicSessionNewPage />} />
          </Route>
          <Route element={<RequireRole role="photographer" what="medical photographers at a community clinic" />}>
            <Route path="/clinic-day" element={<ClinicDayPage />} />
            <Route path="/clinic-day/:appointmentId" element={<CapturePage />} />
          </Route>
          <Route
            element={
              <RequireRole
                role={['service_admin', 'consultant']}
                what="administrators and consultants of a dermatology service"
              />
            }
          >
            <Route path="/dashboard" element={<DashboardPage />} />
          </Route>
          <Route element={<RequireRole role="service_admin" what="administrators of a dermatology service" />}>
            <Route path="/feedback" element={<FeedbackResultsPage />} />
            <Route path="/admin/rules/*" element={<RuleSetsRoutes />} />
            <Route path="/admin/settings/*" element={<ServiceSettingsRoutes />} />
            <Route path="/admin/templates/*" element={<PlanTemplatesRoutes />} />
          </Route>
          <Route element={<RequireRole role={['service_admin', 'system_admin']} what="administrators" />}>
            <Route path="/admin" element={<AdminPage />} />
            <Route path="/admin/users/*" element={<UsersRoutes />} />
            <Route path="/admin/audit/*" element={<AuditRoutes />} />
          </Route>
          <Route element={<RequireRole role="system_admin" what="system administrators" />}>
            <Route path="/admin/organisations/*" element={<OrganisationsRoutes />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
