import type { InteractionChannel, InteractionDirection, InteractionOutcome } from '@sanxin/domain';

/**
 * Word lists for the demo data. Kept apart from the generator so the logic stays short and a
 * reviewer can judge realism here. Everything is invented: any resemblance to a real company or
 * person is accidental. Pinyin travels with each word so e-mail addresses look plausible.
 */

export type Syllable = readonly [hanzi: string, pinyin: string];

/**
 * Surnames with a rough share (per cent) of the population, so 王/李/张 dominate as in real life.
 * 𠮷 (U+20BB7, outside the BMP) is rare on purpose: it checks utf8mb4 storage without flooding lists.
 */
export const SURNAMES: readonly (readonly [Syllable, number])[] = [
  [['王', 'wang'], 7.1], [['李', 'li'], 7.1], [['张', 'zhang'], 6.8], [['刘', 'liu'], 5.4],
  [['陈', 'chen'], 4.5], [['杨', 'yang'], 3.1], [['黄', 'huang'], 2.2], [['赵', 'zhao'], 2.2],
  [['吴', 'wu'], 2.1], [['周', 'zhou'], 1.9], [['徐', 'xu'], 1.5], [['孙', 'sun'], 1.5],
  [['马', 'ma'], 1.3], [['朱', 'zhu'], 1.3], [['胡', 'hu'], 1.2], [['郭', 'guo'], 1.2],
  [['何', 'he'], 1.1], [['林', 'lin'], 1.0], [['高', 'gao'], 1.0], [['罗', 'luo'], 0.9],
  [['郑', 'zheng'], 0.8], [['梁', 'liang'], 0.8], [['谢', 'xie'], 0.7], [['宋', 'song'], 0.7],
  [['唐', 'tang'], 0.7], [['许', 'xu'], 0.7], [['韩', 'han'], 0.6], [['冯', 'feng'], 0.6],
  [['邓', 'deng'], 0.6], [['曹', 'cao'], 0.6], [['彭', 'peng'], 0.6], [['曾', 'zeng'], 0.6],
  [['肖', 'xiao'], 0.6], [['田', 'tian'], 0.5], [['董', 'dong'], 0.5], [['袁', 'yuan'], 0.5],
  [['潘', 'pan'], 0.5], [['于', 'yu'], 0.5], [['蒋', 'jiang'], 0.5], [['蔡', 'cai'], 0.5],
  [['余', 'yu'], 0.5], [['杜', 'du'], 0.5], [['叶', 'ye'], 0.5], [['程', 'cheng'], 0.4],
  [['苏', 'su'], 0.4], [['魏', 'wei'], 0.4], [['吕', 'lv'], 0.4], [['丁', 'ding'], 0.4],
  [['任', 'ren'], 0.4], [['沈', 'shen'], 0.4], [['姚', 'yao'], 0.4], [['卢', 'lu'], 0.4],
  [['姜', 'jiang'], 0.4], [['崔', 'cui'], 0.4], [['钟', 'zhong'], 0.4], [['谭', 'tan'], 0.4],
  [['陆', 'lu'], 0.3], [['汪', 'wang'], 0.3], [['范', 'fan'], 0.3], [['金', 'jin'], 0.3],
  [['石', 'shi'], 0.3], [['廖', 'liao'], 0.3], [['贾', 'jia'], 0.3], [['夏', 'xia'], 0.3],
  [['韦', 'wei'], 0.3], [['方', 'fang'], 0.3], [['白', 'bai'], 0.3], [['邹', 'zou'], 0.3],
  [['孟', 'meng'], 0.3], [['熊', 'xiong'], 0.3], [['秦', 'qin'], 0.3], [['邱', 'qiu'], 0.3],
  [['江', 'jiang'], 0.3], [['尹', 'yin'], 0.3], [['薛', 'xue'], 0.3], [['段', 'duan'], 0.2],
  [['雷', 'lei'], 0.2], [['侯', 'hou'], 0.2], [['龙', 'long'], 0.2], [['史', 'shi'], 0.2],
  [['欧阳', 'ouyang'], 0.05], [['司马', 'sima'], 0.01], [['诸葛', 'zhuge'], 0.01], [['𠮷', 'ji'], 0.02],
];

