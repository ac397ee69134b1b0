const common = { id: 'ID', version: '版本', createdAt: '创建时间', updatedAt: '更新时间' };

/** Chinese has one plural form, so resource names have no `||||` variants. Our own zh-CN labels: resource and field names. Enum, validation and error labels live in @sanxin/domain. */
export const zhCN = {
  // The Chinese pack predates react-admin 5's record representation and titles pages "客户 #<uuid>".
  ra: { page: { show: '%{name}：%{recordRepresentation}', edit: '编辑%{name}：%{recordRepresentation}', create: '新建%{name}' } },
  resources: {
    customers: {
      name: '客户',
      fields: {
        ...common,
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
    contacts: {
      name: '联系人',
      fields: { ...common, customerId: '所属客户', name: '姓名', position: '职务', phone: '电话', email: '邮箱', isPrimary: '主要联系人', q: '搜索' },
    },
    interactions: {
      name: '服务记录',
      fields: {
        ...common,
        customerId: '客户',
        contactId: '联系人',
        staffId: '经办人',
        channel: '渠道',
        direction: '方向',
        summary: '内容摘要',
        outcome: '处理结果',
        occurredAt: '发生时间',
        q: '搜索',
      },
    },
    staffMembers: {
      name: '员工管理',
      fields: {
        ...common,
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
    teams: { name: '班组', fields: { ...common, name: '班组名称', q: '搜索' } },
  },
  app: {
    title: '三心客服后台',
    dashboard: {
      welcome: '%{name}，您好',
      myCustomers: '我负责的客户',
      recentInteractions: '最近 7 天我的服务记录',
    },
    customer: {
      tabs: { details: '基本信息', contacts: '联系人', interactions: '服务记录', history: '变更记录' },
      piiMaskedHint: '您不是该客户的负责人，电话、邮箱和地址已脱敏显示',
      logInteraction: '记录服务',
      interactionLogged: '服务记录已保存',
      exported: '已导出 %{count} 条客户记录',
    },
    audit: { at: '时间', actor: '操作人', action: '操作', field: '字段', change: '原值 → 新值', empty: '暂无变更记录' },
    staff: { deactivate: '停用', deactivated: '账号已停用', passwordHint: '留空则不修改密码' },
  },
};
