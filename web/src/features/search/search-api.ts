import { api } from '../../api/client.ts';
import type { Narrowed, ResponseBody } from '../../api/api-types.ts';
import type { RequestKind, RequestState } from '../../../../shared/request-content.ts';

type SearchBody = ResponseBody<'/api/search', 'get'>;
type FoundBody = SearchBody['patients'][number];
/** A patient the search found, with the requests about them the caller may see. */
export type FoundPatient = Narrowed<
  FoundBody,
  { requests: Narrowed<FoundBody['requests'][number], { kind: RequestKind; state: RequestState }>[] }
>;
export type SearchResults = Narrowed<SearchBody, { patients: FoundPatient[] }>;

export const searchFor = (q: string) => api.get<SearchResults>(`/api/search?${new URLSearchParams({ q })}`);
