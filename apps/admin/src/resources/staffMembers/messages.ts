import { commonFields } from '../../i18n/commonFields';
import type { MessageTree } from '../../i18n/folderMessages';

/** Staff administration: resource and field names, the deactivate button. */
export const staffMessages = {
  resources: {
    staffMembers: {
      name: '员工管理',
      fields: {
        ...commonFields['zh-CN'],
        username: '用户名',
        password: '密码',
        name: '姓名',
        role: '岗位',
        jobType: '工种',
        skillLevel: '技能等级',
        active: '在职',
        phone: '电话',
        teamId: '班组',
        q: '搜索',
      },
    },
  },
  app: {
    staff: { deactivate: '停用', deactivated: '账号已停用', passwordHint: '留空则不修改密码' },
  },
} satisfies MessageTree;
