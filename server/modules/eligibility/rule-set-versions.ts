export const versionStatuses = ['in_effect', 'scheduled', 'earlier', 'never_in_effect'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

type Dated = { version: number; effectiveFrom: Date };

/**
 * What each version of a rule set is at an instant, following the rule that the newest version in effect decides
 * (rule-sets.repository.ts). A version whose date comes after a newer version's never decides anything.
 */
export function versionStatusesAt<T extends Dated>(
  versions: readonly T[],
  at: Date,
): (T & { status: VersionStatus })[] {
  const inEffect = (v: Dated) => v.version === 1 || v.effectiveFrom.getTime() <= at.getTime();
  const current = Math.max(0, ...versions.filter(inEffect).map((v) => v.version));
  const overtaken = (v: Dated) =>
    versions.some((w) => w.version > v.version && w.effectiveFrom.getTime() <= v.effectiveFrom.getTime());
  return versions.map((v) => ({
    ...v,
    status:
      v.version === current
        ? 'in_effect'
        : v.version !== 1 && overtaken(v)
          ? 'never_in_effect'
          : v.version < current
            ? 'earlier'
            : 'scheduled',
  }));
}
