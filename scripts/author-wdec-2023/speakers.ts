/**
 * Session speakers. All people are fictional; names in Chinese are romanised in pinyin
 * (family name first), foreign names are transliterated into Chinese.
 */
import { exhibitorName } from './exhibitors.ts'
import type { SpeakerEntry, Text } from './types.ts'

function person(en: string, zh: string, affiliation: Text): SpeakerEntry {
  return { name: { en, zh }, affiliation }
}

const ORGANISERS: Text = { en: 'Conference Organising Committee', zh: '大会组委会' }
const INSTITUTE: Text = { en: 'Yongjiang Institute of Digital Economy', zh: '甬江数字经济研究院' }
const ALLIANCE: Text = { en: 'Zhejiang Industrial Digitalisation Alliance', zh: '浙江产业数字化联盟' }
const UNIVERSITY: Text = { en: 'Yongjiang University, School of Computer Science', zh: '甬江大学计算机学院' }
const PORT_INSTITUTE: Text = { en: 'East China Sea Shipping Research Centre', zh: '东海航运研究中心' }
const VENTURES: Text = { en: 'Yongjiang Ventures', zh: '甬江创投' }
const YOUTH: Text = { en: 'Yongjiang Youth Innovation Centre', zh: '甬江青年创新中心' }
const SILK_ROAD: Text = { en: 'Silk Road Digital Trade Council', zh: '丝路数字贸易理事会' }
const BEILUN_DESK: Text = { en: 'Beilun Investment Service Centre', zh: '北仑投资服务中心' }
const ZHENHAI_DESK: Text = { en: 'Zhenhai Investment Service Centre', zh: '镇海投资服务中心' }
const CONSUMER_ASSOC: Text = { en: 'Ningbo Smart Living Consumer Club', zh: '宁波智慧生活消费者俱乐部' }

export const SPEAKERS = {
  chenMingyuan: person('Chen Mingyuan', '陈明远', ORGANISERS),
  luJing: person('Lu Jing', '陆静', ORGANISERS),
  liHuiqing: person('Li Huiqing', '李慧清', INSTITUTE),
  wangZhiqiang: person('Wang Zhiqiang', '王志强', ALLIANCE),
  ouyangFeng: person('Ouyang Feng', '欧阳峰', UNIVERSITY),
  xieNing: person('Xie Ning', '谢宁', UNIVERSITY),
  tangHao: person('Tang Hao', '唐浩', YOUTH),
  weiDong: person('Wei Dong', '魏东', VENTURES),
  jiangTingting: person('Jiang Tingting', '蒋婷婷', VENTURES),
  dingShu: person('Ding Shu', '丁舒', BEILUN_DESK),
  fuYan: person('Fu Yan', '傅燕', ZHENHAI_DESK),
  guMeng: person('Gu Meng', '顾萌', CONSUMER_ASSOC),
  zhuHang: person('Zhu Hang', '朱航', PORT_INSTITUTE),
  elenaPetrovic: person('Elena Petrović', '叶莲娜·彼得罗维奇', SILK_ROAD),
  zhouYating: person('Zhou Yating', '周雅婷', exhibitorName('yongjiang-cloud-data-group')),
  maQing: person('Ma Qing', '马晴', exhibitorName('mingzhou-data-exchange')),
  shenJiayi: person('Shen Jiayi', '沈佳怡', exhibitorName('mingzhou-pay')),
  caiMin: person('Cai Min', '蔡敏', exhibitorName('yongshang-bank-digital-finance-lab')),
  luoWen: person('Luo Wen', '罗文', exhibitorName('tianmu-shield-security')),
  jamesHolloway: person('James Holloway', '詹姆斯·霍洛韦', exhibitorName('thamesgate-cyber')),
  xuJianguo: person('Xu Jianguo', '徐建国', exhibitorName('gangcheng-industrial-internet')),
  katrinVogel: person('Katrin Vogel', '卡特琳·福格尔', exhibitorName('vogel-robotik')),
  heJun: person('He Jun', '何骏', exhibitorName('cixi-hengfeng-appliances')),
  hanXue: person('Han Xue', '韩雪', exhibitorName('hangzhou-bay-smart-vehicle-works')),
  pengLiang: person('Peng Liang', '彭亮', exhibitorName('jiaochuan-process-intelligence')),
  huangLijuan: person('Huang Lijuan', '黄丽娟', exhibitorName('haishu-urban-intelligence')),
  songLina: person('Song Lina', '宋丽娜', exhibitorName('jiulonghu-smart-tourism')),
  jiangTao: person('Jiang Tao', '蒋涛', exhibitorName('chuanshan-terminal-automation')),
  yuHaibo: person('Yu Haibo', '俞海波', exhibitorName('sanjiang-water-twin')),
  fangYu: person('Fang Yu', '方宇', exhibitorName('tianrui-humanoid-robotics')),
  qianSiyuan: person('Qian Siyuan', '钱思远', exhibitorName('yongsuan-computing-network')),
  yeZhenhua: person('Ye Zhenhua', '叶振华', exhibitorName('yongsi-industrial-large-model')),
  kongLingyun: person('Kong Lingyun', '孔凌云', exhibitorName('xuanjing-xr')),
  dongXin: person('Dong Xin', '董鑫', exhibitorName('mingxin-microelectronics')),
  xiaZhiyuan: person('Xia Zhiyuan', '夏志远', exhibitorName('haiyan-drone-logistics')),
  parkJiwoo: person('Park Ji-woo', '朴智友', exhibitorName('nuri-marine-autonomy')),
  zhaoLei: person('Zhao Lei', '赵磊', exhibitorName('gangtong-port-community-platform')),
  dengHui: person('Deng Hui', '邓辉', exhibitorName('haiyun-digital-shipping')),
  moXiaoyu: person('Mo Xiaoyu', '莫晓宇', exhibitorName('haiyue-cross-border')),
  linXiaomei: person('Lin Xiaomei', '林晓梅', exhibitorName('yongbo-live-commerce')),
  yamadaKenji: person('Kenji Yamada', '山田健二', exhibitorName('kobe-trade-link')),
  jonasAdler: person('Jonas Adler', '约纳斯·阿德勒', exhibitorName('adler-industriesoftware')),
  amelieLaurent: person('Amélie Laurent', '阿梅莉·洛朗', exhibitorName('atelier-numerique')),
  aidarNurlanov: person('Aidar Nurlanov', '艾达尔·努尔兰诺夫', exhibitorName('steppe-link-logistics')),
  fatimaAlMansouri: person('Fatima Al Mansouri', '法蒂玛·曼苏里', exhibitorName('falcon-gate-fintech')),
  tanWeiMing: person('Tan Wei Ming', '陈伟明', exhibitorName('lion-city-tradetech')),
  pieterDeVries: person('Pieter de Vries', '彼得·德弗里斯', exhibitorName('havenlicht')),
  marcoBellini: person('Marco Bellini', '马可·贝利尼', exhibitorName('fabbrica-connessa')),
  siriwanChaiyo: person('Siriwan Chaiyo', '诗丽婉·差约', exhibitorName('siam-smart-farming')),
  nurulAina: person('Nurul Aina', '努鲁·艾娜', exhibitorName('halal-cart-digital')),
} satisfies Record<string, SpeakerEntry>
