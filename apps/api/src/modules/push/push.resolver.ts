import { Field, ID, ObjectType, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireViewer } from '../../shared/viewer';
import type { PushEvent } from './push-event.entity';
import { PushEventKind } from './push.enums';
import { isFor, pushHub } from './push.service';

@ObjectType({ description: 'A change pushed to a subscriber (over graphql-ws); fetch what it names for the details' })
export class PushNotice {
  @Field(() => PushEventKind, { description: 'What happened' })
  kind!: PushEventKind;

  @Field(() => ID, { nullable: true, description: 'The complaint (投诉) it concerns' })
  complaintId!: string | null;

  @Field(() => Date, { description: 'When the change was made' })
  at!: Date;
}

/** The subscription's events for the signed-in viewer (UNAUTHENTICATED without a session), of the given kinds. */
function eventsFor(context: Context, kinds: readonly PushEventKind[]) {
  const viewer = requireViewer(context.viewer, context.sessionProblem);
  return pushHub(context.dataSource).listen((event) => isFor(viewer, event) && kinds.includes(event.kind as PushEventKind));
}

const notice = (event: PushEvent): PushNotice => ({ kind: event.kind as PushEventKind, complaintId: event.complaintId, at: event.at });

export class PushResolver {
  @Subscription(() => PushNotice, {
    description: 'My inbox (我的待办) changed: an approval, an escalation or an urge arrived or went; reload myInbox',
    subscribe: ({ context }) => eventsFor(context as Context, [PushEventKind.INBOX_CHANGED, PushEventKind.ESCALATION_REACHED]),
  })
  myInboxChanged(@Root() event: PushEvent): PushNotice {
    return notice(event);
  }

  @Subscription(() => PushNotice, {
    description: 'A complaint was escalated (升级) to me',
    subscribe: ({ context }) => eventsFor(context as Context, [PushEventKind.ESCALATION_REACHED]),
  })
  escalationReachedMe(@Root() event: PushEvent): PushNotice {
    return notice(event);
  }

  @Subscription(() => PushNotice, {
    description: 'A complaint I own changed: a workflow step or an urge (催办)',
    subscribe: ({ context }) => eventsFor(context as Context, [PushEventKind.COMPLAINT_CHANGED]),
  })
  myComplaintChanged(@Root() event: PushEvent): PushNotice {
    return notice(event);
  }
}
