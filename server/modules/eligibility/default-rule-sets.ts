import type { RuleSet } from './eligibility.types.ts';
import { suspectedCancerRules } from './urgent-cancer-rules.ts';

/**
 * The rule sets a new dermatology service starts with (DESIGN.md §3). They are seeded as version 1 and then
 * belong to the service: an admin edits them as data, and each edit is a new version.
 */

/** Community teledermatology: adults with up to three lesions that photographs can show. */
export const communityTeledermatologyRuleSet: RuleSet = {
  name: 'Community teledermatology',
  version: 1,
  pathway: 'referral',
  rules: [
    ...suspectedCancerRules,
    {
      id: 'under-18',
      description: 'Adults only (18 and over on the day of submission)',
      effect: 'not_accepted',
      reason: 'The patient is under 18. This service sees adults only: refer to the children’s dermatology service.',
      when: { fact: 'ageYears', op: 'lt', value: 18 },
    },
    {
      id: 'previous-skin-cancer',
      description: 'Previous high-risk BCC, SCC or melanoma',
      effect: 'not_accepted',
      reason:
        'The patient has had melanoma, squamous cell carcinoma or high-risk basal cell carcinoma before. Refer to the hospital dermatology team that follows them up.',
      when: { fact: 'previousSkinCancer', op: 'includesAny', value: ['melanoma', 'scc', 'high_risk_bcc'] },
    },
    {
      id: 'immunosuppressed-or-transplant',
      description: 'Immunosuppressed or transplant patients',
      effect: 'not_accepted',
      reason:
        'The patient is immunosuppressed or has had an organ transplant. Refer to the hospital dermatology service.',
      when: {
        any: [
          { fact: 'immunosuppressed', op: 'isTrue' },
          { fact: 'transplant', op: 'isTrue' },
        ],
      },
    },
    {
      id: 'severe-inflammatory-disease-under-hospital',
      description: 'Long-term severe inflammatory skin disease already under a hospital consultant',
      effect: 'not_accepted',
      reason:
        'The patient already sees a hospital consultant for long-term severe inflammatory skin disease. Contact that consultant’s team.',
      when: { fact: 'underHospitalConsultantForSevereInflammatoryDisease', op: 'isTrue' },
    },
    {
      id: 'hair-bearing-site',
      description: 'A lesion on a hair-bearing site where photographs cannot show it',
      effect: 'not_accepted',
      reason: 'A lesion is on a hair-bearing site where photographs cannot show it, so it cannot be assessed remotely.',
      when: { fact: 'hairBearingSiteCannotBePhotographed', op: 'isTrue' },
    },
    {
      id: 'needs-tertiary-care',
      description: 'Needs tertiary (specialist centre) care',
      effect: 'not_accepted',
      reason: 'The condition needs care at a specialist centre. Refer to the tertiary service.',
      when: { fact: 'needsTertiaryCare', op: 'isTrue' },
    },
    {
      id: 'more-than-three-lesions',
      description: 'At most three lesions per request',
      effect: 'not_accepted',
      reason: 'The request has more than three lesions. This service assesses up to three lesions per request.',
      when: { fact: 'lesionCount', op: 'gt', value: 3 },
    },
  ],
};

/** Advice & Guidance: any age and any condition, except a suspected cancer, which cannot wait for advice. */
export const adviceAndGuidanceRuleSet: RuleSet = {
  name: 'Advice & Guidance',
  version: 1,
  pathway: 'advice_and_guidance',
  rules: [...suspectedCancerRules],
};

export const defaultRuleSets: readonly RuleSet[] = [communityTeledermatologyRuleSet, adviceAndGuidanceRuleSet];
