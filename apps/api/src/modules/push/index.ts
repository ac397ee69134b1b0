export { PushEventKind } from './push.enums';
export { type PushDraft, publishPush } from './push.service';
