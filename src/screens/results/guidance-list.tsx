import { ContentItem } from '../../components/content-item';
import type { Perspective } from '../../bank/schema';

type GuidanceListProps = {
  ids: readonly string[];
  perspective: Perspective;
  /** The number of the first item, when the list goes on from another. */
  start?: number;
};

/** Guidance items in order, each with its title, body and any list. */
export const GuidanceList = ({
  ids,
  perspective,
  start,
}: GuidanceListProps) => (
  <ol className="guidance" start={start}>
    {ids.map((id) => (
      <li key={id} className="guidance__item">
        <ContentItem keyPrefix={`guidance.${id}`} perspective={perspective} />
      </li>
    ))}
  </ol>
);
