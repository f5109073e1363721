import { listImages, type RequestImage } from '../images/images-api.ts';
import { getRequest, type RequestDetail } from '../requests/requests-api.ts';
import { viewerOrder } from './photo-order.ts';
import type { WorklistCase } from './review-api.ts';

type CaseData = { detail: RequestDetail; images: RequestImage[] };

/** Cases fetched ahead, by id: taken once by the case page, so a case shown later is fetched afresh. */
const ahead = new Map<string, Promise<CaseData>>();
/**
 * Pictures fetched ahead, by case, for the last few cases: held so the browser keeps them decoded until the
 * case is shown.
 */
const pictures = new Map<string, HTMLImageElement[]>();
const picturesKept = 3;

const fetchCase = (id: string): Promise<CaseData> =>
  Promise.all([getRequest(id), listImages(id)]).then(([detail, images]) => ({ detail, images }));

/** The case's details and photographs: those fetched ahead when there are some, otherwise fetched now. */
export function loadCase(id: string): Promise<CaseData> {
  const fetched = ahead.get(id);
  ahead.delete(id);
  return fetched ?? fetchCase(id);
}

/**
 * Fetches a case before the consultant moves to it: its details and list of photographs, every thumbnail, and
 * the first photograph at full size, decoded, so that "Next case" shows it at once. The pictures are held decoded
 * in this page's memory (the service forbids storing them on disk: they are patient data); the details wait here.
 */
export function prefetchCase(id: string): void {
  if (ahead.has(id)) return;
  const fetched = fetchCase(id);
  ahead.set(id, fetched);
  fetched.then(
    ({ detail, images }) => {
      const photos = viewerOrder(detail.lesions, images);
      const sources = photos.map((photo) => photo.urls.thumbnail);
      if (photos[0]) sources.push(photos[0].urls.viewing);
      pictures.set(id, sources.map(fetchPicture));
      for (const kept of pictures.keys()) if (pictures.size > picturesKept) pictures.delete(kept);
    },
    () => ahead.delete(id),
  );
}

function fetchPicture(src: string): HTMLImageElement {
  const picture = new Image();
  picture.src = src;
  // A picture that fails now is fetched again, and its failure shown, when the case is opened.
  picture.decode().catch(() => {});
  return picture;
}

/**
 * The case to move on to: the next on the worklist after this one that nobody else holds, coming round to
 * the top when this one is last (or has left the worklist, being signed).
 */
export function nextCaseAfter(cases: WorklistCase[], currentId: string): WorklistCase | null {
  const free = (item: WorklistCase) => item.id !== currentId && (!item.heldBy || item.heldBy.mine);
  const index = cases.findIndex((item) => item.id === currentId);
  const after = index < 0 ? cases : [...cases.slice(index + 1), ...cases.slice(0, index)];
  return after.find(free) ?? null;
}
