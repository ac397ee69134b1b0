import { type RaRecord, SimpleList } from 'react-admin';

type Line = (record: RaRecord) => string;

// A card's first line holds free text (a complaint's description, a contract's title): one line,
// cut with an ellipsis, or a long word would widen the page beyond the phone's screen.
const oneLineTitle = () => ({ '& .MuiListItemText-primary': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } });

/** A list on a phone (useSmallScreen): one card per record, three lines, opening the record's show page. */
export const PhoneCardList = ({ primaryText, secondaryText, tertiaryText }: { primaryText: Line; secondaryText: Line; tertiaryText: Line }) => (
  <SimpleList primaryText={primaryText} secondaryText={secondaryText} tertiaryText={tertiaryText} linkType="show" rowSx={oneLineTitle} />
);
