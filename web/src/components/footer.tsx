/** The NHS.UK footer; `wide` when the page uses the whole width of the screen. */
export function Footer({ wide = false }: { wide?: boolean }) {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className={wide ? 'nhsuk-width-container-fluid' : 'nhsuk-width-container'}>
        <div className="nhsuk-footer__meta">
          <p className="nhsuk-body-s">Telederm: dermatology advice and referrals with photographs</p>
        </div>
      </div>
    </footer>
  );
}