export const FOUR_BYTE_SURNAME: Syllable = ['𠮷', 'ji'];

export const GIVEN_NAME_CHARS: readonly Syllable[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'],
  ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'],
  ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'],
  ['桂', 'gui'], ['英', 'ying'], ['华', 'hua'], ['玉', 'yu'], ['萍', 'ping'], ['红', 'hong'], ['建', 'jian'],
  ['文', 'wen'], ['辉', 'hui'], ['力', 'li'], ['斌', 'bin'], ['宇', 'yu'], ['浩', 'hao'], ['鹏', 'peng'],
  ['思', 'si'], ['雨', 'yu'], ['欣', 'xin'], ['子', 'zi'], ['晨', 'chen'], ['嘉', 'jia'], ['俊', 'jun'],
  ['晓', 'xiao'], ['海', 'hai'], ['燕', 'yan'], ['梅', 'mei'], ['琳', 'lin'], ['婷', 'ting'], ['雪', 'xue'],
  ['慧', 'hui'], ['佳', 'jia'], ['颖', 'ying'], ['峰', 'feng'], ['凯', 'kai'], ['鑫', 'xin'], ['博', 'bo'],
  ['宁', 'ning'], ['志', 'zhi'], ['国', 'guo'], ['春', 'chun'], ['晶', 'jing'], ['丹', 'dan'], ['蕾', 'lei'],
  ['倩', 'qian'], ['昊', 'hao'], ['然', 'ran'], ['轩', 'xuan'], ['涵', 'han'], ['梓', 'zi'], ['怡', 'yi'],
  ['诗', 'shi'], ['悦', 'yue'], ['航', 'hang'], ['天', 'tian'], ['睿', 'rui'], ['泽', 'ze'], ['一', 'yi'],
  ['铭', 'ming'], ['瑶', 'yao'], ['彤', 'tong'], ['琪', 'qi'], ['立', 'li'], ['新', 'xin'], ['永', 'yong'],
  ['金', 'jin'], ['兰', 'lan'], ['凤', 'feng'], ['成', 'cheng'], ['东', 'dong'], ['亮', 'liang'], ['健', 'jian'],
  ['德', 'de'], ['云', 'yun'], ['飞', 'fei'], ['荣', 'rong'], ['振', 'zhen'], ['宏', 'hong'], ['波', 'bo'],
  ['帆', 'fan'], ['家', 'jia'], ['安', 'an'], ['晴', 'qing'], ['书', 'shu'], ['翔', 'xiang'], ['玲', 'ling'],
];

/** Valid mainland mobile prefixes (13x, 15x, 17x, 18x, 19x; 154/174/192-ish gaps left out). */
export const MOBILE_PREFIXES: readonly string[] = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139',
  '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '173', '175', '176', '177', '178',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
  '191', '193', '195', '198', '199',
];

export const FREE_MAIL_DOMAINS: readonly string[] = ['163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com', '139.com'];

export interface City {
  province: string;
  /** Full name with 市; the short form used in company names drops the 市. */
  city: string;
  pinyin: string;
  areaCode: string;
  districts: readonly string[];
}

