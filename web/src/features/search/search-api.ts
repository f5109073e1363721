import { api } from '../../api/client.ts';
import type { RequestKind, RequestState } from '../../../../shared/request-content.ts';

/** A patient the search found, with the requests about them the caller may see. */
export type FoundPatient = {
  id: string;
  name: string;
  nhsNumber: string;
  dateOfBirth: string;
  practiceName: string;
  requests: { id: string; reference: string; kind: RequestKind; state: RequestState; updatedAt: string }[];
};

export type SearchResults = { by: 'nhs_number' | 'reference' | 'name'; patients: FoundPatient[]; more: boolean };

export const searchFor = (q: string) => api.get<SearchResults>(`/api/search?${new URLSearchParams({ q })}`);
