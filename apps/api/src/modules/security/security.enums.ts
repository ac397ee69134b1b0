import { SECURITY_EVENT_KINDS, SECURITY_OUTCOMES } from '@sanxin/domain';
import { graphqlEnum } from '../../graphql/enums';

export const SecurityEventKindEnum = graphqlEnum(SECURITY_EVENT_KINDS, 'SecurityEventKind', 'What a security event records', 'securityEventKind');
export const SecurityOutcomeEnum = graphqlEnum(SECURITY_OUTCOMES, 'SecurityOutcome', 'How a security event ended', 'securityOutcome');
