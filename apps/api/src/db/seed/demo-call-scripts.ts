import type { CallType, ScriptPhrase, ScriptStep } from '@sanxin/domain';
import type { EntityManager } from 'typeorm';
import { CallScript } from '../../modules/call-script/call-script.entity';
import { writeRevision } from '../../modules/call-script/call-script-content';
import { newRecord } from '../../shared/new-record';

/** The close every call ends with (DOMAIN §6). */
const GOODBYE = '感谢您的宝贵时间，谢谢您对我们的支持，再见！';

/** The situation phrases every script carries: the same situations happen on every kind of call. */
export const DEMO_PHRASES: ScriptPhrase[] = [
  { situation: 'NO_TIME', text: '{称呼}，不好意思打扰您了。请问您今天什么时间方便？我按您说的时间再给您打过来，大概只占用您三分钟。' },
  { situation: 'SILENT_LINE', text: '您好，这里是三鑫客服中心，请问您能听到我说话吗？（停顿 3 秒，重复一遍）……您那边可能信号不好，我稍后再给您打过来，再见。' },
  { situation: 'ANGRY', text: '{称呼}，非常理解您的心情，给您添麻烦了，实在抱歉。您慢慢说，我把情况完整记下来，一定帮您跟进到底。' },
  { situation: 'ASKS_MANAGER', text: '好的{称呼}，我理解您希望由负责人来处理。我马上把您的情况转给我们的值班主管，主管会在今天 18:00 前给您回电，您看可以吗？' },
  { situation: 'OTHER_DEPARTMENT', text: '{称呼}，这个问题需要我们技术部门的同事来确认，我已经记下来了，会在一个工作日内请相关同事给您答复。' },
  { situation: 'CANNOT_SATISFY', text: '{称呼}，非常抱歉，您提的这个要求按照公司规定我们暂时无法办理。我可以为您提供另一种方案：……您看这样可以吗？' },
  { situation: 'ASKED_TO_WAIT', text: '{称呼}，请您稍等，我帮您查询一下，大约需要一分钟。……感谢您的耐心等待。' },
  { situation: 'ANSWER_UNKNOWN', text: '{称呼}，这个情况我需要核实一下才能准确答复您，核实后我会在今天下班前给您回电，请您保持电话畅通。' },
];

const greeting = (purpose: string): ScriptStep => ({ kind: 'GREETING', branch: 'ALL', text: `您好，请问是{称呼}吗？我是三鑫客服中心的客服代表{客服姓名}，${purpose}` });
const identity: ScriptStep = { kind: 'IDENTITY_CHECK', branch: 'ALL', text: '为了保护您的信息安全，麻烦您核对一下登记的联系人姓名和手机号码后四位，好吗？' };
const close: ScriptStep = { kind: 'CLOSE', branch: 'ALL', text: `好的{称呼}，今天的回访就到这里。您今后有任何需要，欢迎拨打我们的客服热线。${GOODBYE}` };

export interface DemoScript {
  callType: CallType;
  name: string;
  steps: ScriptStep[];
}

