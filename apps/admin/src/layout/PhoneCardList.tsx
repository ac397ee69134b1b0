import { type RaRecord, SimpleList } from 'react-admin';

type Line = (record: RaRecord) => string;

// A card's first line holds free text (a complaint's description, a contract's title): one line,
// cut with an ellipsis, or a long word would widen the page beyond the phone's screen.
const oneLineTitle = () => ({ '& .MuiListItemText-primary': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } });

interface PhoneCardListProps {
  primaryText: Line;
  secondaryText: Line;
  tertiaryText: Line;
  /** false for records without a show page (the security log). */
  linkType?: 'show' | false;
}

/** A list on a phone (useSmallScreen): one card per record, three lines, opening the record's show page. */
export const PhoneCardList = ({ primaryText, secondaryText, tertiaryText, linkType = 'show' }: PhoneCardListProps) => (
  <SimpleList primaryText={primaryText} secondaryText={secondaryText} tertiaryText={tertiaryText} linkType={linkType} rowSx={oneLineTitle} />
);