/** Municipalities repeat the city as province; the address builder prints it once. */
export const CITIES: readonly City[] = [
  { province: '浙江省', city: '杭州市', pinyin: 'hz', areaCode: '0571', districts: ['西湖区', '拱墅区', '上城区', '滨江区', '余杭区', '萧山区'] },
  { province: '浙江省', city: '宁波市', pinyin: 'nb', areaCode: '0574', districts: ['海曙区', '鄞州区', '江北区', '北仑区'] },
  { province: '浙江省', city: '温州市', pinyin: 'wz', areaCode: '0577', districts: ['鹿城区', '龙湾区', '瓯海区'] },
  { province: '浙江省', city: '金华市', pinyin: 'jh', areaCode: '0579', districts: ['婺城区', '金东区', '义乌市'] },
  { province: '上海市', city: '上海市', pinyin: 'sh', areaCode: '021', districts: ['浦东新区', '徐汇区', '静安区', '闵行区', '嘉定区', '宝山区'] },
  { province: '北京市', city: '北京市', pinyin: 'bj', areaCode: '010', districts: ['朝阳区', '海淀区', '丰台区', '西城区', '大兴区'] },
  { province: '天津市', city: '天津市', pinyin: 'tj', areaCode: '022', districts: ['和平区', '河西区', '滨海新区'] },
  { province: '重庆市', city: '重庆市', pinyin: 'cq', areaCode: '023', districts: ['渝中区', '江北区', '九龙坡区', '沙坪坝区'] },
  { province: '江苏省', city: '南京市', pinyin: 'nj', areaCode: '025', districts: ['鼓楼区', '玄武区', '江宁区', '建邺区'] },
  { province: '江苏省', city: '苏州市', pinyin: 'sz', areaCode: '0512', districts: ['姑苏区', '吴中区', '相城区', '昆山市'] },
  { province: '江苏省', city: '无锡市', pinyin: 'wx', areaCode: '0510', districts: ['梁溪区', '滨湖区', '新吴区'] },
  { province: '广东省', city: '广州市', pinyin: 'gz', areaCode: '020', districts: ['天河区', '越秀区', '海珠区', '白云区', '番禺区'] },
  { province: '广东省', city: '深圳市', pinyin: 'sz', areaCode: '0755', districts: ['南山区', '福田区', '宝安区', '龙岗区'] },
  { province: '广东省', city: '东莞市', pinyin: 'dg', areaCode: '0769', districts: ['长安镇', '虎门镇', '松山湖'] },
  { province: '广东省', city: '佛山市', pinyin: 'fs', areaCode: '0757', districts: ['禅城区', '南海区', '顺德区'] },
  { province: '山东省', city: '济南市', pinyin: 'jn', areaCode: '0531', districts: ['历下区', '市中区', '槐荫区'] },
  { province: '山东省', city: '青岛市', pinyin: 'qd', areaCode: '0532', districts: ['市南区', '市北区', '黄岛区', '崂山区'] },
  { province: '河南省', city: '郑州市', pinyin: 'zz', areaCode: '0371', districts: ['金水区', '二七区', '中原区', '管城回族区'] },
  { province: '湖北省', city: '武汉市', pinyin: 'wh', areaCode: '027', districts: ['江汉区', '武昌区', '洪山区', '汉阳区'] },
  { province: '湖南省', city: '长沙市', pinyin: 'cs', areaCode: '0731', districts: ['岳麓区', '芙蓉区', '天心区', '雨花区'] },
  { province: '四川省', city: '成都市', pinyin: 'cd', areaCode: '028', districts: ['锦江区', '武侯区', '成华区', '青羊区'] },
  { province: '陕西省', city: '西安市', pinyin: 'xa', areaCode: '029', districts: ['雁塔区', '碑林区', '未央区', '新城区'] },
  { province: '福建省', city: '福州市', pinyin: 'fz', areaCode: '0591', districts: ['鼓楼区', '台江区', '仓山区'] },
  { province: '福建省', city: '厦门市', pinyin: 'xm', areaCode: '0592', districts: ['思明区', '湖里区', '集美区'] },
  { province: '安徽省', city: '合肥市', pinyin: 'hf', areaCode: '0551', districts: ['蜀山区', '包河区', '庐阳区'] },
  { province: '江西省', city: '南昌市', pinyin: 'nc', areaCode: '0791', districts: ['东湖区', '红谷滩区', '青山湖区'] },
  { province: '河北省', city: '石家庄市', pinyin: 'sjz', areaCode: '0311', districts: ['长安区', '桥西区', '裕华区'] },
  { province: '辽宁省', city: '沈阳市', pinyin: 'sy', areaCode: '024', districts: ['和平区', '沈河区', '铁西区'] },
  { province: '辽宁省', city: '大连市', pinyin: 'dl', areaCode: '0411', districts: ['中山区', '沙河口区', '甘井子区'] },
  { province: '黑龙江省', city: '哈尔滨市', pinyin: 'hrb', areaCode: '0451', districts: ['南岗区', '道里区', '香坊区'] },
  { province: '吉林省', city: '长春市', pinyin: 'cc', areaCode: '0431', districts: ['朝阳区', '南关区', '绿园区'] },
  { province: '云南省', city: '昆明市', pinyin: 'km', areaCode: '0871', districts: ['五华区', '盘龙区', '官渡区'] },
  { province: '广西壮族自治区', city: '南宁市', pinyin: 'nn', areaCode: '0771', districts: ['青秀区', '兴宁区', '西乡塘区'] },
  { province: '贵州省', city: '贵阳市', pinyin: 'gy', areaCode: '0851', districts: ['云岩区', '南明区', '观山湖区'] },
  { province: '山西省', city: '太原市', pinyin: 'ty', areaCode: '0351', districts: ['小店区', '迎泽区', '杏花岭区'] },
  { province: '内蒙古自治区', city: '呼和浩特市', pinyin: 'hhht', areaCode: '0471', districts: ['新城区', '赛罕区'] },
  { province: '新疆维吾尔自治区', city: '乌鲁木齐市', pinyin: 'wlmq', areaCode: '0991', districts: ['天山区', '沙依巴克区'] },
  { province: '甘肃省', city: '兰州市', pinyin: 'lz', areaCode: '0931', districts: ['城关区', '七里河区'] },
  { province: '海南省', city: '海口市', pinyin: 'hk', areaCode: '0898', districts: ['龙华区', '美兰区'] },
];

