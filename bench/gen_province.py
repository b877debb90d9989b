#!/usr/bin/python3
"""Generate a province-scale catalog tree for benchmarking encat.

    gen_province.py --out DIR [--scale S]

Writes DIR/catalogs/zhejiang/... in the layout suggested by
shared/spec/format.md: a registry, targets, one unified catalog of 1,400
matters (region 330000), and for each county (90 at scale 1) an extension,
eight department catalogs (~3,400 matters in all), a supervision list (~1,500
matters), a cases file and 15 township lists (~300 codes each).

Every file is meant to be valid against schemas/<kind>.schema.json and free
of E1xx/E2xx findings: codes unique per catalog and matching the registry's
code_pattern, 部分 always with a scope_note, townships listing every 必须下放
matter of their sources and never a 不下放 (or inactive) one, domains and
departments all in the registry.  The data also keeps the audit quiet where
that is cheap (every comprehensive matter supervised by one of its `from`
departments, every inspection matter inspected, every matter with cases).

So that the audit's registry checks run at scale, the registry has `regions`
(the province, every county and township) and `specialist_departments` (the
eight), and a few of its gaps fire in some counties: a township named in the
registry with no list (B309), a department catalog not yet in force (B310,
and B312 on that department's cases), case rows on codes that are no matter
(B312); three townships of each county have their own cases (B314's input).

Standard library only and deterministic: the same arguments give the same
bytes on every run.  A county's content depends only on its region code, so
a larger scale adds counties without changing the others.
"""

import argparse
import os
import random
import sys

SEED = 20220301
YEAR = 2022
PROVINCE = "zhejiang"
UNIFIED_ID = "zj-unified-2022"
UNIFIED_SIZE = 1400
TOWNSHIPS_PER_COUNTY = 15

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

# The 90 county-level divisions of Zhejiang (code, name, id stem).
COUNTIES = [
    ("330102", "上城区", "shangcheng"), ("330105", "拱墅区", "gongshu"),
    ("330106", "西湖区", "xihu"), ("330108", "滨江区", "binjiang"),
    ("330109", "萧山区", "xiaoshan"), ("330110", "余杭区", "yuhang"),
    ("330111", "富阳区", "fuyang"), ("330112", "临安区", "linan"),
    ("330113", "临平区", "linping"), ("330114", "钱塘区", "qiantang"),
    ("330122", "桐庐县", "tonglu"), ("330127", "淳安县", "chunan"),
    ("330182", "建德市", "jiande"),
    ("330203", "海曙区", "haishu"), ("330205", "江北区", "jiangbei"),
    ("330206", "北仑区", "beilun"), ("330211", "镇海区", "zhenhai"),
    ("330212", "鄞州区", "yinzhou"), ("330213", "奉化区", "fenghua"),
    ("330225", "象山县", "xiangshan"), ("330226", "宁海县", "ninghai"),
    ("330281", "余姚市", "yuyao"), ("330282", "慈溪市", "cixi"),
    ("330302", "鹿城区", "lucheng"), ("330303", "龙湾区", "longwan"),
    ("330304", "瓯海区", "ouhai"), ("330305", "洞头区", "dongtou"),
    ("330324", "永嘉县", "yongjia"), ("330326", "平阳县", "pingyang"),
    ("330327", "苍南县", "cangnan"), ("330328", "文成县", "wencheng"),
    ("330329", "泰顺县", "taishun"), ("330381", "瑞安市", "ruian"),
    ("330382", "乐清市", "yueqing"), ("330383", "龙港市", "longgang"),
    ("330402", "南湖区", "nanhu"), ("330411", "秀洲区", "xiuzhou"),
    ("330421", "嘉善县", "jiashan"), ("330424", "海盐县", "haiyan"),
    ("330481", "海宁市", "haining"), ("330482", "平湖市", "pinghu"),
    ("330483", "桐乡市", "tongxiang"),
    ("330502", "吴兴区", "wuxing"), ("330503", "南浔区", "nanxun"),
    ("330521", "德清县", "deqing"), ("330522", "长兴县", "changxing"),
    ("330523", "安吉县", "anji"),
    ("330602", "越城区", "yuecheng"), ("330603", "柯桥区", "keqiao"),
    ("330604", "上虞区", "shangyu"), ("330624", "新昌县", "xinchang"),
    ("330681", "诸暨市", "zhuji"), ("330683", "嵊州市", "shengzhou"),
    ("330702", "婺城区", "wucheng"), ("330703", "金东区", "jindong"),
    ("330723", "武义县", "wuyi"), ("330726", "浦江县", "pujiang"),
    ("330727", "磐安县", "panan"), ("330781", "兰溪市", "lanxi"),
    ("330782", "义乌市", "yiwu"), ("330783", "东阳市", "dongyang"),
    ("330784", "永康市", "yongkang"),
    ("330802", "柯城区", "kecheng"), ("330803", "衢江区", "qujiang"),
    ("330822", "常山县", "changshan"), ("330824", "开化县", "kaihua"),
    ("330825", "龙游县", "longyou"), ("330881", "江山市", "jiangshan"),
    ("330902", "定海区", "dinghai"), ("330903", "普陀区", "putuo"),
    ("330921", "岱山县", "daishan"), ("330922", "嵊泗县", "shengsi"),
    ("331002", "椒江区", "jiaojiang"), ("331003", "黄岩区", "huangyan"),
    ("331004", "路桥区", "luqiao"), ("331022", "三门县", "sanmen"),
    ("331023", "天台县", "tiantai"), ("331024", "仙居县", "xianju"),
    ("331081", "温岭市", "wenling"), ("331082", "临海市", "linhai"),
    ("331083", "玉环市", "yuhuan"),
    ("331102", "莲都区", "liandu"), ("331121", "青田县", "qingtian"),
    ("331122", "缙云县", "jinyun"), ("331123", "遂昌县", "suichang"),
    ("331124", "松阳县", "songyang"), ("331125", "云和县", "yunhe"),
    ("331126", "庆元县", "qingyuan"), ("331127", "景宁畲族自治县", "jingning"),
    ("331181", "龙泉市", "longquan"),
]
CITY_PREFIXES = ["3301", "3302", "3303", "3304", "3305", "3306", "3307",
                 "3308", "3309", "3310", "3311"]

# Characters (with pinyin) for synthetic place names.
SYLLABLES = [
    ("贺", "he"), ("村", "cun"), ("清", "qing"), ("湖", "hu"), ("峡", "xia"),
    ("口", "kou"), ("新", "xin"), ("塘", "tang"), ("石", "shi"), ("门", "men"),
    ("上", "shang"), ("余", "yu"), ("双", "shuang"), ("溪", "xi"), ("大", "da"),
    ("陈", "chen"), ("凤", "feng"), ("林", "lin"), ("坛", "tan"), ("长", "chang"),
    ("台", "tai"), ("回", "hui"), ("龙", "long"), ("安", "an"), ("桥", "qiao"),
    ("坑", "keng"), ("源", "yuan"), ("丰", "feng"), ("和", "he"), ("平", "ping"),
    ("东", "dong"), ("西", "xi"), ("南", "nan"), ("北", "bei"), ("白", "bai"),
    ("金", "jin"), ("花", "hua"), ("碧", "bi"), ("岭", "ling"), ("下", "xia"),
    ("洋", "yang"), ("江", "jiang"), ("山", "shan"), ("峰", "feng"), ("泉", "quan"),
    ("宁", "ning"), ("虹", "hong"), ("田", "tian"), ("坞", "wu"), ("庄", "zhuang"),
    ("岩", "yan"), ("滩", "tan"), ("埠", "bu"), ("浦", "pu"), ("云", "yun"),
    ("柳", "liu"), ("樟", "zhang"), ("竹", "zhu"), ("梅", "mei"), ("桃", "tao"),
    ("杨", "yang"), ("松", "song"), ("兰", "lan"), ("万", "wan"), ("仁", "ren"),
    ("保", "bao"), ("古", "gu"), ("横", "heng"), ("里", "li"), ("青", "qing"),
]

