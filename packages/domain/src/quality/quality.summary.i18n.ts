/** Labels of QA summaries, training plans and monthly assessments, spread into i18n/zh-CN.ts and i18n/en.ts. */
export const qualitySummaryZhCN = {
  enums: {
    summaryPeriodKind: { WEEK: '周', MONTH: '月' },
    trainingPlanStatus: { PLANNED: '计划中', ARCHIVED: '已归档' },
    trainingPlanAction: { edit: '修改', archive: '归档' },
    assessmentStatus: { COMPUTED: '待认定', CONFIRMED: '已认定' },
    assessmentAction: { adjust: '调整', confirm: '认定' },
    assessmentPart: { qa: '质检平均分', followUpTimeliness: '回访及时率', complaintTimeliness: '投诉按时办结率', satisfaction: '客户满意率', discipline: '考勤纪律' },
  },
  validation: {
    notInPlan: '此人不在培训计划的人员中',
    scoreWithoutAttendance: '未参加培训的人员不能有考试成绩',
    planArchived: '培训计划已归档，不能再修改',
  },
};

export const qualitySummaryEn: typeof qualitySummaryZhCN = {
  enums: {
    summaryPeriodKind: { WEEK: 'Week', MONTH: 'Month' },
    trainingPlanStatus: { PLANNED: 'Planned', ARCHIVED: 'Archived' },
    trainingPlanAction: { edit: 'Edit', archive: 'Archive' },
    assessmentStatus: { COMPUTED: 'To confirm', CONFIRMED: 'Confirmed' },
    assessmentAction: { adjust: 'Adjust', confirm: 'Confirm' },
    assessmentPart: { qa: 'QA average', followUpTimeliness: 'Follow-ups on time', complaintTimeliness: 'Complaints closed in time', satisfaction: 'Customer satisfaction', discipline: 'Attendance discipline' },
  },
  validation: {
    notInPlan: 'Not one of the training plan’s agents',
    scoreWithoutAttendance: 'Only someone who attended has an exam score',
    planArchived: 'The training plan is archived and can no longer change',
  },
};
