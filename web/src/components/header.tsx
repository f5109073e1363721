import type { FormEvent, ReactNode } from 'react';
import { Link, NavLink, useNavigate, useSearchParams } from 'react-router';
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
  /** Offer the search box (patients and requests the person may see). */
  search?: boolean;
  /** A link to the person's notifications, with their unread count, shown in the account area. */
  notifications?: ReactNode;
};

/** The NHS.UK header: logo and service name, and when signed in the person's name and a sign-out button. */
export function Header({
  userName,
  onSignOut,
  signingOut,
  navigation = [],
  wide = false,
  search = false,
  notifications,
}: HeaderProps) {
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
        {search && <HeaderSearch />}
        {userName && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              {notifications && <li className="nhsuk-header__account-item">{notifications}</li>}
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

/** The NHS.UK header search, for patients and requests: it opens the search page with what was typed. */
function HeaderSearch() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = ((new FormData(event.currentTarget).get('q') as string | null) ?? '').trim();
    void navigate(`/search?${new URLSearchParams({ q })}`);
  };
  return (
    <search className="nhsuk-header__search">
      <form
        className="nhsuk-header__search-form"
        id="search"
        action="/search"
        method="get"
        onSubmit={submit}
        noValidate
      >
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor="search-field">
            Find a patient or request: name, NHS number or reference
          </label>
          <div className="nhsuk-input-wrapper">
            <input
              className="nhsuk-input"
              id="search-field"
              name="q"
              type="search"
              autoComplete="off"
              placeholder="Name, NHS number or reference"
              defaultValue={params.get('q') ?? ''}
              key={params.get('q') ?? ''}
            />
            <button className="nhsuk-button nhsuk-button--small nhsuk-button--icon" type="submit" aria-label="Search">
              <svg
                className="nhsuk-icon nhsuk-icon--search"
                xmlns="http://www.w3.org/2000/svg"
                viewBox="0 0 24 24"
                width="16"
                height="16"
                focusable="false"
                aria-hidden="true"
              >
                <path d="m20.7 19.3-4.1-4.1a7 7 0 1 0-1.4 1.4l4 4.1a1 1 0 0 0 1.5 0c.4-.4.4-1 0-1.4ZM6 11a5 5 0 1 1 10 0 5 5 0 0 1-10 0Z" />
              </svg>
            </button>
          </div>
        </div>
      </form>
    </search>
  );
}
