import { defineMachine } from '../shared/state-machine';
import type { HandoverAction, HandoverStatus } from './scheduling.types';

/**
 * 交接班 (DOMAIN §7): the outgoing shift's leader writes the handover and may correct it until the
 * incoming leader acknowledges it; acknowledged, it is the record of what was handed over.
 */
export const handoverMachine = defineMachine<HandoverStatus, HandoverAction>('handoverLog', {
  WRITTEN: { edit: 'WRITTEN', acknowledge: 'ACKNOWLEDGED' },
  ACKNOWLEDGED: {},
});

export const handoverStatusOf = (log: { acknowledgedAt: Date | string | null }): HandoverStatus => (log.acknowledgedAt ? 'ACKNOWLEDGED' : 'WRITTEN');

/**
 * Who looks at a handover: whether they wrote it, and whether they are the one to acknowledge it
 * (the leader on duty of the team's next shift, or a shift leader of the team when the roster names none).
 */
export interface HandoverViewer {
  isWriter: boolean;
  isIncomingLeader: boolean;
}

/** The writer edits, the incoming leader (never the writer) acknowledges; nobody else acts. */
export function handoverNextActions(status: HandoverStatus, viewer: HandoverViewer): HandoverAction[] {
  return handoverMachine.allowedActions(status).filter((action) => (action === 'edit' ? viewer.isWriter : viewer.isIncomingLeader && !viewer.isWriter));
}

/**
 * Who may write the handover of a shift: its leader, that is the shift leader on duty when the
 * roster marks one, else a shift leader working it; when the roster names none, a shift leader of the team.
 */
export function mayWriteHandover(viewerId: string, shiftLeaderId: string | null, leadsTeam: boolean): boolean {
  return shiftLeaderId ? shiftLeaderId === viewerId : leadsTeam;
}