# Domain -> (two-digit domain number used in codes, department it moves from).
DOMAINS = [
    ("住房城乡建设", "11", "住房和城乡建设局"),
    ("城市管理", "12", "住房和城乡建设局"),
    ("生态环境", "13", "生态环境局"),
    ("自然资源", "14", "自然资源和规划局"),
    ("水利", "15", "水利局"),
    ("林业", "16", "自然资源和规划局"),
    ("交通运输", "17", "交通运输局"),
    ("农业农村", "18", "农业农村局"),
    ("渔业", "19", "农业农村局"),
    ("畜牧兽医", "20", "农业农村局"),
    ("市场监管", "21", "市场监督管理局"),
    ("文化旅游", "22", "文化广电旅游局"),
    ("广播电视", "23", "文化广电旅游局"),
    ("文物", "24", "文化广电旅游局"),
    ("卫生健康", "25", "卫生健康局"),
    ("应急管理", "26", "应急管理局"),
    ("人力社保", "27", "人力资源和社会保障局"),
    ("民政", "28", "民政局"),
    ("教育", "29", "教育局"),
    ("体育", "30", "体育局"),
    ("商务", "31", "商务局"),
    ("粮食物资", "32", "发展和改革局"),
    ("气象", "33", "气象局"),
    ("档案", "75", "档案局"),
    ("民族宗教", "35", "民族宗教事务局"),
    # Domains that stay with specialist departments (or other bodies).
    ("食品安全", "41", "市场监督管理局"),
    ("药品监管", "42", "市场监督管理局"),
    ("知识产权", "43", "市场监督管理局"),
    ("特种设备", "44", "市场监督管理局"),
    ("人民防空", "45", "人民防空办公室"),
    ("消防", "46", "消防救援大队"),
    ("电力", "47", "发展和改革局"),
    ("统计", "48", "统计局"),
    ("医疗保障", "49", "医疗保障局"),
    ("退役军人", "50", "退役军人事务局"),
    ("司法行政", "51", "司法局"),
    ("公安", "52", "公安局"),
    ("经济信息化", "53", "经济和信息化局"),
    ("科技", "54", "科学技术局"),
    ("烟草专卖", "55", "烟草专卖局"),
]
DOMAIN_NUM = {d: n for d, n, _ in DOMAINS}
DOMAIN_DEPT = {d: dep for d, _, dep in DOMAINS}

# Unified catalog: 25 domains, 1,400 matters.
UNIFIED_WEIGHTS = [
    ("住房城乡建设", 220), ("城市管理", 150), ("生态环境", 110), ("自然资源", 90),
    ("水利", 60), ("林业", 40), ("交通运输", 70), ("农业农村", 60), ("渔业", 30),
    ("畜牧兽医", 30), ("市场监管", 90), ("文化旅游", 50), ("广播电视", 25),
    ("文物", 25), ("卫生健康", 80), ("应急管理", 50), ("人力社保", 40),
    ("民政", 30), ("教育", 25), ("体育", 20), ("商务", 35), ("粮食物资", 20),
    ("气象", 20), ("档案", 13), ("民族宗教", 17),
]

# The eight specialist departments ("1+8"): file stem, name, domains with
# the size of the province's specialist pool in each.
DEPARTMENTS = [
    ("shichang-jianguan", "市场监督管理局",
     [("市场监管", 330), ("食品安全", 350), ("药品监管", 200), ("知识产权", 120),
      ("特种设备", 150)]),
    ("shengtai-huanjing", "生态环境局", [("生态环境", 350)]),
    ("wenhua-shichang", "文化广电旅游局",
     [("文化旅游", 150), ("广播电视", 80), ("文物", 70)]),
    ("jiaotong-yunshu", "交通运输局", [("交通运输", 450)]),
    ("nongye-nongcun", "农业农村局",
     [("农业农村", 300), ("渔业", 130), ("畜牧兽医", 120)]),
    ("ziran-ziyuan", "自然资源和规划局", [("自然资源", 230), ("林业", 120)]),
    ("yingji-guanli", "应急管理局", [("应急管理", 300)]),
    ("weisheng-jiankang", "卫生健康局", [("卫生健康", 300)]),
]

