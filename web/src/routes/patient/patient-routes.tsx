import { Navigate, Outlet, Route, Routes } from 'react-router';
import { PatientProvider } from '../../features/patient/patient-provider.tsx';
import { usePatient } from '../../features/patient/patient-context.ts';
import {
  PatientAppointmentCancelledPage,
  PatientAppointmentMovedPage,
  PatientAppointmentPage,
} from './patient-appointment-page.tsx';
import { PatientConsentPage } from './patient-consent-page.tsx';
import { PatientFeedbackPage, PatientThankYouPage } from './patient-feedback-page.tsx';
import { PatientLayout } from './patient-layout.tsx';
import { ServiceUnavailablePage } from '../service-unavailable-page.tsx';
import { LinkNeededPage, PatientNotFoundPage } from './patient-notice-pages.tsx';
import { PatientPhotoGuidePage } from './patient-photo-guide-page.tsx';
import { PatientPhotosPage } from './patient-photos-page.tsx';
import { PatientQuestionnairePage } from './patient-questionnaire-page.tsx';
import { PatientStartPage } from './patient-start-page.tsx';
import { PatientStatusPage } from './patient-status-page.tsx';

/** The patient's pages under /patient, reached only through the link in their message (GET /p/:token). */
export function PatientRoutes() {
  return (
    <PatientLayout>
      <PatientProvider
        noLink={<LinkNeededPage />}
        failed={(problem, retry) => <ServiceUnavailablePage problem={problem} onRetry={retry} />}
      >
        <Routes>
          <Route index element={<PatientStartPage />} />
          <Route element={<RequireVerified />}>
            <Route path="appointment" element={<PatientAppointmentPage />} />
            <Route path="appointment/moved" element={<PatientAppointmentMovedPage />} />
            <Route path="appointment/cancelled" element={<PatientAppointmentCancelledPage />} />
            <Route path="consent" element={<PatientConsentPage />} />
            <Route path="photo-guide" element={<PatientPhotoGuidePage />} />
            <Route path="photos" element={<PatientPhotosPage />} />
            <Route path="questions" element={<PatientQuestionnairePage />} />
            <Route path="status" element={<PatientStatusPage />} />
            <Route path="feedback" element={<PatientFeedbackPage />} />
            <Route path="feedback/thank-you" element={<PatientThankYouPage />} />
          </Route>
          <Route path="*" element={<PatientNotFoundPage />} />
        </Routes>
      </PatientProvider>
    </PatientLayout>
  );
}

/** Every page but the first needs the date of birth confirmed; until then the first page asks for it. */
function RequireVerified() {
  const { view } = usePatient();
  return view ? <Outlet /> : <Navigate to="/patient" replace />;
}
