import type { ReactNode } from 'react';
import { MultilineText, SummaryList } from '../../components/summary-list.tsx';
import { photoCount as photoCountText } from '../images/images-api.ts';
import type { Lesion } from './requests-api.ts';

type LesionCardProps = {
  lesion: Lesion;
  number: number;
  /** Change and remove, while the request is a draft. */
  actions?: ReactNode;
  /** How many photographs the lesion has, where the card summarises them. */
  photoCount?: number | undefined;
  /** The lesion's photographs and the uploader, where they are added. */
  children?: ReactNode;
};

/** One lesion: where it is, what it looks like, and its photographs. */
export function LesionCard({ lesion, number, actions, photoCount, children }: LesionCardProps) {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          Lesion {number}: {lesion.bodySiteLabel}
        </h3>
        <SummaryList
          noBorder
          rows={[
            { key: 'Body site', value: lesion.bodySiteLabel },
            { key: 'Description', value: <MultilineText text={lesion.description} /> },
            { key: 'Size', value: lesion.sizeMm === null ? 'Not measured' : `${lesion.sizeMm} mm` },
            ...(lesion.obscuredByHair ? [{ key: 'Hair', value: 'Photographs cannot show it through hair' }] : []),
            ...(photoCount === undefined ? [] : [{ key: 'Photographs', value: photoCountText(photoCount) }]),
          ]}
        />
        {actions}
        {children}
      </div>
    </div>
  );
}