SUBJECTS = {
    "住房城乡建设": "建设单位 施工单位 勘察单位 设计单位 工程监理单位 房地产开发企业 物业服务企业 房地产经纪机构 建筑业企业 燃气经营企业 预拌混凝土生产企业 工程造价咨询企业 住房租赁企业 城镇排水设施维护运营单位 建设工程质量检测机构 招标代理机构 供水单位 园林绿化企业",
    "城市管理": "户外广告设置人 沿街商户 建筑垃圾运输单位 生活垃圾收运单位 餐厨垃圾产生单位 占道经营者 临时摊点经营者 城市道路挖掘单位 渣土运输车辆所有人 公厕管理单位 环卫作业单位 景观照明设施管理单位 门前责任区责任人 店招店牌设置人 共享单车运营企业",
    "生态环境": "排污单位 重点排污单位 建设项目业主 危险废物产生单位 机动车排放检验机构 医疗废物处置单位 餐饮服务经营者 工业企业 畜禽养殖场 环境监测机构 放射源使用单位 固体废物运输者 挥发性有机物排放单位 噪声排放单位 污水处理厂运营单位 环境影响评价机构",
    "自然资源": "土地使用者 采矿权人 测绘单位 农村村民 建设用地单位 地质勘查单位 不动产登记申请人 临时用地使用者 矿山企业 规划许可持证人 土地复垦义务人 探矿权人 地质灾害治理单位 测量标志使用者 地图编制单位 耕地占用者",
    "水利": "河道管理范围内建设单位 取水单位 水利工程管理单位 河道采砂作业者 生产建设项目单位 水库管理单位 堤防管理单位 入河排污口设置单位 水文监测单位 农村供水工程管理者 水土保持方案编制单位 山塘管理单位 节约用水单位 滩涂开发利用单位 水利工程施工单位",
    "林业": "林木采伐者 木材经营加工单位 林地使用单位 野生动物经营者 林木种苗生产经营者 森林防火区用火人员 古树名木养护责任人 自然保护地内从业者 疫木处理单位 林业有害生物防治单位 野生动物驯养繁殖单位 森林经营者 湿地保护区内从业者 林产品加工企业 林草种子经营者",
    "交通运输": "道路运输经营者 出租汽车驾驶员 网络预约出租汽车平台公司 机动车维修经营者 机动车驾驶员培训机构 公路养护作业单位 超限运输车辆所有人 水路运输经营者 港口经营人 船舶所有人 客运站经营者 危险货物运输企业 公交运营企业 货运源头单位 公路建设单位 城市轨道交通运营单位 道路货物运输驾驶员 网络货运经营者",
    "农业农村": "农药经营者 肥料生产经营者 种子生产经营者 农产品生产企业 农机作业者 农业机械维修者 兽药经营者 饲料生产企业 农村宅基地使用人 农民专业合作社 拖拉机驾驶人 植物检疫对象生产者 农作物种子检验机构 农产品收购者 生猪屠宰企业 农业投入品使用者",
    "渔业": "渔业船舶所有人 渔业捕捞者 水产养殖单位 水产苗种生产单位 渔港经营者 休闲渔业经营者 水产品收购者 渔业船员 渔具生产销售者 水生野生动物经营者 渔业船舶检验机构 渔业电子设备使用者 远洋渔业企业 水产品加工企业 增殖放流实施单位",
    "畜牧兽医": "动物饲养场 动物诊疗机构 畜禽屠宰企业 动物产品经营者 种畜禽生产经营者 执业兽医 畜禽运输车辆承运人 动物隔离场所 病死畜禽无害化处理场 乡村兽医 饲料添加剂使用者 动物疫苗使用单位 畜禽养殖户 动物防疫条件合格证持有人 宠物诊所",
    "市场监管": "经营者 电子商务平台经营者 广告主 广告经营者 商品交易市场开办者 计量器具生产企业 产品生产者 认证机构 检验检测机构 网络交易经营者 直销企业 合同格式条款提供者 企业登记申请人 商标注册人 拍卖企业 个体工商户 加油站经营者 眼镜制配者",
    "食品安全": "食品生产者 食品经营者 餐饮服务提供者 集中用餐单位 食品添加剂生产者 网络食品交易第三方平台 食品小作坊 食品摊贩 保健食品经营者 婴幼儿配方食品生产企业 食用农产品销售者 冷链食品经营者 学校食堂 食品贮存运输者 餐具集中消毒单位",
    "药品监管": "药品零售企业 药品批发企业 医疗器械经营企业 化妆品经营者 医疗机构制剂室 药品上市许可持有人 医疗器械使用单位 第二类医疗器械备案人 药品网络销售者 疫苗配送单位 化妆品生产企业 中药饮片经营者 医疗器械网络交易服务平台 麻醉药品经营企业 药品使用单位",
    "知识产权": "专利代理机构 商标代理机构 假冒专利行为人 地理标志使用者 专利标识标注者 展会主办单位 集体商标注册人 商标印制单位 特殊标志使用者 奥林匹克标志使用人 专利权人 知识产权服务机构 商标使用许可人 电商平台经营者 商业秘密侵权人",
    "特种设备": "特种设备使用单位 电梯维护保养单位 锅炉使用单位 压力容器使用单位 气瓶充装单位 特种设备检验机构 起重机械安装单位 游乐设施运营使用单位 特种设备生产单位 场(厂)内机动车辆使用单位 客运索道运营单位 压力管道使用单位 特种设备作业人员 电梯制造单位 移动式压力容器充装单位",
    "文化旅游": "旅行社 导游 互联网上网服务营业场所 娱乐场所 营业性演出举办单位 网络文化经营单位 A级旅游景区 在线旅游经营者 艺术品经营单位 社会艺术水平考级机构 星级饭店 民宿经营者 游艺娱乐场所 演出经纪机构 文艺表演团体",
    "广播电视": "广播电视播出机构 卫星地面接收设施安装单位 有线广播电视运营单位 网络视听节目服务单位 广播电视节目制作经营单位 广播电视设施使用者 卫星地面接收设施使用者 传输覆盖网运营单位 电视剧制作单位 视频点播业务开办单位 广播电视广告播出单位 专用频段使用者 有线电视安装单位 公共视听载体播放单位 广播电视设备经营者",
    "文物": "文物保护单位管理使用人 文物商店 文物拍卖企业 考古发掘单位 博物馆 不可移动文物使用人 历史文化街区内建设单位 文物保护工程施工单位 文物收藏单位 馆藏文物借用单位 文物复制单位 古建筑所有人 民办博物馆 文物保护范围内建设单位 水下文物保护区内作业者",
    "卫生健康": "医疗机构 公共场所经营者 生活饮用水供水单位 放射诊疗单位 职业病危害用人单位 消毒产品生产企业 母婴保健技术服务机构 医师 护士 传染病防治责任单位 学校卫生责任单位 健康体检机构 医疗美容机构 涉水产品生产企业 计划生育技术服务机构 采供血机构",
    "应急管理": "生产经营单位 危险化学品经营企业 烟花爆竹零售经营者 非煤矿山企业 工贸企业 安全评价机构 金属冶炼单位 有限空间作业单位 粉尘涉爆企业 安全培训机构 危险化学品使用单位 烟花爆竹批发企业 生产经营单位主要负责人 安全生产检测检验机构 小微企业",
    "人力社保": "用人单位 职业介绍机构 人力资源服务机构 劳务派遣单位 职业技能培训机构 建设工程施工总承包单位 社会保险服务机构 技工学校 民办职业培训学校 社会保险待遇领取人 外国人就业单位 职业技能鉴定机构 工伤保险参保单位 用工单位 劳务分包企业",
    "民政": "社会组织 养老机构 殡葬服务单位 公墓经营单位 婚姻介绍机构 民办非企业单位 基金会 社会团体 慈善组织 地名标志设置单位 儿童福利机构 殡仪馆 社区养老服务机构 界线标志管理单位 募捐活动组织者",
    "教育": "民办学校 校外培训机构 幼儿园 教育考试机构 中外合作办学机构 托育机构 职业学校 学历教育机构 教师资格申请人 中小学校 民办幼儿园 非学历培训机构 教辅材料发行单位 校车使用单位 国家教育考试考生",
    "体育": "高危险性体育项目经营者 体育经营单位 游泳场所经营者 体育赛事活动组织者 健身服务经营者 滑雪场所经营者 攀岩场所经营者 体育彩票销售者 社会体育指导员 户外运动组织者 体育培训机构 公共体育设施管理单位 潜水场所经营者 卡丁车场经营者 射击场经营者",
    "商务": "成品油零售企业 单用途预付卡发卡企业 再生资源回收经营者 二手车交易市场经营者 报废机动车回收企业 拍卖企业 洗染业经营者 美容美发经营者 家政服务机构 对外劳务合作企业 酒类经营者 典当行 摄影扩印经营者 汽车销售企业 生活服务业经营者",
    "粮食物资": "粮食收购企业 粮食储存企业 粮食经营者 政策性粮食承储单位 粮食加工企业 军粮供应单位 粮食质量检验机构 储备物资管理单位 粮油零售企业 粮食运输企业 地方储备粮承储企业 粮食销售企业 应急粮油供应网点 粮食仓储设施使用者 粮食交易市场",
    "气象": "气象探测设施使用者 施放气球单位 雷电防护装置检测机构 人工影响天气作业单位 气象信息服务单位 防雷装置设计单位 气象资料使用者 大气环境影响评价单位 雷电易发区建设单位 气象设施保护范围内建设单位 气象信息传播媒体 升放无人驾驶自由气球单位 防雷工程施工单位 气象灾害防御重点单位 气象预报发布单位",
    "档案": "档案服务企业 国家档案馆 机关档案部门 国有企业事业单位 档案寄存单位 档案外包服务机构 档案数字化加工单位 档案利用者 私有档案所有人 重点建设项目单位 档案中介机构 档案复制单位 档案出版单位 电子档案管理单位 档案鉴定机构",
    "民族宗教": "宗教活动场所 宗教团体 宗教院校 宗教教职人员 大型宗教活动举办者 宗教用品经营者 清真食品经营者 宗教活动场所筹备组 互联网宗教信息服务提供者 宗教出版物经营者 少数民族特需商品经营者 宗教活动场所管理组织 宗教培训活动组织者 临时活动地点负责人 宗教文化产品经营者",
}
SUBJECTS = {k: v.split() for k, v in SUBJECTS.items()}

