import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** 培训计划: the list, its forms, and the sessions with attendance and exam scores. */
export const trainingPlanMessages = {
  resources: {
    trainingPlans: {
      name: '培训计划',
      fields: {
        ...commonFields['zh-CN'],
        topic: '培训主题',
        dimension: '针对维度',
        plannedOn: '计划日期',
        agentIds: '参训人员',
        note: '备注',
        status: '状态',
        q: '搜索',
      },
    },
  },
  app: {
    trainingPlan: {
      agentCount: '%{count} 人',
      done: { archive: '培训计划已归档' },
      confirmArchive: '归档后培训计划及其培训记录只能查看，不能再修改。确定归档？',
      readOnly: '培训计划已归档，只能查看',
      sessions: '培训记录',
      noSessions: '尚未记录培训',
      sessionOf: '%{date} 培训',
      recordSession: '记录培训',
      sessionRecorded: '培训记录已保存',
      heldOn: '培训日期',
      note: '备注',
      person: '人员',
      attendance: '出勤',
      attended: '出勤',
      absent: '缺勤',
      examScore: '考试成绩',
      noDimension: '不限维度',
    },
  },
} satisfies MessageTree;
