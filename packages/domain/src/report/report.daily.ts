import type { InteractionChannel, InteractionDirection, InteractionOutcome } from '../interaction/interaction.types';

/**
 * The daily report's kinds of interaction (日报: 咨询、查询、主动服务、投诉、回访). A service record has
 * no kind of its own: it follows from its direction and outcome, and a follow-up call is an attempt
 * of a follow-up (回访), so this rule is the one place that says which is which.
 */
export const INTERACTION_KINDS = ['CONSULTATION', 'QUERY', 'PROACTIVE_CALL', 'COMPLAINT', 'FOLLOW_UP'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** An outbound record is a proactive service call (主动服务); inbound: a complaint registered, a question answered (咨询), anything else a query (查询). */
export function interactionKind(direction: InteractionDirection, outcome: InteractionOutcome | null): Exclude<InteractionKind, 'FOLLOW_UP'> {
  if (direction === 'OUTBOUND') return 'PROACTIVE_CALL';
  if (outcome === 'COMPLAINT_REGISTERED') return 'COMPLAINT';
  if (outcome === 'INFO_GIVEN') return 'CONSULTATION';
  return 'QUERY';
}

/**
 * The roll-up's vocabulary: one count per day × team × person × metric. Interactions keep their raw
 * dimensions (channel, direction, outcome) so later reports can cut them another way without a rebuild.
 */
export const rollupMetric = {
  interaction: (channel: InteractionChannel, direction: InteractionDirection, outcome: InteractionOutcome | null) =>
    `interaction:${channel}:${direction}:${outcome ?? 'NONE'}`,
  followUpAttempt: 'followUpAttempt',
  complaintReceived: 'complaintReceived',
  complaintClosed: 'complaintClosed',
  escalation: (level: number) => `escalation:${level}`,
  urge: 'urge',
  followUpDue: 'followUpDue',
  followUpDone: 'followUpDone',
  followUpOverdue: 'followUpOverdue',
  feedback: (satisfaction: string) => `feedback:${satisfaction}`,
} as const;

export interface RollupCount {
  metric: string;
  count: number;
}

export interface DirectionCounts {
  inbound: number;
  outbound: number;
  total: number;
}

export interface RolledUpFigures {
  interactions: Record<InteractionKind, DirectionCounts>;
  interactionTotal: number;
  complaintsReceived: number;
  complaintsClosed: number;
  followUpsDue: number;
  followUpsDone: number;
  followUpsOverdue: number;
  /** Escalations by level (1 shift leader, 2 department manager). */
  escalations: Record<number, number>;
  escalationTotal: number;
  urges: number;
  /** Follow-up answers by satisfaction (回访反馈). */
  feedback: Record<string, number>;
}

const noDirections = (): DirectionCounts => ({ inbound: 0, outbound: 0, total: 0 });

/** Folds roll-up counts (any number of rows per metric: days, teams, people) into the report's figures. */
export function figuresOf(counts: readonly RollupCount[]): RolledUpFigures {
  const figures: RolledUpFigures = {
    interactions: Object.fromEntries(INTERACTION_KINDS.map((kind) => [kind, noDirections()])) as Record<InteractionKind, DirectionCounts>,
    interactionTotal: 0,
    complaintsReceived: 0,
    complaintsClosed: 0,
    followUpsDue: 0,
    followUpsDone: 0,
    followUpsOverdue: 0,
    escalations: {},
    escalationTotal: 0,
    urges: 0,
    feedback: {},
  };
  const addInteraction = (kind: InteractionKind, direction: string, count: number) => {
    const slot = figures.interactions[kind];
    if (direction === 'INBOUND') slot.inbound += count;
    else slot.outbound += count;
    slot.total += count;
    figures.interactionTotal += count;
  };
  for (const { metric, count } of counts) {
    const [name, ...parts] = metric.split(':');
    if (name === 'interaction') {
      const [, direction, outcome] = parts;
      addInteraction(interactionKind(direction as InteractionDirection, outcome === 'NONE' ? null : (outcome as InteractionOutcome)), direction, count);
    } else if (name === 'followUpAttempt') addInteraction('FOLLOW_UP', 'OUTBOUND', count);
    else if (name === 'escalation') {
      const level = Number(parts[0]);
      figures.escalations[level] = (figures.escalations[level] ?? 0) + count;
      figures.escalationTotal += count;
    } else if (name === 'feedback') figures.feedback[parts[0]] = (figures.feedback[parts[0]] ?? 0) + count;
    else if (name === 'urge') figures.urges += count;
    else if (name === 'complaintReceived') figures.complaintsReceived += count;
    else if (name === 'complaintClosed') figures.complaintsClosed += count;
    else if (name === 'followUpDue') figures.followUpsDue += count;
    else if (name === 'followUpDone') figures.followUpsDone += count;
    else if (name === 'followUpOverdue') figures.followUpsOverdue += count;
  }
  return figures;
}

/** A complaint open more than this many hours at the end of the report's day is listed (超24小时未办结). */
export const LONG_OPEN_HOURS = 24;

/** The Monday of the ISO week of `date` (YYYY-MM-DD): a weekly report runs Monday to Sunday. */
export function weekStartOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - offset);
  return day.toISOString().slice(0, 10);
}
