import chineseMessages from '@haxqer/ra-language-chinese';
import { domainMessagesZhCN } from '@sanxin/domain';
import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import { accountMessages } from '../account/messages';
import { assignmentMessages } from '../assignment/messages';
import { attachmentMessages } from '../attachments/messages';
import { auditMessages } from '../audit/messages';
import { dashboardMessages } from '../dashboard/messages';
import { reportMessages } from '../reports/messages';
import { exportMessages } from '../export/messages';
import { formMessages } from '../forms/messages';
import { layoutMessages } from '../layout/messages';
import { callListMessages } from '../resources/callLists/messages';
import { callScriptMessages } from '../resources/callScripts/messages';
import { caseStudyMessages } from '../resources/caseStudies/messages';
import { calibrationMessages } from '../resources/calibrationSessions/messages';
import { noticeMessages } from '../resources/notices/messages';
import { qualityMessages } from '../quality/messages';
import { standardAnswerMessages } from '../resources/standardAnswers/messages';
import { complaintMessages } from '../resources/complaints/messages';
import { contactMessages } from '../resources/contacts/messages';
import { contractMessages } from '../resources/contracts/messages';
import { customerAssignmentMessages } from '../resources/customerAssignments/messages';
import { customerMessages } from '../resources/customers/messages';
import { followUpMessages } from '../resources/followUps/messages';
import { holidayMessages } from '../resources/holidays/messages';
import { interactionMessages } from '../resources/interactions/messages';
import { partReplacementMessages } from '../resources/partReplacements/messages';
import { pendingChangeMessages } from '../resources/pendingChanges/messages';
import { schedulingMessages } from '../resources/scheduling/messages';
import { securityEventMessages } from '../resources/securityEvents/messages';
import { staffMessages } from '../resources/staffMembers/messages';
import { teamMessages } from '../resources/teams/messages';
import { settingsMessages } from '../settings/messages';
import { workloadMessages } from '../workload/messages';
import { tableDownloadMessages } from '../tableDownload/messages';
import { analyticsMessages } from '../analytics/messages';
import { qualitySummaryMessages } from '../qualitySummary/messages';
import { trainingPlanMessages } from '../resources/trainingPlans/messages';
import { assessmentMessages } from '../assessment/messages';
import { attendanceMessages } from '../attendance/messages';
import { monthlyReportMessages } from '../reports/monthly/messages';
import { importMessages } from '../imports/messages';
import { deepMerge } from './deepMerge';
import type { MessageTree } from './folderMessages';

/**
 * react-admin's own keys where its packs fall short. The Chinese pack targets react-admin 4: its newer
 * keys would otherwise show in English. Chinese has one plural form, so zh-CN resource names have no
 * `||||` variants; English ones do.
 */
const reactAdminGaps = {
  ra: {
    action: { reset: '重置', search_columns: '搜索列', select_all_button: '全选' },
    page: {
      show: '%{name}：%{recordRepresentation}',
      edit: '编辑%{name}：%{recordRepresentation}',
      create: '新建%{name}',
      access_denied: '无权访问',
      authentication_error: '身份验证失败',
    },
    message: {
      access_denied: '您没有访问此页面的权限',
      authentication_error: '身份验证服务出错，无法核对您的登录信息',
      select_all_limit_reached: '记录太多，只选中了前 %{max} 条',
      placeholder_data_warning: '网络异常：数据刷新失败',
    },
    navigation: {
      clear_filters: '清除筛选条件',
      no_filtered_results: '当前筛选条件下没有%{name}',
      partial_page_range_info: '第 %{offsetBegin}-%{offsetEnd} 条，共超过 %{offsetEnd} 条',
    },
    configurable: { inspector: { title: '界面设置' } },
    auth: { email: '邮箱' },
    notification: { offline: '网络已断开，无法获取数据' },
    validation: { unique: '不能重复' },
    guesser: { empty: { title: '没有可显示的数据', message: '请检查数据源' } },
  },
};

/** The domain's labels (enums, rule violations, error codes) under `sanxin.*`: the one adapter for them. */
const domainLabels = { sanxin: domainMessagesZhCN };

/** THE list: every folder's `messages.ts` (zh-CN); its `messages.en.ts` goes in i18n/messagesEn.ts. */
const FOLDERS: MessageTree[] = [
  reactAdminGaps,
  layoutMessages,
  formMessages,
  dashboardMessages,
  reportMessages,
  exportMessages,
  auditMessages,
  accountMessages,
  settingsMessages,
  workloadMessages,
  tableDownloadMessages,
  analyticsMessages,
  assignmentMessages,
  attachmentMessages,
  customerMessages,
  followUpMessages,
  contactMessages,
  interactionMessages,
  staffMessages,
  teamMessages,
  securityEventMessages,
  customerAssignmentMessages,
  contractMessages,
  partReplacementMessages,
  pendingChangeMessages,
  complaintMessages,
  schedulingMessages,
  holidayMessages,
  callScriptMessages,
  callListMessages,
  noticeMessages,
  qualityMessages,
  standardAnswerMessages,
  caseStudyMessages,
  calibrationMessages,
  qualitySummaryMessages,
  trainingPlanMessages,
  assessmentMessages,
  attendanceMessages,
  monthlyReportMessages,
  importMessages,
  domainLabels,
];

/** zh-CN, the console's first language, over react-admin's English keys (a key the Chinese pack lacks). */
export const zhMessages = deepMerge<TranslationMessages>(
  englishMessages as unknown as Record<string, unknown>,
  chineseMessages as unknown as Record<string, unknown>,
  ...(FOLDERS as Record<string, unknown>[]),
);
