import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { NhsLogo } from '../../components/nhs-logo.tsx';
import { SkipLink } from '../../components/skip-link.tsx';
import '../../features/patient/patient.css';
import { useFocusOnNavigation } from '../../components/use-focus-on-navigation.ts';

/**
 * The frame of the patient's pages: the NHS header with no account or menu (the patient has no account), and a
 * footer that says what the service is. Focus moves to each new page's heading, as in the staff pages.
 */
export function PatientLayout({ children }: { children: ReactNode }) {
  useFocusOnNavigation();
  return (
    <>
      <SkipLink />
      <header className="nhsuk-header" role="banner">
        <div className="nhsuk-header__container nhsuk-width-container">
          <div className="nhsuk-header__service">
            <Link className="nhsuk-header__service-logo" to="/patient" aria-label="NHS Telederm: your request">
              <NhsLogo />
              <span className="nhsuk-header__service-name">Telederm</span>
            </Link>
          </div>
        </div>
      </header>
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper app-patient-main" id="maincontent" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="nhsuk-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <div className="nhsuk-footer__meta">
            <p className="nhsuk-body-s">
              Telederm: your GP practice uses this NHS service to send photos of your skin to a skin specialist.
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