export const STREETS: readonly string[] = [
  '人民路', '中山路', '解放路', '建设路', '和平路', '新华路', '青年路', '胜利路', '长江路', '黄河路',
  '朝阳路', '工业园路', '科技路', '滨江大道', '环城东路', '环城北路', '迎宾大道', '文化路', '学院路', '创业路',
  '文三路', '体育场路', '延安路', '南京路', '北京路', '广场路', '振兴路', '光明路', '幸福路', '金融街',
];

/** What follows 「X路N号」 in a full address; empty keeps many addresses short. */
export const ADDRESS_DETAILS: readonly string[] = [
  '', '', '', '{n}幢{n}0{n}室', '{n}号楼{n}层', '{n}单元{n}0{n}室', '{n}号厂房', 'A座{n}0{n}室', '商铺{n}号',
];

/** Company trade names (字号). 客户投诉处理 and 𠮷祥 are only used by FEATURED_CUSTOMERS. */
export const BRANDS: readonly Syllable[] = [
  ['恒昌', 'hengchang'], ['华盛', 'huasheng'], ['鑫源', 'xinyuan'], ['金泰', 'jintai'], ['永安', 'yongan'],
  ['宏达', 'hongda'], ['瑞丰', 'ruifeng'], ['盛世', 'shengshi'], ['天润', 'tianrun'], ['博远', 'boyuan'],
  ['中联', 'zhonglian'], ['嘉禾', 'jiahe'], ['新正', 'xinzheng'], ['和信', 'hexin'], ['万通', 'wantong'],
  ['东方', 'dongfang'], ['海纳', 'haina'], ['汇丰源', 'huifengyuan'], ['锦程', 'jincheng'], ['百川', 'baichuan'],
  ['远航', 'yuanhang'], ['启明', 'qiming'], ['兴业', 'xingye'], ['广源', 'guangyuan'], ['振华', 'zhenhua'],
  ['长青', 'changqing'], ['诚信', 'chengxin'], ['利达', 'lida'], ['佳和', 'jiahe'], ['顺通', 'shuntong'],
  ['恒泰', 'hengtai'], ['正大', 'zhengda'], ['安泰', 'antai'], ['凯旋', 'kaixuan'], ['天宇', 'tianyu'],
  ['润泽', 'runze'], ['华丰', 'huafeng'], ['致远', 'zhiyuan'], ['富源', 'fuyuan'], ['星辰', 'xingchen'],
  ['明珠', 'mingzhu'], ['鼎盛', 'dingsheng'], ['祥瑞', 'xiangrui'], ['同创', 'tongchuang'], ['联众', 'lianzhong'],
  ['信达', 'xinda'], ['美佳', 'meijia'], ['亿丰', 'yifeng'], ['福星', 'fuxing'], ['汇通', 'huitong'],
  ['金桥', 'jinqiao'], ['银河', 'yinhe'], ['创新', 'chuangxin'], ['绿源', 'lvyuan'], ['康泰', 'kangtai'],
  ['益民', 'yimin'], ['惠丰', 'huifeng'], ['宝丰', 'baofeng'], ['德润', 'derun'], ['立信', 'lixin'],
  ['弘毅', 'hongyi'], ['晨光', 'chenguang'], ['阳光', 'yangguang'], ['蓝天', 'lantian'], ['青松', 'qingsong'],
  ['聚力', 'juli'], ['众诚', 'zhongcheng'], ['协和', 'xiehe'], ['万家', 'wanjia'], ['千禧', 'qianxi'],
  ['中科', 'zhongke'], ['华宇', 'huayu'], ['通达', 'tongda'], ['新纪元', 'xinjiyuan'], ['金鹰', 'jinying'],
];