VIOLATIONS = (
    "未按规定建立安全管理制度 未按规定办理登记手续 未按规定报送有关材料 伪造、变造许可证件 "
    "超出许可范围从事经营活动 拒绝、阻碍监督检查 未按规定公示相关信息 未按规定保存原始记录 "
    "未取得许可擅自从事经营活动 未按规定开展自查 提供虚假材料 未按规定设置警示标志 "
    "未按规定配备专业技术人员 违反操作规程作业 未按规定进行检验检测 未按规定处置废弃物 "
    "未按规定落实整改措施 未按规定进行备案 未按规定建立台账 擅自变更经营场所 未按规定开展培训 "
    "出租、出借许可证件 未按规定履行报告义务 未按规定投保责任保险 使用不合格设备 "
    "未经验收擅自投入使用 未按规定公开服务标准 擅自停业、歇业 未按规定采取防护措施 "
    "未按规定进行维护保养 未按规定设立管理机构 未按规定进行信息登记 未按规定签订书面合同 "
    "隐瞒有关情况 转让许可证件 未按规定期限报告事故 未按要求制定应急预案 "
    "未按规定保存监控资料 未按规定核验身份信息 擅自改变设施用途"
).split()
COERCIONS = ["查封、扣押", "强制拆除", "代履行", "暂扣有关证照", "责令停止使用"]
CHECKS = ("执行安全管理制度情况 落实主体责任情况 经营活动 许可条件保持情况 信息公示情况 "
          "台账记录情况 设施设备运行情况 整改落实情况 从业人员持证情况 风险防控措施落实情况").split()
OTHERS = ["责令改正", "责令限期整改", "没收违法所得", "列入严重违法失信名单"]
POWERS = [("行政处罚", "02", 80), ("行政强制", "03", 8), ("行政检查", "06", 8), ("其他", "09", 4)]

LAWS = {
    "住房城乡建设": [("中华人民共和国建筑法", 85), ("建设工程质量管理条例", 82), ("物业管理条例", 67), ("城镇燃气管理条例", 53), ("浙江省建筑业管理条例", 58), ("房地产经纪管理办法", 38)],
    "城市管理": [("城市市容和环境卫生管理条例", 39), ("浙江省城市市容和环境卫生管理条例", 56), ("城市道路管理条例", 45), ("浙江省城镇生活垃圾分类管理办法", 48), ("城市建筑垃圾管理规定", 26)],
    "生态环境": [("中华人民共和国环境保护法", 70), ("中华人民共和国大气污染防治法", 129), ("中华人民共和国水污染防治法", 103), ("中华人民共和国固体废物污染环境防治法", 126), ("中华人民共和国噪声污染防治法", 90), ("排污许可管理条例", 51)],
    "自然资源": [("中华人民共和国土地管理法", 87), ("中华人民共和国矿产资源法", 53), ("中华人民共和国测绘法", 68), ("中华人民共和国城乡规划法", 70), ("浙江省土地管理条例", 75)],
    "水利": [("中华人民共和国水法", 82), ("中华人民共和国防洪法", 65), ("中华人民共和国水土保持法", 60), ("浙江省河道管理条例", 45), ("浙江省水资源管理条例", 50)],
    "林业": [("中华人民共和国森林法", 84), ("中华人民共和国野生动物保护法", 64), ("中华人民共和国种子法", 92), ("森林防火条例", 56), ("浙江省森林管理条例", 51)],
    "交通运输": [("中华人民共和国公路法", 87), ("中华人民共和国道路运输条例", 110), ("浙江省道路运输条例", 72), ("网络预约出租汽车经营服务管理暂行办法", 40), ("国内水路运输管理条例", 47), ("公路安全保护条例", 77)],
    "农业农村": [("中华人民共和国农产品质量安全法", 81), ("农药管理条例", 66), ("肥料登记管理办法", 39), ("中华人民共和国种子法", 92), ("农业机械安全监督管理条例", 60), ("生猪屠宰管理条例", 45)],
    "渔业": [("中华人民共和国渔业法", 50), ("渔业船舶检验条例", 39), ("浙江省渔业管理条例", 60), ("水产养殖质量安全管理规定", 23)],
    "畜牧兽医": [("中华人民共和国动物防疫法", 113), ("中华人民共和国畜牧法", 94), ("兽药管理条例", 75), ("饲料和饲料添加剂管理条例", 51), ("动物诊疗机构管理办法", 40)],
    "市场监管": [("中华人民共和国反不正当竞争法", 33), ("中华人民共和国广告法", 74), ("中华人民共和国产品质量法", 74), ("中华人民共和国计量法", 35), ("中华人民共和国电子商务法", 89), ("中华人民共和国价格法", 48), ("市场主体登记管理条例", 56)],
    "食品安全": [("中华人民共和国食品安全法", 154), ("中华人民共和国食品安全法实施条例", 86), ("浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定", 48), ("网络食品安全违法行为查处办法", 48)],
    "药品监管": [("中华人民共和国药品管理法", 155), ("医疗器械监督管理条例", 107), ("化妆品监督管理条例", 80), ("疫苗管理法", 100), ("麻醉药品和精神药品管理条例", 89)],
    "知识产权": [("中华人民共和国专利法", 82), ("中华人民共和国商标法", 73), ("专利代理条例", 32), ("奥林匹克标志保护条例", 17), ("地理标志产品保护规定", 28)],
    "特种设备": [("中华人民共和国特种设备安全法", 101), ("特种设备安全监察条例", 103), ("浙江省特种设备安全管理条例", 61), ("电梯维护保养规则", 20)],
    "文化旅游": [("中华人民共和国旅游法", 112), ("旅行社条例", 68), ("娱乐场所管理条例", 58), ("互联网上网服务营业场所管理条例", 38), ("营业性演出管理条例", 58), ("导游管理办法", 39)],
    "广播电视": [("广播电视管理条例", 56), ("卫星电视广播地面接收设施管理规定", 12), ("广播电视设施保护条例", 29), ("互联网视听节目服务管理规定", 30)],
    "文物": [("中华人民共和国文物保护法", 80), ("中华人民共和国文物保护法实施条例", 64), ("浙江省文物保护管理条例", 52), ("博物馆条例", 47)],
    "卫生健康": [("中华人民共和国基本医疗卫生与健康促进法", 110), ("医疗机构管理条例", 55), ("公共场所卫生管理条例", 14), ("中华人民共和国传染病防治法", 80), ("中华人民共和国职业病防治法", 88), ("中华人民共和国医师法", 67)],
    "应急管理": [("中华人民共和国安全生产法", 119), ("危险化学品安全管理条例", 102), ("烟花爆竹安全管理条例", 46), ("生产安全事故应急条例", 35), ("浙江省安全生产条例", 69)],
    "人力社保": [("中华人民共和国劳动法", 107), ("中华人民共和国劳动合同法", 98), ("劳动保障监察条例", 36), ("保障农民工工资支付条例", 64), ("人力资源市场暂行条例", 46)],
    "民政": [("社会团体登记管理条例", 37), ("民办非企业单位登记管理暂行条例", 32), ("殡葬管理条例", 24), ("养老机构管理办法", 49), ("中华人民共和国慈善法", 112)],
    "教育": [("中华人民共和国民办教育促进法", 67), ("中华人民共和国教育法", 86), ("校车安全管理条例", 62), ("浙江省学前教育条例", 52)],
    "体育": [("中华人民共和国体育法", 122), ("全民健身条例", 40), ("经营高危险性体育项目许可管理办法", 37), ("浙江省体育市场管理条例", 41)],
    "商务": [("单用途商业预付卡管理办法(试行)", 46), ("报废机动车回收管理办法", 30), ("再生资源回收管理办法", 28), ("成品油市场管理办法", 45), ("家庭服务业管理暂行办法", 38)],
    "粮食物资": [("粮食流通管理条例", 56), ("中央储备粮管理条例", 55), ("浙江省粮食安全保障条例", 48), ("粮食质量安全监管办法", 53)],
    "气象": [("中华人民共和国气象法", 45), ("气象灾害防御条例", 46), ("人工影响天气管理条例", 28), ("浙江省气象条例", 52), ("防雷减灾管理办法", 41)],
    "档案": [("中华人民共和国档案法", 53), ("中华人民共和国档案法实施条例", 51), ("浙江省档案条例", 46)],
    "民族宗教": [("宗教事务条例", 77), ("浙江省宗教事务条例", 66), ("互联网宗教信息服务管理办法", 36), ("宗教活动场所设立审批和登记办法", 35)],
}

