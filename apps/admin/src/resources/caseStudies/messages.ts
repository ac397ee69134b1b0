import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** 案例库: cases written up from closed complaints. */
export const caseStudyMessages = {
  resources: {
    caseStudies: {
      name: '案例库',
      fields: {
        ...commonFields['zh-CN'],
        complaintId: '来源投诉',
        complaintNumber: '投诉单号',
        categoryId: '投诉类别',
        severity: '严重程度',
        channel: '渠道',
        title: '案例标题',
        facts: '案情',
        handling: '处理经过',
        lesson: '经验教训',
        q: '搜索',
        author: '整理人',
      },
    },
  },
  app: {
    caseStudy: {
      fromComplaint: '转为案例',
      defaults: '案情和处理经过留空时取自投诉；客户姓名、电话、地址和邮箱会自动隐去。',
    },
  },
} satisfies MessageTree;
