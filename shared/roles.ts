/** Roles a user may hold within an organisation (DESIGN.md §1). */
export const roles = [
  'referrer',
  'photographer',
  'consultant',
  'booking_clerk',
  'service_admin',
  'system_admin',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  referrer: 'Referrer',
  photographer: 'Medical photographer',
  consultant: 'Consultant dermatologist',
  booking_clerk: 'Booking clerk',
  service_admin: 'Service administrator',
  system_admin: 'System administrator',
};

export const organisationKinds = ['gp_practice', 'dermatology_service', 'community_clinic'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKindLabels: Record<OrganisationKind, string> = {
  gp_practice: 'GP practice',
  dermatology_service: 'Dermatology service',
  community_clinic: 'Community clinic',
};

/** Which roles each kind of organisation can grant. */
export const rolesByOrganisationKind: Record<OrganisationKind, readonly Role[]> = {
  gp_practice: ['referrer'],
  community_clinic: ['photographer'],
  dermatology_service: ['consultant', 'booking_clerk', 'service_admin', 'system_admin'],
};

/** What each role does, in the words shown on the home page. */
export const roleCapabilities: Record<Role, readonly string[]> = {
  referrer: [
    'Create Advice & Guidance requests and referrals for your patients',
    'Record consent and attach photographs, or send the patient a photo link',
    'Answer questions from the dermatologist and read outcomes and letters',
  ],
  photographer: [
    "See today's clinic list at your site",
    'Capture clinical and dermoscopic photographs for each referred lesion',
    'Mark the images complete so the case is ready for review',
  ],
  consultant: [
    'Work the review worklist for your service',
    'Record a diagnosis, management plan and outcome, and sign letters',
    'Ask the referrer for more information or better photographs',
  ],
  booking_clerk: [
    'Screen and book referrals into community clinic sessions',
    'Handle cancellations, rebooking and did-not-attend',
    'Chase overdue work',
  ],
  service_admin: [
    'Configure eligibility rules, response targets and templates',
    'Manage the users of your organisation',
    'See reports and patient feedback',
  ],
  system_admin: ['Manage users and organisations', 'Check the audit trail'],
};
