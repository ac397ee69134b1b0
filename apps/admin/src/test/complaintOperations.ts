import type { ComplaintAction } from '@sanxin/domain';
import type { SanxinDataProvider } from '../providers/dataProvider';
import { approveProposalDialog, handoverDialog, stepDialog, type StepValues } from '../resources/complaints/complaintActions';

const complaint = { id: 'q1', version: 3 };
const tasks = [{ id: 't1', department: 'WAREHOUSE', status: 'OPEN' }];

/** Inputs a user could give each step's dialog; the variables the console sends are built from them exactly as in the browser. */
const SAMPLE_INPUTS: [ComplaintAction, StepValues][] = [
  ['assessValid', { departments: ['WAREHOUSE', 'TECHNICAL'], explanation: '' }],
  ['assessInvalid', { explanation: '经核实为正常损耗，已向客户耐心解释' }],
  [
    'propose',
    {
      type: 'REPLACEMENT',
      amount: '1280.00',
      description: '上门换货',
      relationship: '长期客户',
      wordOfMouth: '影响较大',
      reasonableness: '合理',
      companyFaultPercent: '80',
    },
  ],
  ['approve', { note: '同意' }],
  ['return', { note: '金额偏高' }],
  ['customerAccept', { note: '' }],
  ['customerReject', { note: '客户要求退款' }],
  ['startImplementation', { note: '' }],
  ['completeImplementation', { taskId: 't1', note: '已送达' }],
  ['followUpSatisfied', { satisfied: 'true', note: '客户满意' }],
  ['close', { note: '' }],
  ['reopen', { reason: '客户再次来电' }],
];

type Call = [string, (dataProvider: SanxinDataProvider) => Promise<unknown>];

/** Every complaint operation the console sends, for committedSchema.test.ts. */
export const complaintOperationSamples: Call[] = [
  ...SAMPLE_INPUTS.map(([action, values]): Call => {
    const spec = stepDialog(action, complaint, tasks);
    return [spec.mutation, (dp) => dp.workflow(spec.mutation, spec.variables(values))];
  }),
  ...(
    [
      [handoverDialog('refer', { ...complaint, ownerId: 's1' }), { reason: '客户情绪激动，要求超出我的权限' }],
      [
        handoverDialog('reassign', { ...complaint, ownerId: 's1' }, [{ id: 's2', name: '李婷', role: 'AGENT', active: true }]),
        { handlerId: 's2', reason: '客户要求明天由其他业务代表回电' },
      ],
      [approveProposalDialog(complaint, 'p2'), { note: '采纳退款方案' }],
    ] as const
  ).map(([spec, values]): Call => [spec.mutation, (dp) => dp.workflow(spec.mutation, spec.variables(values))]),
  ['urgeComplaint', (dp) => dp.workflow('urgeComplaint', { id: 'q1', version: 3, input: { note: '客户第三次来电' } })],
  ['recordHandlingOpinion', (dp) => dp.workflow('recordHandlingOpinion', { id: 'q1', input: { opinion: '协调仓库今天发货' } })],
  ['complaintDetail', (dp) => dp.complaintDetail('q1')],
  ['myInbox', (dp) => dp.myInbox()],
];
