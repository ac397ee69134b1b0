import type { ApiModule } from '../../shared/api-module';
import { CaseStudy } from './case-study.entity';
import { CaseStudyResolver, StandardAnswerResolver } from './library.resolver';
import { Notice } from './notice.entity';
import { noticeLoaders } from './notice.loaders';
import { NoticeReceiptProgressResolver, NoticeReceiptResolver, NoticeResolver } from './notice.resolver';
import { NoticeReceipt } from './notice-receipt.entity';
import { StandardAnswer } from './standard-answer.entity';

/** 公告 with read receipts, 统一答复口径 and 案例库: what every agent must know and say the same way. */
export const noticeModule: ApiModule = {
  name: 'notice',
  entities: [Notice, NoticeReceipt, StandardAnswer, CaseStudy],
  resolvers: [NoticeResolver, NoticeReceiptProgressResolver, NoticeReceiptResolver, StandardAnswerResolver, CaseStudyResolver],
  loaders: [noticeLoaders],
  jobs: [],
};
