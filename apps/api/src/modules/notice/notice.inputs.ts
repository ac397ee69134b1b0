import type { NoticeKind, NoticeStatus } from '@sanxin/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { SortInputType } from '../../graphql/pagination';
import { NoticeKindEnum, NoticeStatusEnum } from './notice.enums';

@InputType({ description: "A new notice's values: it starts as a draft" })
export class CreateNoticeInput {
  @Field(() => NoticeKindEnum, { description: 'What it is about' })
  kind: NoticeKind;

  @Field(() => String, { description: 'Title (标题), at most 100 characters' })
  title: string;

  @Field(() => String, { description: 'The text (正文), at most 5000 characters' })
  body: string;

  @Field(() => Boolean, { nullable: true, description: '置顶: listed before the others (default false)' })
  pinned?: boolean | null;
}

@InputType({ description: "Only the fields given change; only a draft's text changes" })
export class UpdateNoticeInput {
  @Field(() => NoticeKindEnum, { nullable: true, description: 'What it is about' })
  kind?: NoticeKind | null;

  @Field(() => String, { nullable: true, description: 'Title (标题)' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The text (正文)' })
  body?: string | null;

  @Field(() => Boolean, { nullable: true, description: '置顶 (this one may change after publishing)' })
  pinned?: boolean | null;
}

@InputType({ description: 'Which notices a list returns: every field given must match' })
export class NoticeFilter {
  @Field(() => String, { nullable: true, description: 'Text anywhere in the title or body (Chinese substrings too)' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [NoticeKindEnum], { nullable: true, description: 'Only notices of these kinds' })
  kind?: NoticeKind[] | null;

  @Field(() => [NoticeStatusEnum], { nullable: true, description: 'Only notices in these statuses (drafts are listed to publishers only)' })
  status?: NoticeStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only the published notices the viewer has not read yet (未读); false: only those they have' })
  awaitingMe?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Published at or after' })
  publishedAtFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Published before' })
  publishedAtTo?: Date | null;
}

export const NOTICE_SORT_FIELDS = ['PINNED', 'PUBLISHED_AT', 'UPDATED_AT', 'TITLE'] as const;
export type NoticeSortField = (typeof NOTICE_SORT_FIELDS)[number];
export const NoticeSort = SortInputType('Notice', NOTICE_SORT_FIELDS);
export type NoticeSort = InstanceType<typeof NoticeSort>;

@InputType({ description: "A new standard answer's values" })
export class CreateStandardAnswerInput {
  @Field(() => String, { description: 'Topic (主题), at most 30 characters' })
  topic: string;

  @Field(() => String, { description: 'The question as customers ask it, at most 500 characters' })
  question: string;

  @Field(() => String, { description: 'The agreed answer, at most 4000 characters' })
  answer: string;
}

@InputType({ description: 'Only the fields given change; a new question or answer is a new revision' })
export class UpdateStandardAnswerInput {
  @Field(() => String, { nullable: true, description: 'Topic (主题)' })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'The question' })
  question?: string | null;

  @Field(() => String, { nullable: true, description: 'The agreed answer' })
  answer?: string | null;
}

@InputType({ description: 'Which standard answers a list returns: every field given must match' })
export class StandardAnswerFilter {
  @Field(() => String, { nullable: true, description: 'Text anywhere in the topic, question or answer (Chinese substrings too)' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only answers of these topics (exact)' })
  topic?: string[] | null;
}

export const STANDARD_ANSWER_SORT_FIELDS = ['TOPIC', 'UPDATED_AT'] as const;
export type StandardAnswerSortField = (typeof STANDARD_ANSWER_SORT_FIELDS)[number];
export const StandardAnswerSort = SortInputType('StandardAnswer', STANDARD_ANSWER_SORT_FIELDS);
export type StandardAnswerSort = InstanceType<typeof StandardAnswerSort>;

@InputType({ description: 'A case written up from a closed complaint; facts and handling default to the complaint’s, with customer details removed' })
export class CreateCaseStudyInput {
  @Field(() => ID, { description: 'The closed (or rejected) complaint' })
  complaintId: string;

  @Field(() => String, { description: 'Title (案例标题), at most 100 characters' })
  title: string;

  @Field(() => String, { description: 'The lesson (经验教训), at most 4000 characters' })
  lesson: string;

  @Field(() => String, { nullable: true, description: "What happened (default: the complaint's description and request)" })
  facts?: string | null;

  @Field(() => String, { nullable: true, description: 'How it was handled (default: the assessment and the approved resolution)' })
  handling?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateCaseStudyInput {
  @Field(() => String, { nullable: true, description: 'Title' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened' })
  facts?: string | null;

  @Field(() => String, { nullable: true, description: 'How it was handled' })
  handling?: string | null;

  @Field(() => String, { nullable: true, description: 'The lesson' })
  lesson?: string | null;
}

@InputType({ description: 'Which cases a list returns: every field given must match' })
export class CaseStudyFilter {
  @Field(() => String, { nullable: true, description: 'Text anywhere in the title, facts, handling or lesson (Chinese substrings too)' })
  @MaxLength(100)
  q?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only the records with these ids' })
  ids?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only cases of these complaint categories' })
  categoryId?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only the case of these complaints' })
  complaintId?: string[] | null;
}

export const CASE_STUDY_SORT_FIELDS = ['UPDATED_AT', 'TITLE'] as const;
export type CaseStudySortField = (typeof CASE_STUDY_SORT_FIELDS)[number];
export const CaseStudySort = SortInputType('CaseStudy', CASE_STUDY_SORT_FIELDS);
export type CaseStudySort = InstanceType<typeof CaseStudySort>;
