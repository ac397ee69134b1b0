import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** 重复客户与合并: the console's words for the duplicate warning, the merge and its undo. */
export const customerMergeZhCN = {
  duplicates: {
    title: '可能与已有客户重复，请先核实再保存',
    PHONE: '已有电话相同的客户',
    NAME_AND_COMPANY: '已有名称和单位相同的客户',
    open: '查看',
  },
  merge: {
    button: '合并重复客户',
    title: '把本客户合并到另一客户',
    explain: '本客户的联系人、沟通记录、合同、投诉和分配记录将移到保留的客户名下，本客户随后归档。当天可以撤销。',
    target: '保留的客户',
    confirm: '合并',
    done: '已合并，共移动 %{count} 条记录',
    history: '合并记录',
    into: '合并到',
    from: '由此合并',
    moved: '移动 %{count} 条记录',
    undo: '撤销合并',
    undone: '已撤销合并',
    undoneAt: '已于 %{at} 撤销',
  },
};

/** Customers: resource and field names, the detail tabs, the duplicate warning and the merge. */
export const customerMessages = {
  resources: {
    customers: {
      name: '客户',
      fields: {
        ...commonFields['zh-CN'],
        kind: '客户类型',
        name: '客户名称',
        company: '单位名称',
        phone: '电话',
        email: '邮箱',
        address: '地址',
        piiMasked: '信息已脱敏',
        source: '客户来源',
        industry: '行业',
        tier: '客户分级',
        lifecycle: '客户状态',
        tags: '标签',
        tag: '标签',
        notes: '备注',
        archived: '已归档',
        ownerId: '负责人',
        owner: '负责人',
        q: '搜索',
      },
    },
  },
  app: {
    customer: {
      tabs: { details: '基本信息', contacts: '联系人', interactions: '服务记录', assignments: '分配记录', history: '变更记录' },
      piiMaskedHint: '您不是该客户的负责人，电话、邮箱和地址已脱敏显示',
      logInteraction: '记录服务',
      interactionLogged: '服务记录已保存',
    },
    customerMerge: customerMergeZhCN,
  },
} satisfies MessageTree;
