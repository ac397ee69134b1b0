import type { MessageTree } from '../i18n/folderMessages';

/** The form helpers' labels: the conflict dialog (ConflictToolbar) and ShowUnlessEditable's notice. */
export const formMessages = {
  app: {
    notEditable: '您无权修改这条记录，已转到详情页',
    conflict: {
      title: '该记录已被他人修改',
      explain: '以下字段对方保存的内容与您填写的不同。请逐项选择保留哪一个，然后保存到最新版本上。',
      field: '字段',
      theirs: '对方已保存',
      mine: '您填写的',
      takeTheirs: '采用对方的',
      keepMine: '保留我的',
      backToForm: '返回表单',
      saveChosen: '按所选保存',
    },
  },
} satisfies MessageTree;
