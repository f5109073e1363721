import { Route, Routes } from 'react-router';
import { ClinicRulesPage } from './clinic-rules-page.tsx';
import { ContactDetailsPage } from './contact-details-page.tsx';
import { ResponseTargetsPage } from './response-targets-page.tsx';
import { SettingsSummaryPage } from './settings-summary-page.tsx';

/**
 * The service's response targets, clinic rules and contact details for patients (issue 13 §1): a summary with Change
 * links, and a form for each part, as NHS.UK check-your-answers pages do.
 */
export function ServiceSettingsRoutes() {
  return (
    <Routes>
      <Route index element={<SettingsSummaryPage />} />
      <Route path="targets" element={<ResponseTargetsPage />} />
      <Route path="clinic-rules" element={<ClinicRulesPage />} />
      <Route path="contact" element={<ContactDetailsPage />} />
    </Routes>
  );
}
