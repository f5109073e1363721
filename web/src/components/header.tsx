import type { FormEvent } from 'react';
import { Link, NavLink } from 'react-router';
import { NhsLogo, UserIcon } from './nhs-logo.tsx';

type HeaderProps = {
  /** The signed-in person's name; the account area is shown only when there is one. */
  userName: string | null;
  onSignOut: () => void;
  signingOut: boolean;
  /** The main sections this person may use, shown as the header's navigation. */
  navigation?: { to: string; label: string }[];
  /** The page uses the whole width of the screen (the case page), so the header lines up with it. */
  wide?: boolean;
};

/** The NHS.UK header: logo and service name, and when signed in the person's name and a sign-out button. */
export function Header({ userName, onSignOut, signingOut, navigation = [], wide = false }: HeaderProps) {
  const container = wide ? 'nhsuk-width-container-fluid' : 'nhsuk-width-container';
  const submitSignOut = (event: FormEvent) => {
    event.preventDefault();
    onSignOut();
  };

  return (
    <header className="nhsuk-header" role="banner">
      <div className={`nhsuk-header__container ${container}`}>
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to="/" aria-label="NHS Telederm homepage">
            <NhsLogo />
            <span className="nhsuk-header__service-name">Telederm</span>
          </Link>
        </div>
        {userName && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                <UserIcon />
                {userName}
              </li>
              <li className="nhsuk-header__account-item">
                <form className="nhsuk-header__account-form" onSubmit={submitSignOut} noValidate>
                  <button className="nhsuk-header__account-button" type="submit" disabled={signingOut}>
                    Sign out
                  </button>
                </form>
              </li>
            </ul>
          </nav>
        )}
      </div>
      {navigation.length > 0 && (
        <nav className="nhsuk-header__navigation" aria-label="Menu">
          <div className={`nhsuk-header__navigation-container ${container}`}>
            <ul className="nhsuk-header__navigation-list">
              {navigation.map((item) => (
                <li className="nhsuk-header__navigation-item" key={item.to}>
                  <NavLink className="nhsuk-header__navigation-link" to={item.to} end>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      )}
    </header>
  );
}