export interface Industry {
  name: string;
  /** Endings after city + 字号: business words plus legal form, e.g. 物流有限公司. */
  tails: readonly string[];
}

export const INDUSTRIES: readonly Industry[] = [
  { name: '物流', tails: ['物流有限公司', '供应链管理有限公司', '货运代理有限公司', '仓储服务有限公司', '快运股份有限公司'] },
  { name: '制造', tails: ['机械制造有限公司', '精密机械股份有限公司', '包装材料有限公司', '五金制品厂', '塑胶制品有限公司'] },
  { name: '零售', tails: ['商贸行', '百货有限公司', '超市有限公司', '日用品商行', '商贸有限公司'] },
  { name: '餐饮', tails: ['餐饮管理有限公司', '酒楼', '食品有限公司', '餐饮连锁股份有限公司'] },
  { name: '医药', tails: ['医药有限公司', '大药房连锁有限公司', '医疗器械有限公司', '生物科技股份有限公司'] },
  { name: '教育', tails: ['教育科技有限公司', '培训学校', '文化传播有限公司'] },
  { name: '烟草零售', tails: ['烟酒商行', '便利店', '烟酒副食经营部'] },
  { name: '保险', tails: ['保险代理有限公司', '保险经纪有限公司', '财产保险服务中心'] },
  { name: '电子商务', tails: ['电子商务有限公司', '网络科技有限公司', '跨境电商有限公司'] },
  { name: '建筑', tails: ['建筑工程有限公司', '建设集团有限公司', '装饰工程有限公司', '建材有限公司'] },
  { name: '汽车服务', tails: ['汽车销售服务有限公司', '汽车维修中心', '汽车租赁有限公司'] },
  { name: '信息技术', tails: ['信息技术有限公司', '软件股份有限公司', '数据科技有限公司'] },
];

/** Industries an individual customer (a shop owner, a consumer) is filed under. */
export const PERSONAL_INDUSTRIES: readonly string[] = ['烟草零售', '零售', '餐饮', '个人消费', '个体经营'];

/** Shop names of individual owners: 王记便利店. */
export const SHOP_TAILS: readonly string[] = ['记便利店', '记烟酒店', '记小吃店', '记副食店', '记五金店'];

/**
 * Customers every demo needs, placed first: a search for 投诉 must find it inside a longer word,
 * and 𠮷 (4 bytes in UTF-8) exercises utf8mb4 in names and company names.
 */
export type FeaturedCustomer =
  | { kind: 'COMPANY'; brand: Syllable; tail: string; industry: string }
  | { kind: 'INDIVIDUAL'; surname: Syllable };