SCOPE_NOTES = [
    "仅限城市建成区范围内发生的违法行为",
    "仅限对个人和个体工商户的行政处罚",
    "仅限未造成严重后果、不需要专业技术认定的情形",
    "仅限乡镇(街道)行政区域内日常巡查发现的违法行为",
    "仅限罚款数额在五万元以下的行政处罚",
    "仅限除吊销许可证件以外的行政处罚",
    "仅限依据现场检查即可认定事实的违法行为",
]
NOTES = [
    "2022年新增事项", "与村级网格联动", "原事项拆分后调整", "配合开展联合执法检查",
    "依法需要听证的,按听证程序办理", "涉及多个部门的,按首问负责制办理",
    "纳入“一件事”集成改革", "适用轻微违法行为不予处罚清单", "纳入“综合查一次”场景",
    "首次违法且危害后果轻微并及时改正的,可以不予行政处罚",
]
TRAITS = ["高频", "高综合", "高需求", "易发现", "易处置"]

# ---------------------------------------------------------------------------
# YAML output helpers
# ---------------------------------------------------------------------------

_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@` ")
_FLOW_BAD = set(",[]{}")


def q(s):
    """Double-quoted YAML scalar (JSON escaping is valid YAML)."""
    out = ['"']
    for ch in s:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch < " ":
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def s(text, flow=False):
    """A string scalar: plain where that stays a string, quoted otherwise."""
    if (not text or text[0] in _PLAIN_BAD_START or text[-1] in " :"
            or ": " in text or " #" in text or "\n" in text
            or (flow and any(c in _FLOW_BAD for c in text))
            or text.lower() in ("null", "true", "false", "yes", "no", "on", "off", "~")
            or text[0].isdigit() or text[0] in "+.~"):
        return q(text)
    return text


def flow_list(items):
    return "[" + ", ".join(s(i, flow=True) for i in items) + "]"


def year_map(d):
    return "{" + ", ".join("%d: %d" % (y, n) for y, n in d) + "}"


NUMERALS = "零一二三四五六七八九"


def cn_num(n):
    """Chinese numeral for 1..999, as written in article numbers."""
    if n < 10:
        return NUMERALS[n]
    if n < 20:
        return "十" + (NUMERALS[n % 10] if n % 10 else "")
    if n < 100:
        return NUMERALS[n // 10] + "十" + (NUMERALS[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    out = NUMERALS[h] + "百"
    if r == 0:
        return out
    if r < 10:
        return out + "零" + NUMERALS[r]
    if r < 20:
        return out + "一十" + (NUMERALS[r % 10] if r % 10 else "")
    return out + cn_num(r)


# ---------------------------------------------------------------------------
# Matters
# ---------------------------------------------------------------------------

class Matter:
    __slots__ = ("code", "name", "domain", "power", "basis", "subject", "violation",
                 "scope", "scope_note", "boundary", "from_", "township", "traits",
                 "status", "note")

    def __init__(self):
        self.scope = self.scope_note = self.boundary = self.township = None
        self.from_ = None
        self.traits = []
        self.status = "有效"
        self.note = None


class NamePool:
    """Province-wide unique names (and codes) per domain."""

    def __init__(self, rng):
        self.rng = rng
        self.combos = {}
        self.seq = {}

    def _combos(self, domain, power):
        key = (domain, power)
        if key not in self.combos:
            subs = SUBJECTS[domain]
            if power == "行政处罚":
                c = [(sb, v, "对%s%s的行政处罚" % (sb, v)) for sb in subs for v in VIOLATIONS]
            elif power == "行政强制":
                c = [(sb, v, "对%s%s涉及的场所、设施或者财物的%s" % (sb, v, k))
                     for sb in subs for v in VIOLATIONS[:12] for k in COERCIONS]
            elif power == "行政检查":
                c = [(sb, "违反有关规定", "对%s%s的行政检查" % (sb, k)) for sb in subs for k in CHECKS]
            else:
                c = [(sb, v, "对%s%s的%s" % (sb, v, k)) for sb in subs for v in VIOLATIONS for k in OTHERS]
            self.rng.shuffle(c)
            self.combos[key] = c
        return self.combos[key]

    def take(self, domain, power_name, power_num):
        combos = self._combos(domain, power_name)
        if not combos:
            raise SystemExit("name pool exhausted for %s/%s" % (domain, power_name))
        subject, violation, name = combos.pop()
        key = (power_num, domain)
        n = self.seq.get(key, 0) + 1
        self.seq[key] = n
        code = "33%s%s%03d%03d" % (power_num, DOMAIN_NUM[domain], (n - 1) % 999 + 1, (n - 1) // 999)
        return code, subject, violation, name


def pick_power(rng):
    r = rng.randrange(100)
    acc = 0
    for name, num, w in POWERS:
        acc += w
        if r < acc:
            return name, num
    return POWERS[0][:2]


def make_basis(rng, domain):
    laws = LAWS[domain]
    basis = []
    for law, maxart in rng.sample(laws, 1 if rng.random() < 0.6 else 2):
        arts = []
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            a = "第%s条" % cn_num(rng.randint(5, maxart))
            r = rng.random()
            if r < 0.35:
                a += "第%s款" % cn_num(rng.randint(1, 4))
            elif r < 0.45:
                a += "第%s款第(%s)项" % (cn_num(rng.randint(1, 3)), cn_num(rng.randint(1, 8)))
            if a not in arts:
                arts.append(a)
        basis.append((law, arts if rng.random() < 0.92 else None))
    return basis


def comprehensive_boundary(rng, dept, m):
    parts = ["%s负责%s相关活动的日常监督管理,依法受理投诉、举报;" % (dept, m.subject),
             "在日常监管中发现%s涉嫌%s、认为需要立案查处的,将相关证据材料移送综合行政执法部门。"
             % (m.subject, m.violation),
             "综合行政执法部门按程序办理,并将处理结果及时反馈%s。" % dept]
    extra = ["涉及专业技术认定的,由%s在五个工作日内出具书面认定意见。" % dept,
             "综合行政执法部门在执法过程中发现需要%s处理的问题,应当及时通报。" % dept,
             "双方建立案件移送、信息共享和联合执法协作机制,定期会商。",
             "需要采取查封、扣押等行政强制措施的,由综合行政执法部门依法实施。",
             "涉嫌犯罪的,依法移送公安机关。"]
    rng.shuffle(extra)
    return fit_text(parts, extra, rng.randint(0, 3))


def department_boundary(rng, dept, m):
    parts = ["%s负责%s的监督管理,依法查处%s%s等违法行为。" % (dept, m.subject, m.subject, m.violation)]
    extra = ["综合行政执法部门在日常巡查中发现相关违法线索的,及时移送%s。" % dept,
             "%s应当将行政处罚结果抄告属地乡镇(街道)。" % dept,
             "涉嫌犯罪的,依法移送公安机关。",
             "涉及多个部门的,由%s牵头,会同有关部门联合处置。" % dept,
             "%s应当建立健全随机抽查机制,依法公开抽查结果。" % dept,
             "需要专业检验检测的,委托具有资质的机构出具检验报告。"]
    rng.shuffle(extra)
    return fit_text(parts, extra, rng.randint(1, 4))


def fit_text(parts, extra, n_extra):
    """Join parts and some extra clauses into 80–200 characters."""
    text = "".join(parts)
    i = 0
    while i < len(extra) and (i < n_extra or len(text) < 80):
        if len(text) + len(extra[i]) > 200:
            break
        text += extra[i]
        i += 1
    return text[:200]


def make_traits(rng):
    k = rng.choice((0, 1, 1, 2, 2, 3))
    if not k:
        return []
    chosen = set(rng.sample(range(len(TRAITS)), k))
    return [t for i, t in enumerate(TRAITS) if i in chosen]


def new_matter(rng, pool, domain, comprehensive):
    m = Matter()
    m.power, num = pick_power(rng)
    m.code, m.subject, m.violation, m.name = pool.take(domain, m.power, num)
    m.domain = domain
    m.basis = make_basis(rng, domain)
    m.traits = make_traits(rng)
    dept = DOMAIN_DEPT[domain]
    if comprehensive:
        become_comprehensive(rng, m)
    else:
        m.boundary = department_boundary(rng, dept, m)
        if rng.random() < 0.03:
            m.status = rng.choice(("暂停", "取消"))
    if rng.random() < 0.3:
        m.note = rng.choice(NOTES)
    return m


def become_comprehensive(rng, m, mandatory_share=0.10):
    dept = DOMAIN_DEPT[m.domain]
    m.from_ = [dept]
    if rng.random() < 0.05:
        other = DOMAIN_DEPT[rng.choice(UNIFIED_WEIGHTS)[0]]
        if other != dept:
            m.from_.append(other)
    if rng.random() < 0.25:
        m.scope = "部分"
        m.scope_note = rng.choice(SCOPE_NOTES)
    else:
        m.scope = "全部"
    m.boundary = comprehensive_boundary(rng, dept, m)
    r = rng.random()
    if r < mandatory_share:
        m.township = "必须下放"
    elif r < mandatory_share + 0.45:
        m.township = "可放可不放"
    else:
        m.township = "不下放"
    # Only non-mandatory matters are ever suspended or cancelled, so every
    # mandatory matter is one a township must list.
    if m.township != "必须下放" and rng.random() < 0.03:
        m.status = rng.choice(("暂停", "取消"))
    else:
        m.status = "有效"


def emit_matter(out, m, kind):
    a = out.append
    a('  - code: "%s"\n' % m.code)
    a("    name: %s\n" % s(m.name))
    a("    domain: %s\n" % s(m.domain))
    a("    power: %s\n" % m.power)
    a("    basis:\n")
    for law, arts in m.basis:
        a("      - law: %s\n" % s(law))
        if arts:
            a("        articles: %s\n" % flow_list(arts))
    if kind != "department":
        a("    scope: %s\n" % m.scope)
        if m.scope_note:
            a("    scope_note: %s\n" % s(m.scope_note))
    a("    boundary: %s\n" % s(m.boundary))
    if kind != "department":
        a("    from: %s\n" % flow_list(m.from_))
        a("    township: %s\n" % m.township)
    if m.traits:
        a("    traits: %s\n" % flow_list(m.traits))
    a("    status: %s\n" % m.status)
    if m.note:
        a("    note: %s\n" % s(m.note))


def header(out, kind, id_, title, region=None, edition=None, effective=None, **extra):
    out.append("kind: %s\n" % kind)
    out.append("id: %s\n" % id_)
    out.append("title: %s\n" % s(title))
    if region is not None:
        out.append('region: "%s"\n' % region)
    if edition is not None:
        out.append("edition: %d\n" % edition)
    if effective is not None:
        out.append("effective: %s\n" % effective)
    for k, v in extra.items():
        if v is not None:
            out.append("%s: %s\n" % (k, v))


# ---------------------------------------------------------------------------
# The province
# ---------------------------------------------------------------------------

def county_list(scale):
    n = max(1, int(round(90 * scale)))
    if n <= len(COUNTIES):
        # Spread over all cities rather than taking the first ones.
        idx = sorted(set(int(i * len(COUNTIES) / n) for i in range(n)))
        return [COUNTIES[i] for i in idx]
    out = list(COUNTIES)
    rng = random.Random("%d-extra-counties" % SEED)
    used_ids = {c[2] for c in out}
    used_names = {c[1] for c in out}
    k = 0
    while len(out) < n:
        prefix = CITY_PREFIXES[k % len(CITY_PREFIXES)]
        dd = 40 + k // len(CITY_PREFIXES)
        if dd > 99:
            raise SystemExit("--scale too large: out of plausible county codes")
        k += 1
        while True:
            (c1, p1), (c2, p2) = rng.sample(SYLLABLES, 2)
            name = c1 + c2 + "县"
            stem = p1 + p2
            if name not in used_names and stem not in used_ids:
                break
        used_names.add(name)
        used_ids.add(stem)
        out.append(("%s%02d" % (prefix, dd), name, stem))
    return out


def build_province():
    rng = random.Random("%d-province" % SEED)
    pool = NamePool(rng)
    unified = []
    for domain, n in UNIFIED_WEIGHTS:
        for _ in range(n):
            unified.append(new_matter(rng, pool, domain, comprehensive=True))
    # Keep the published order: grouped by domain, as announcements are.
    specialist = {}
    for stem, dname, domains in DEPARTMENTS:
        lst = []
        for domain, n in domains:
            for _ in range(n):
                lst.append(new_matter(rng, pool, domain, comprehensive=False))
        specialist[stem] = lst
    return unified, specialist


def write_file(path, chunks, stats):
    data = "".join(chunks).encode("utf-8")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    stats[0] += 1
    stats[1] += len(data)


def write_registry(root, stats, regions):
    out = []
    header(out, "registry", "zj-registry", "浙江省综合行政执法领域与部门名录",
           issuer="浙江省司法厅")
    out.append('code_pattern: "^33[0-9]{10}$"\n')
    out.append("specialist_departments: [%s]\n" % ", ".join(s(d, True) for _, d, _ in DEPARTMENTS))
    out.append("regions:\n")
    for code, name in regions:
        out.append('  "%s": %s\n' % (code, s(name)))
    out.append("domains:\n")
    for d, _, _ in DOMAINS:
        out.append("  - %s\n" % s(d))
    depts = []
    for _, _, dep in DOMAINS:
        if dep not in depts:
            depts.append(dep)
    for _, dname, _ in DEPARTMENTS:
        if dname not in depts:
            depts.append(dname)
    out.append("departments:\n")
    for dep in depts:
        out.append("  - %s\n" % s(dep))
    write_file(os.path.join(root, "registry.yaml"), out, stats)


def write_targets(root, stats):
    out = []
    header(out, "targets", "zj-targets", "浙江省“大综合一体化”行政执法改革目标",
           issuer="浙江省人民政府办公厅")
    out.append("targets:\n")
    for year, ms in ((2021, 0.20), (2022, 0.22), (2023, 0.25)):
        out.append("  - year: %d\n" % year)
        out.append("    matter_share: %.2f\n" % ms)
        out.append("    domain_share: 0.60\n")
        out.append("    key_matter_share: 0.60\n")
        out.append("    case_share: 0.60\n")
        out.append("    township_mandatory: 1.0\n")
        out.append("    claim_rate: 1.0\n")
        out.append("    inspection_coverage: 1.0\n")
    write_file(os.path.join(root, "targets.yaml"), out, stats)


def write_unified(root, unified, stats):
    out = []
    header(out, "unified", UNIFIED_ID, "浙江省综合行政执法事项统一目录(%d年)" % YEAR,
           "330000", YEAR, "%d-03-01" % YEAR, issuer="浙江省人民政府",
           document="浙政发〔%d〕8号" % YEAR)
    out.append("matters:\n")
    for m in unified:
        emit_matter(out, m, "unified")
    write_file(os.path.join(root, "unified-%d.yaml" % YEAR), out, stats)


def short_name(name):
    return name[0]


def township_names(rng, county_code, n):
    used_names, used_ids, res = set(), set(), []
    streets = rng.randint(3, 6)
    towns = rng.randint(6, n - streets - 1)
    kinds = ["街道"] * streets + ["镇"] * towns + ["乡"] * (n - streets - towns)
    counters = {"街道": 0, "镇": 100, "乡": 200}
    for kind in kinds:
        while True:
            (c1, p1), (c2, p2) = rng.sample(SYLLABLES, 2)
            name = c1 + c2 + kind
            stem = p1 + p2 + ("jd" if kind == "街道" else "")
            if name not in used_names and stem not in used_ids:
                break
        used_names.add(name)
        used_ids.add(stem)
        counters[kind] += rng.randint(1, 2)
        res.append(("%s%03d" % (county_code, counters[kind]), name, stem))
    return res


def write_county(root, county, unified, specialist, stats, regions):
    code, cname, stem = county
    rng = random.Random("%d-county-%s" % (SEED, code))
    # The audit's registry gaps, from a generator of their own (the rest of
    # the county stays as it was without them).
    gaps = random.Random("%d-gaps-%s" % (SEED, code))
    late_department = DEPARTMENTS[gaps.randrange(len(DEPARTMENTS))][0] if gaps.random() < 0.15 else None
    regions.append((code, cname))
    cdir = os.path.join(root, stem)
    short = short_name(cname)
    # --- extension: picked from the province's specialist pool -----------
    pool_all = [m for st, _, _ in DEPARTMENTS for m in specialist[st]]
    n_ext = rng.randint(40, 60)
    ext_idx = set(rng.sample(range(len(pool_all)), n_ext))
    extension = []
    for i in sorted(ext_idx):
        src = pool_all[i]
        m = Matter()
        for f in ("code", "name", "domain", "power", "basis", "subject", "violation",
                  "traits", "note"):
            setattr(m, f, getattr(src, f))
        become_comprehensive(rng, m, mandatory_share=0.06)
        if m.note is None and rng.random() < 0.5:
            m.note = "结合本地实际新增"
        extension.append(m)
    ext_id = "%s-extension-%d" % (stem, YEAR)
    out = []
    header(out, "extension", ext_id, "%s综合行政执法事项地方扩展目录(%d年)" % (cname, YEAR),
           code, YEAR, "%d-04-01" % YEAR, issuer=cname + "人民政府",
           document="%s政发〔%d〕%d号" % (short, YEAR, rng.randint(5, 40)),
           approval="浙政办函〔%d〕%d号" % (YEAR, rng.randint(10, 90)),
           extends=UNIFIED_ID)
    out.append("matters:\n")
    for m in extension:
        emit_matter(out, m, "extension")
    write_file(os.path.join(cdir, "extension-%d.yaml" % YEAR), out, stats)

    # --- department catalogs: the rest of the pool, ~92 % kept -------------
    ext_codes = {m.code for m in extension}
    dept_matters = []  # (department name, matter)
    for dstem, dname, _ in DEPARTMENTS:
        kept = [m for m in specialist[dstem] if m.code not in ext_codes and rng.random() < 0.92]
        out = []
        header(out, "department", "%s-%s-%d" % (stem, dstem, YEAR),
               "%s%s行政执法事项清单(%d年)" % (cname, dname, YEAR), code, YEAR,
               # B310: a department whose catalog takes effect only next year.
               "%d-01-01" % (YEAR + 1) if dstem == late_department else "%d-05-01" % YEAR,
               issuer=cname + dname,
               document="%s%s〔%d〕%d号" % (short, dname[:2], YEAR, rng.randint(1, 60)),
               department=dname)
        out.append("matters:\n")
        for m in kept:
            emit_matter(out, m, "department")
            dept_matters.append((dname, m))
        write_file(os.path.join(cdir, "departments", "%s-%d.yaml" % (dstem, YEAR)), out, stats)

    # --- supervision ---------------------------------------------------------
    comprehensive = unified + extension
    by_dept = {}
    for m in comprehensive:
        if m.status == "有效":
            by_dept.setdefault(m.from_[0], []).append(m)
    items = []  # (department, [matters])
    for dep in sorted(by_dept):
        ms = by_dept[dep]
        i = 0
        while i < len(ms):
            k = rng.choice((1, 1, 2, 2, 3))
            group = [m for m in ms[i:i + k] if dep in m.from_]
            items.append((dep, group))
            i += k
    target = 1500
    remaining = max(0, target - len(items))
    dm = [(d, m) for d, m in dept_matters if m.status == "有效"]
    rng.shuffle(dm)
    dm_by = {}
    for d, m in dm:
        dm_by.setdefault(d, []).append(m)
    depts = sorted(dm_by)
    j = 0
    while remaining > 0 and any(dm_by.values()):
        d = depts[j % len(depts)]
        j += 1
        if not dm_by[d]:
            continue
        k = rng.randint(2, 5)
        group, dm_by[d] = dm_by[d][:k], dm_by[d][k:]
        items.append((d, group))
        remaining -= 1
    out = []
    header(out, "supervision", "%s-supervision-%d" % (stem, YEAR),
           "%s监管事项清单(%d年)" % (cname, YEAR), code, YEAR, "%d-01-01" % YEAR,
           issuer=cname + "人民政府办公室")
    out.append("matters:\n")
    used_names = set()
    for n, (dep, group) in enumerate(items, 1):
        first = group[0]
        name = "对%s%s行为的日常监管" % (first.subject, first.violation) \
            if first.power != "行政检查" else first.name.replace("的行政检查", "的监督检查")
        if len(group) > 1:
            name += "等%d项" % len(group)
        base, k = name, 1
        while name in used_names:
            k += 1
            name = "%s(%s)" % (base, cn_num(k))
        used_names.add(name)
        r = rng.random()
        insp = "随机抽查" if r < 0.55 else "重点监管" if r < 0.75 else "无事不扰" if r < 0.87 else "不适用"
        out.append('  - code: "JG%s-%04d"\n' % (code, n))
        out.append("    name: %s\n" % s(name))
        out.append("    department: %s\n" % s(dep))
        out.append("    covers: [%s]\n" % ", ".join('"%s"' % m.code for m in group))
        out.append("    inspection: %s\n" % insp)
        if insp in ("随机抽查", "重点监管"):
            out.append("    inspections: %s\n" % year_map(
                [(YEAR - 1, rng.randint(0, 30)), (YEAR, rng.randint(1, 30))]))
        elif rng.random() < 0.3:
            out.append("    inspections: %s\n" % year_map([(YEAR, 0)]))
        if rng.random() < 0.1:
            out.append("    note: %s\n" % s(rng.choice(("双随机、一公开", "纳入“综合查一次”", "信用风险分类监管", "跨部门联合监管"))))
    write_file(os.path.join(cdir, "supervision-%d.yaml" % YEAR), out, stats)

    # --- cases ---------------------------------------------------------------
    out = []
    header(out, "cases", "%s-cases" % stem, "%s执法案件统计" % cname, code,
           issuer=cname + "综合行政执法局")
    out.append("counts:\n")
    for m in comprehensive + [m for _, m in dept_matters]:
        hot = "高频" in m.traits
        counts = [rng.choice((0, 0, 0, 1, 2, 3, 5, 8, 12)) * (4 if hot else 1)
                  for _ in range(5)]
        if not any(counts):
            counts[rng.randrange(5)] = 1
        out.append('  "%s": %s\n' % (m.code, year_map(zip(range(YEAR - 4, YEAR + 1), counts))))
    # B312: cases left on codes that are no matter (a recoding that never
    # reached the statistics).
    for n in sorted(gaps.sample(range(100000), gaps.randint(0, 3))):
        out.append('  "%s9%05d": %s\n' % (code, n, year_map([(YEAR - 1, 2), (YEAR, gaps.randint(1, 6))])))
    write_file(os.path.join(cdir, "cases.yaml"), out, stats)

    # --- townships -----------------------------------------------------------
    mandatory = [m.code for m in comprehensive if m.township == "必须下放" and m.status == "有效"]
    optional = [m.code for m in comprehensive if m.township == "可放可不放" and m.status == "有效"]
    order = {m.code: i for i, m in enumerate(comprehensive)}
    towns = township_names(rng, code, TOWNSHIPS_PER_COUNTY)
    regions.extend((tcode, tname) for tcode, tname, _ in towns)
    if gaps.random() < 0.2:  # B309: a township the registry names has no list
        regions.append(("%s399" % code, "新设%s" % ("乡" if gaps.random() < 0.5 else "镇")))
    own_cases = set(t[0] for t in gaps.sample(towns, 3))
    for tcode, tname, tstem in towns:
        size = rng.randint(240, 360)
        chosen = mandatory + rng.sample(optional, max(0, min(len(optional), size - len(mandatory))))
        chosen.sort(key=order.__getitem__)
        out = []
        header(out, "township", "%s-%s-%d" % (stem, tstem, YEAR),
               "%s综合行政执法事项目录清单(%d年)" % (tname, YEAR), tcode, YEAR,
               "%d-06-01" % YEAR, issuer=cname + "人民政府",
               document="%s政发〔%d〕%d号" % (short, YEAR, rng.randint(41, 99)),
               approval="%s人民政府同意" % cname)
        out.append('county: "%s"\n' % code)
        out.append("draws_from: [%s, %s]\n" % (UNIFIED_ID, ext_id))
        out.append("matters:\n")
        for c in chosen:
            out.append('  - code: "%s"\n' % c)
            if rng.random() < 0.04:
                out.append("    note: %s\n" % s(rng.choice(("与村级网格联动", "由中心执法队统一实施", "节假日联合巡查"))))
        write_file(os.path.join(cdir, "townships", "%s-%d.yaml" % (tstem, YEAR)), out, stats)
        if tcode in own_cases:  # the township's own cases (B314's input)
            out = []
            header(out, "cases", "%s-%s-cases" % (stem, tstem), "%s执法案件统计" % tname, tcode,
                   issuer=tname + "综合行政执法队")
            out.append("counts:\n")
            for c in chosen:
                out.append('  "%s": %s\n' % (c, year_map([(YEAR - 1, gaps.choice((0, 0, 1, 2, 4))),
                                                          (YEAR, gaps.choice((0, 0, 1, 3, 5)))])))
            write_file(os.path.join(cdir, "townships", "%s-cases.yaml" % tstem), out, stats)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output folder (catalogs/ is created inside)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="multiplies the number of counties (90 at 1; at least 1)")
    args = ap.parse_args(argv)
    if args.scale <= 0:
        ap.error("--scale must be positive")
    root = os.path.join(args.out, "catalogs", PROVINCE)
    stats = [0, 0]
    unified, specialist = build_province()
    write_targets(root, stats)
    write_unified(root, unified, stats)
    counties = county_list(args.scale)
    regions = [("330000", "浙江省")]
    for county in counties:
        write_county(root, county, unified, specialist, stats, regions)
    write_registry(root, stats, regions)
    print("%d counties, %d files, %d bytes (%.1f MiB) under %s"
          % (len(counties), stats[0], stats[1], stats[1] / 1048576.0, root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
