import type { MessageTree } from '../i18n/folderMessages';

/** 质检汇总's labels. */
export const qualitySummaryMessages = {
  app: {
    menu: { qualitySummary: '质检汇总' },
    qualitySummary: {
      title: '质检汇总',
      period: '汇总周期',
      date: '日期',
      team: '班组',
      allTeams: '全部班组',
      agent: '业务代表',
      allAgents: '全部业务代表',
      range: '%{start} 至 %{end}',
      evaluations: '评分数',
      average: '平均分',
      current: '本期',
      previous: '上期',
      trend: '趋势',
      items: '评分项数',
      dimension: '维度',
      dimensions: '各维度平均分（得分率）',
      chartLabel: '各维度本期与上期平均分',
      lowest: '最低分项目',
      noLowest: '本期没有扣分项目',
      comments: '常见问题',
      noComments: '本期没有反复出现的评语',
      phraseCount: '%{phrase}（%{count} 次）',
      noEvaluations: '本期没有已提交的质检评分',
      createPlan: '制定培训计划',
      topicOf: '%{dimension}专项培训',
      topicGeneral: '服务质量提升培训',
    },
  },
} satisfies MessageTree;