export const FEATURED_CUSTOMERS: readonly FeaturedCustomer[] = [
  { kind: 'COMPANY', brand: ['客户投诉处理', 'kftscl'], tail: '服务中心', industry: '商务服务' },
  { kind: 'COMPANY', brand: ['𠮷祥', 'jixiang'], tail: '物流有限公司', industry: '物流' },
  { kind: 'INDIVIDUAL', surname: FOUR_BYTE_SURNAME },
];

export const COMPANY_POSITIONS: readonly string[] = [
  '采购经理', '行政主管', '总经理', '仓储负责人', '财务主管', '店长', '办公室主任', '技术负责人',
  '质量经理', '物流专员', '总经理助理', '售后对接人', '运营总监',
];

export const PERSONAL_POSITIONS: readonly string[] = ['家属', '紧急联系人', '代办人'];

export const EMAIL_MAILBOXES: readonly string[] = ['service', 'sales', 'purchase', 'admin', 'info', 'kefu', 'caiwu'];

export const TAGS = {
  general: ['长期合作', '价格敏感', '有续约意向', '曾投诉', '需上门服务', '付款及时', '账期客户', '需开专票', '节假日休息', '只接受上午来电', '沟通偏好微信', '多次催单'],
  key: ['重点关注', 'VIP', '大客户'],
  fresh: '新客户',
  churnRisk: '流失预警',
} as const;

export const NOTES: readonly string[] = [
  '客户要求来电前先发短信确认，午休时间（12:00-14:00）请勿打扰。',
  '财务对接人每月25日后才处理发票，开票事宜请提前沟通。',
  '仓库在园区北门，送货车辆需提前一天报备车牌。',
  '老板比较看重响应速度，上次投诉处理超时后满意度明显下降。',
  '客户对价格较敏感，续约时需准备阶梯报价方案。',
  '每季度末集中采购一次，可提前两周回访了解需求。',
  '客户为门店经营，周末客流大，回访请安排在工作日上午。',
  '前任负责人已离职，新对接人为采购经理，相关资料已移交。',
  '曾因配送延迟投诉，已补偿并回访，目前关系稳定。',
  '客户年纪较大，沟通时请放慢语速，必要时联系其家属。',
  '有意向扩大合作范围，业务部已安排专人跟进。',
  '合同中含保密条款，客户资料不得外传。',
  '对账单需同时发送纸质版和电子版。',
  '客户习惯使用微信沟通，电话经常占线。',
];

export const PRODUCTS: readonly string[] = [
  '月结账单', '电子发票', '配送服务', '订货平台', '打印设备', '会员积分', '年度维保服务', '扫码枪', '冷链配送', '保单',
];

/** Marks non-phone records the way agents do in their work logs; phone calls need no mark. */
export const CHANNEL_MARKS: Record<InteractionChannel, Record<InteractionDirection, string>> = {
  PHONE: { INBOUND: '', OUTBOUND: '' },
  VISIT: { INBOUND: '【来访】', OUTBOUND: '【上门】' },
  EMAIL: { INBOUND: '【来邮】', OUTBOUND: '【邮件】' },
  MESSAGE: { INBOUND: '【微信】', OUTBOUND: '【微信】' },
  LETTER: { INBOUND: '【来函】', OUTBOUND: '【函件】' },
  ONLINE: { INBOUND: '【在线】', OUTBOUND: '【在线】' },
};

export const DEPARTMENTS: readonly string[] = ['技术部', '业务部', '仓管部', '财务部', '生产部', '市场部'];

/**
 * Service-record summaries by outcome and direction. Placeholders: {n} a small number,
 * {product} from PRODUCTS, {dept} from DEPARTMENTS. NO_ANSWER only happens on outbound calls.
 */
