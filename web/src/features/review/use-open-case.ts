import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import { claimCase } from './review-api.ts';

/** What the case page is told by whoever opened the case: the claim's version, so it need not claim again. */
export type OpenedCase = { claimed: { id: string; version: number } };

/**
 * Opens a case for review: claims it, then shows it. When someone else holds it, says who and stays put, so the
 * consultant can choose another.
 */
export function useOpenCase() {
  const navigate = useNavigate();
  const [opening, setOpening] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ reference: string; detail: string; attempt: number } | null>(null);

  const open = useCallback(
    async (item: { id: string; reference: string }) => {
      setOpening(item.id);
      try {
        const claimed = await claimCase(item.id);
        const state: OpenedCase = { claimed: { id: item.id, version: claimed.version } };
        void navigate(`/review/${item.id}`, { state });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        setRefusal((previous) => ({
          reference: item.reference,
          detail: error.problem.detail,
          attempt: (previous?.attempt ?? 0) + 1,
        }));
      } finally {
        setOpening(null);
      }
    },
    [navigate],
  );
  return { open, opening, refusal };
}
