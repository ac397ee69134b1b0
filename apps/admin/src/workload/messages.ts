import type { MessageTree } from '../i18n/folderMessages';

/** The workload page's labels. */
export const workloadMessages = {
  app: {
    workload: {
      title: '工作负载',
      chartLabel: '各业务代表负责客户数',
      table: '负载明细',
      agent: '业务代表',
      customers: '负责客户',
      contracts: '负责合同',
      awaiting: '待首次联系',
      overdue: '首次联系逾期',
      totalCustomers: '合计负责客户',
      spread: '客户数差值（最多 − 最少）',
      contractsUnavailable: '合同数据暂不可用',
      empty: '暂无在岗业务代表',
    },
  },
} satisfies MessageTree;
