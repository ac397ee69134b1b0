import { INTERACTION_CHANNELS, INTERACTION_DIRECTIONS, INTERACTION_OUTCOMES } from '@sanxin/domain';
import { SelectField } from 'react-admin';
import { choicesOf } from '../../i18n/choices';

export const ChannelField = () => <SelectField source="channel" choices={choicesOf(INTERACTION_CHANNELS, 'channel')} />;
export const DirectionField = () => <SelectField source="direction" choices={choicesOf(INTERACTION_DIRECTIONS, 'direction')} />;
export const OutcomeField = () => <SelectField source="outcome" choices={choicesOf(INTERACTION_OUTCOMES, 'outcome')} />;
