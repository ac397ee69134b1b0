import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** 外呼任务: the list of call lists, the form that drafts one, and its progress per agent. */
export const callListMessages = {
  resources: {
    callLists: {
      name: '外呼任务',
      fields: {
        ...commonFields['zh-CN'],
        name: '任务名称',
        status: '状态',
        callScriptId: '通话话术',
        callScript: '通话话术',
        callScriptRevision: '话术版本',
        agentIds: '外呼人员',
        dailyQuota: '每人每日配额',
        customerCount: '客户数',
        startDate: '开始日期',
        launchedAt: '下发时间',
        createdBy: '创建人',
        'filter.tier': '客户分级',
        'filter.lifecycle': '生命周期',
        'filter.kind': '客户类型',
        'filter.tag': '标签',
        'filter.unverified': '仅已注册未认证客户',
        'filter.contractEndingWithinDays': '合同在几天内到期',
        progress: '进度',
        q: '搜索',
      },
    },
  },
  app: {
    callList: {
      filterHelp: '不选任何条件即为全部客户（如节日问候）',
      launch: '下发任务',
      launchConfirm: '下发后将为 %{name} 的客户生成回访任务，平均分配给外呼人员，且不能再修改。确定下发？',
      launched: '已下发，共 %{count} 位客户',
      progress: {
        title: '外呼进度',
        agent: '外呼人员',
        total: '总数',
        done: '已完成',
        unreachable: '无法联系',
        open: '待拨打',
        cancelled: '已取消',
        all: '合计',
      },
    },
  },
} satisfies MessageTree;
