import type { Perspective } from '../bank/schema';
import { useBankText } from '../i18n/use-bank-text';

type ContentItemProps = {
  keyPrefix: string;
  perspective: Perspective | undefined;
};

/** A bank text block: `<keyPrefix>.title`, `.body` and optional `.items`. */
export const ContentItem = ({ keyPrefix, perspective }: ContentItemProps) => {
  const bankText = useBankText(perspective);
  const items = bankText.showItems(`${keyPrefix}.items`);
  return (
    <>
      <h3 className="heading-s">{bankText.show(`${keyPrefix}.title`)}</h3>
      <p>{bankText.show(`${keyPrefix}.body`)}</p>
      {items.length > 0 && (
        <ul className="list list--bullet">
          {items.map(({ key, node }) => (
            <li key={key}>{node}</li>
          ))}
        </ul>
      )}
    </>
  );
};
