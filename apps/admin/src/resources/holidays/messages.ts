import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** Holidays: resource and field names, the import page and the missing-calendar notice. */
export const holidayMessages = {
  resources: {
    holidays: { name: '节假日', fields: { ...commonFields['zh-CN'], date: '日期', kind: '类型', name: '名称', year: '年份' } },
  },
  app: {
    holidayImport: {
      title: '导入官方节假日',
      year: '年份',
      source: '数据来源：%{source}',
      weekday: '星期',
      storedNow: '现有记录',
      confirm: '确认导入',
      added: '新增',
      changed: '修改',
      unchanged: '不变',
      kept: '本单位自设（保留不动）',
      summary: '%{year} 年官方安排与现有记录相比：新增 %{added} 天，修改 %{changed} 天，不变 %{unchanged} 天。核对无误后点“确认导入”。',
      upToDate: '%{year} 年的节假日已与官方安排一致，无需导入。',
      notAvailable:
        '节假日数据包（chinese-days）中还没有 %{year} 年的官方安排（国务院通常在 11 月前后公布）。请运维人员更新数据包，或把官方安排放入 HOLIDAYS_DIR 后再导入。',
      imported: '已导入 %{year} 年节假日：新增 %{added} 天，修改 %{changed} 天',
      changedMeanwhile: '预览后节假日记录已被他人修改，已重新生成预览，请再次核对',
    },
    holidayNotice: {
      admin: '%{years} 年的法定节假日尚未录入，排班会把元旦、春节等当作工作日。请导入官方节假日安排。',
      leader: '%{years} 年的法定节假日尚未录入，排班会把元旦、春节等当作工作日。请联系系统管理员导入后再发布排班。',
    },
  },
} satisfies MessageTree;