export const SUMMARIES: Record<InteractionOutcome, Record<InteractionDirection, readonly string[]>> = {
  RESOLVED: {
    INBOUND: [
      '客户反映{product}登录异常，指导其清除缓存后恢复正常。',
      '客户反映上月账单金额与合同不符，核对后系多计一笔运费，已更正并致歉。',
      '客户反映配送延迟{n}天，已联系仓管核实，货物当日下午送达，客户表示认可。',
      '客户要求修改收货地址，已在系统中更新并短信确认。',
      '客户反映{product}无法使用，远程排查为设置问题，已协助处理完毕。',
      '客户要求补开上月发票，已转{dept}当日开具并邮寄。',
    ],
    OUTBOUND: [
      '回访：客户对上次维修满意，设备运行正常，无其他需求。',
      '回访：投诉处理结果已确认，客户接受补偿方案，表示满意。',
      '主动告知{product}升级事项，客户已确认升级时间。',
      '回访：上门安装已完成，客户对服务态度评价良好。',
      '回访：换货已签收，客户确认质量无问题。',
    ],
  },
  FOLLOW_UP_NEEDED: {
    INBOUND: [
      '客户反映{product}到货少{n}件，已登记并转{dept}核查，承诺明日上午前答复。',
      '客户咨询合同续签条件，需业务部报价，已约定{n}日内回电。',
      '客户反映维修后问题再次出现，已申请技术部上门复查，待排期。',
      '客户要求调整账期，需{dept}审批，已告知处理时限。',
      '客户反映{product}数据与实际不符，已截图留存，转{dept}排查中。',
    ],
    OUTBOUND: [
      '回访：客户表示问题尚未彻底解决，需{dept}进一步处理，{n}日后再次回访。',
      '提醒客户完成实名认证，客户称资料未准备齐，约定下周再联系。',
      '回访：客户对处理结果一般满意，建议缩短配送时间，已记录并反馈{dept}。',
      '合同到期提醒，客户需内部审批，约定{n}天后再跟进。',
    ],
  },
  NO_ANSWER: {
    INBOUND: [],
    OUTBOUND: [
      '外呼回访未接通，已设置次日上午重拨。',
      '电话无人接听，已发送短信告知回访事项。',
      '拨打两次均提示关机，备注稍后再试。',
      '电话接通后无声音，按规定稍后重拨。',
    ],
  },
  OPPORTUNITY: {
    INBOUND: [
      '客户提到明年计划扩大采购，已记录商机转业务部。',
      '客户咨询新开门店能否共用现有合同，已登记商机并转业务部跟进。',
      '客户询问{product}批量采购价格，已记录需求转业务部报价。',
    ],
    OUTBOUND: [
      '回访中了解到客户将新建仓库，有新增服务需求，已转业务部。',
      '激活回访中客户表示有意开通{product}，已记录商机。',
      '回访：客户对服务满意，愿意推荐合作伙伴，已登记转介绍线索。',
    ],
  },
  COMPLAINT_REGISTERED: {
    INBOUND: [
      '客户投诉送货员态度恶劣，情绪激动，已登记投诉并安抚，承诺24小时内答复。',
      '客户投诉{product}质量问题，要求换货，已登记投诉单转{dept}。',
      '客户投诉账单重复扣款，已登记并转财务部核实。',
      '客户第{n}次反映同一问题未解决，已升级为投诉并报告班长。',
      '客户投诉上门服务人员迟到{n}小时，已登记投诉。',
    ],
    OUTBOUND: [
      '回访时客户对处理结果不满意，重新登记投诉。',
      '回访中客户反映新问题：{product}多次故障，已登记投诉。',
    ],
  },
  INFO_GIVEN: {
    INBOUND: [
      '咨询发票开具流程，已告知需提供开票信息，三个工作日内寄出。',
      '咨询{product}收费标准，已按最新价目表解答。',
      '咨询营业时间及节假日值班安排，已告知。',
      '咨询如何变更联系人，已告知需提供加盖公章的变更函。',
      '咨询投诉处理进度，已告知目前由{dept}处理中，预计{n}日内完成。',
      '咨询保修期限，已告知保修期为一年，自签收之日起计算。',
    ],
    OUTBOUND: [
      '通知{product}服务调整事项，客户已知悉。',
      '节前提醒客户提前备货，客户表示已安排。',
      '通知客户合同将于{n}周后到期，已说明续签流程。',
      '告知客户新版服务热线及在线客服入口。',
    ],
  },
};