/** The demo library: one script for each call type, all sharing the situation phrases. */
export const DEMO_SCRIPTS: DemoScript[] = [
  {
    callType: 'COMPLAINT_FOLLOW_UP',
    name: '投诉处理结果回访',
    steps: [
      greeting('关于您前几天反映的问题，我们已经处理完毕，今天给您做个回访，耽误您两分钟可以吗？'),
      identity,
      { kind: 'QUESTION', branch: 'ALL', text: '请问您反映的{产品}问题，现在是否已经解决了？' },
      { kind: 'QUESTION', branch: 'ALL', text: '您对这次的处理过程和处理结果满意吗？满分 5 分的话，您给几分？' },
      { kind: 'QUESTION', branch: 'SATISFIED', text: '非常感谢您的认可，{称呼}！您对我们的服务还有其他意见或建议吗？' },
      { kind: 'QUESTION', branch: 'UNSATISFIED', text: '非常抱歉没能让您满意，{称呼}。请问您觉得哪些地方还需要改进？我会原话记录下来。' },
      { kind: 'QUESTION', branch: 'UNSATISFIED', text: '我会马上把您的意见反馈给负责人重新处理，并在一个工作日内给您答复，您看可以吗？' },
      close,
    ],
  },
  {
    callType: 'SERVICE_FOLLOW_UP',
    name: '维修/换件服务回访',
    steps: [
      greeting('您的{产品}前几天做了上门服务，今天想了解一下服务情况，耽误您两分钟可以吗？'),
      identity,
      { kind: 'QUESTION', branch: 'ALL', text: '请问服务人员是否按约定时间上门？服务过程中是否出示了工作证？' },
      { kind: 'QUESTION', branch: 'ALL', text: '{产品}现在使用正常吗？您对这次服务总体满意吗？' },
      { kind: 'QUESTION', branch: 'SATISFIED', text: '谢谢您的肯定！温馨提示：日常使用中请注意定期保养，有问题随时联系我们。' },
      { kind: 'QUESTION', branch: 'UNSATISFIED', text: '真是抱歉给您带来不好的体验。请问具体是哪方面让您不满意？我记录下来马上安排处理。' },
      close,
    ],
  },
  {
    callType: 'PERIODIC_CARE',
    name: '重点客户定期关怀',
    steps: [
      greeting('今天是例行的客户关怀回访，感谢您一直以来对三鑫的信任，耽误您两分钟可以吗？'),
      { kind: 'QUESTION', branch: 'ALL', text: '最近{产品}用得怎么样？有没有需要我们帮忙的地方？' },
      { kind: 'QUESTION', branch: 'ALL', text: '您对我们近期的服务满意吗？' },
      { kind: 'QUESTION', branch: 'SATISFIED', text: '太好了，谢谢您！近期我们有免费上门保养活动，需要的话我帮您预约一下？' },
      { kind: 'QUESTION', branch: 'UNSATISFIED', text: '谢谢您直言，{称呼}。请问主要是哪方面不满意？我会转给您的专属客户经理，三天内给您答复。' },
      close,
    ],
  },
  {
    callType: 'FIRST_CONTACT',
    name: '新客户首次联系',
    steps: [
      greeting('从今天起由我担任您的专属客服，今后{产品}的使用、保养和售后都可以直接找我。'),
      identity,
      { kind: 'QUESTION', branch: 'ALL', text: '请问您平时什么时间接电话比较方便？我们回访时尽量避开您休息的时间。' },
      { kind: 'QUESTION', branch: 'ALL', text: '请问目前{产品}的安装和使用有没有什么疑问？' },
      { kind: 'CLOSE', branch: 'ALL', text: `我的工号已经发到您手机上了，您有任何问题随时找我。${GOODBYE}` },
    ],
  },
  {
    callType: 'VERIFICATION',
    name: '客户资料核实',
    steps: [
      greeting('为了给您提供更好的服务，今天想和您核实一下登记的资料，大约一分钟，可以吗？'),
      identity,
      { kind: 'QUESTION', branch: 'ALL', text: '请问您的单位名称和通讯地址还是登记的这个吗？（逐项核对，有变化的当场更正）' },
      { kind: 'QUESTION', branch: 'ALL', text: '以后有服务通知，您希望我们打这个号码，还是发短信？' },
      { kind: 'CLOSE', branch: 'ALL', text: `资料已经核实更新好了，谢谢您的配合。${GOODBYE}` },
    ],
  },
];

/** 标准服务用语: one active script per call type, each at revision 1 (the complaint script at 2: the history screen shows a change). */
export async function seedDemoCallScripts(manager: EntityManager, now: Date, managerId: string): Promise<Map<CallType, CallScript>> {
  const scripts = new Map<CallType, CallScript>();
  for (const demo of DEMO_SCRIPTS) {
    const script = Object.assign(new CallScript(), { ...newRecord(now), callType: demo.callType, name: demo.name, active: true, revision: 1, archivedAt: null });
    await manager.insert(CallScript, script);
    if (demo.callType === 'COMPLAINT_FOLLOW_UP') {
      // The first wording asked no score; revision 2 added it.
      const firstSteps = demo.steps.map((step) => (step.text.includes('满分') ? { ...step, text: '您对这次的处理过程和处理结果满意吗？' } : step));
      await writeRevision(manager, script, { steps: firstSteps, phrases: DEMO_PHRASES }, managerId, new Date(now.getTime() - 30 * 86_400_000));
      script.revision = 2;
      script.version = 2;
      await manager.update(CallScript, { id: script.id }, { revision: 2, version: 2 });
    }
    await writeRevision(manager, script, { steps: demo.steps, phrases: DEMO_PHRASES }, managerId, now);
    scripts.set(demo.callType, script);
  }
  return scripts;
}
