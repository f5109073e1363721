/** The NHS.UK footer. */
export function Footer() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <p className="nhsuk-body-s">Telederm: dermatology advice and referrals with photographs</p>
        </div>
      </div>
    </footer>
  );
}
