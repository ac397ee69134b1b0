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

export const customerMergeEn: typeof customerMergeZhCN = {
  duplicates: {
    title: 'This may duplicate an existing customer: check before saving',
    PHONE: 'A customer with this phone exists',
    NAME_AND_COMPANY: 'A customer with this name and company exists',
    open: 'Open',
  },
  merge: {
    button: 'Merge duplicate',
    title: 'Merge this customer into another',
    explain: 'Contacts, interactions, contracts, complaints and assignment history move to the customer kept; this customer is then archived. The merge can be undone the same day.',
    target: 'Customer to keep',
    confirm: 'Merge',
    done: 'Merged: %{count} records moved',
    history: 'Merges',
    into: 'Merged into',
    from: 'Merged from',
    moved: '%{count} records moved',
    undo: 'Undo merge',
    undone: 'Merge undone',
    undoneAt: 'Undone %{at}',
  },
};
