import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** 标准服务用语: the script library, its editor and the call screen's script panel. */
export const callScriptMessages = {
  resources: {
    callScripts: {
      name: '标准服务用语',
      fields: {
        ...commonFields['zh-CN'],
        name: '话术名称',
        callType: '通话类型',
        active: '当前使用',
        revision: '版本号',
        steps: '通话步骤',
        phrases: '情景用语',
        kind: '步骤',
        branch: '适用情形',
        situation: '情景',
        text: '话术内容',
        q: '搜索',
      },
    },
  },
  app: {
    callScript: {
      placeholders: '可用占位符：{称呼}（王先生/李女士）、{客服姓名}、{产品}',
      history: '版本历史',
      revision: '第 %{revision} 版',
      savedBy: '%{at} 由 %{name} 保存',
      current: '当前版本',
      panel: {
        title: '通话脚本',
        step: '第 %{current}/%{total} 步',
        previous: '上一步',
        next: '下一步',
        askAnswer: '请根据客户的回答选择：',
        satisfied: '客户满意',
        unsatisfied: '客户不满意',
        changeAnswer: '重新选择回答',
        finished: '脚本已读完',
        phrases: '情景用语',
        empty: '该通话类型还没有话术',
      },
    },
  },
} satisfies MessageTree;
