import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** Part replacements: resource and field names, the workflow dialogs. */
export const partReplacementMessages = {
  resources: {
    partReplacements: {
      name: '有偿换件',
      fields: {
        ...commonFields['zh-CN'],
        customerId: '客户',
        customer: '客户',
        contractId: '所属合同',
        contract: '所属合同',
        partName: '配件名称',
        quantity: '数量',
        unitPrice: '单价',
        totalPrice: '总价',
        insideContract: '合同内',
        warrantyCovered: '保修期内',
        department: '责任部门',
        description: '说明',
        status: '状态',
        decisionNote: '客户答复说明',
        q: '搜索',
      },
    },
  },
  app: {
    partReplacement: {
      done: { forward: '已转交部门', quote: '已报价', accept: '已记录客户接受', decline: '已记录客户拒绝', complete: '换件已完成' },
      department: '转交部门',
      unitPrice: '单价（元）',
      note: '客户答复说明',
      confirmComplete: '确认换件已完成？',
    },
  },
} satisfies MessageTree;
