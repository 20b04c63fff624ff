"""Chinese language data for the recognizers: tables only.

All words are Simplified; the normalizer folds Traditional characters (`zh_hant.py`) before matching.
A new currency, classifier or unit is a new row here, not new engine code.
"""

from __future__ import annotations

# --- money ------------------------------------------------------------------------------------------
# Currency words written after the amount. None means "the document's local currency" (CNY for
# Simplified text; the Traditional rules decide TWD/HKD from context).
CURRENCY_SUFFIX: dict[str, str | None] = {
    "元": None, "元钱": None, "块": None, "块钱": None, "圆": None,
    # Hong Kong's spoken dollar (車費加價至十二蚊), the local currency like 元
    "蚊": None,
    "人民币": "CNY", "元人民币": "CNY", "人民币元": "CNY",
    "美元": "USD", "美金": "USD", "美圆": "USD",
    "港元": "HKD", "港币": "HKD", "港圆": "HKD",
    "新台币": "TWD", "台币": "TWD", "新台币元": "TWD",
    "澳门元": "MOP", "澳门币": "MOP", "澳元": "AUD", "澳币": "AUD",
    "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "日圆": "JPY", "日币": "JPY",
    "韩元": "KRW", "韩圆": "KRW", "韩币": "KRW", "卢布": "RUB", "加元": "CAD", "加拿大元": "CAD",
    "新加坡元": "SGD", "新元": "SGD", "星元": "SGD", "新西兰元": "NZD", "纽元": "NZD", "瑞士法郎": "CHF", "瑞郎": "CHF",
    "泰铢": "THB", "印度卢比": "INR", "卢比": "INR", "越南盾": "VND", "林吉特": "MYR", "令吉": "MYR",
    "兰特": "ZAR", "里亚尔": "SAR", "迪拉姆": "AED", "雷亚尔": "BRL", "比特币": "BTC",
    # ISO codes after the amount (售价5USD, 300 HKD)
    "USD": "USD", "HKD": "HKD", "CNY": "CNY", "RMB": "CNY", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY",
    "TWD": "TWD", "MOP": "MOP",
}  # fmt: skip
# Currency markers written before the amount.
CURRENCY_PREFIX: dict[str, str | None] = {
    "人民币": "CNY", "RMB": "CNY", "¥": None, "CNY": "CNY",
    "US$": "USD", "USD": "USD", "$": "USD", "美元": "USD",
    "HK$": "HKD", "HKD": "HKD", "港币": "HKD", "港元": "HKD",
    "NT$": "TWD", "新台币": "TWD", "台币": "TWD",
    "MOP$": "MOP", "澳门元": "MOP", "澳门币": "MOP",
    "€": "EUR", "欧元": "EUR", "£": "GBP", "英镑": "GBP",
}  # fmt: skip
# Where the local dollar is written with a bare "$" (Hong Kong: $300萬 is HK$), "$" is that currency;
# elsewhere (mainland text) it stays USD.
LOCAL_DOLLAR_CURRENCIES: tuple[str, ...] = ("HKD",)
# Fractional units of the yuan, used in 2块3毛2 / 3元5角6分: the tenth, then the hundredth (分 may be
# left out after 毛/角: 2块3毛2).
TENTH_UNITS: dict[str, str] = {"毛": "0.1", "角": "0.1"}
# 分 on the mainland, 仙 in Hong Kong (七元八角二仙).
HUNDREDTH_UNITS: tuple[str, ...] = ("分", "仙")
# 比去年高两毛 / 較去年同期多兩角: tenths of the yuan written alone are money right after a word of a difference
# (with 了 between), in a sentence that states a price in 元 or 块 before; elsewhere 一角 is a corner (冰山一角)
# and 三角 a triangle.
JIAO_CHANGE_BEFORE: tuple[str, ...] = (
    "高", "低", "多", "少", "涨", "跌", "升", "降", "贵", "便宜", "加", "减", "提高", "降低", "上涨", "下跌", "上调",
    "下调", "增加", "减少",
)  # fmt: skip
JIAO_PRICE_UNITS: tuple[str, ...] = ("元", "块")
# Bare 万/亿 amounts (1.45亿, 二百五十亿) are money when one of these words stands before them in the
# same clause.
MONEY_CUES: tuple[str, ...] = (
    "投资", "收益", "收入", "营收", "利润", "净利", "盈利", "亏损", "亏", "资金", "资产", "成本", "费用",
    "经费", "预算", "拨款", "融资", "募集", "募资", "规模", "市值", "价款", "金额", "款", "税", "债",
    "捐", "补贴", "补助", "赔", "罚", "工资", "薪", "售价", "价格", "票房", "销售额", "营业额", "交易额",
    "成交额", "出口额", "进口额", "总额", "估值", "贷款", "存款", "保费", "造价", "建筑费", "开支", "支出",
    "耗资", "涉案", "支付", "付", "缴", "缴纳", "赚", "花费", "花了", "损失", "营业额", "收费", "租金",
    "价", "月入", "年入", "月收入", "涉款", "身家", "赌收",
)  # fmt: skip
# Money role from the nearest cue word before the amount (same clause). Longest word wins at a position.
ROLE_CUES: dict[str, str] = {
    "总投资": "investment", "投资": "investment", "投入": "investment", "注资": "investment",
    "融资": "investment", "增资": "investment", "入股": "investment",
    "捐款": "donation", "捐赠": "donation", "捐物": "donation", "捐助": "donation", "捐献": "donation",
    "善款": "donation", "捐": "donation", "募捐": "donation",
    "出资": "funding", "资金": "funding", "补助": "funding", "拨付": "funding", "拨款": "funding",
    "资助": "funding", "补贴": "funding", "经费": "funding", "援助": "funding", "扶持": "funding",
    "专项": "funding", "奖励": "funding",
    "价值": "value", "市值": "value", "估值": "value", "货值": "value", "余额": "value", "存款": "value",
    "贷款": "value", "增加值": "value", "生产总值": "value", "产值": "value", "出口": "value",
    "进口": "value", "出口额": "value", "进口额": "value", "进出口": "value", "贸易额": "value",
    "涉价": "value", "估价": "value", "交易额": "value", "成交价": "value", "身家": "value",
    "受贿": "value", "收受": "value", "行贿": "value", "贿赂": "value",
    "发放": "funding", "派发": "funding", "募集": "funding", "募资": "funding", "募得": "funding", "筹资": "funding",
    "筹集": "funding", "筹得": "funding",
    "津贴": "funding", "慰问金": "funding", "补助金": "funding", "救济": "funding", "启动资金": "funding",
    "基金总额": "funding", "援助基金": "funding", "救助基金": "funding", "援助金": "funding", "助学金": "funding",
    "奖学金": "funding",
    "财政储备": "budget", "储备": "budget", "财源": "budget", "挹注": "budget", "转移支付": "budget",
    "支出": "budget", "拨备": "budget",
    "毛收入": "revenue", "总收入": "revenue", "税收": "revenue", "税款": "revenue", "财政收入": "revenue",
    "罚款额": "fine", "罚则": "fine",
    "营收": "revenue", "收入": "revenue", "营业额": "revenue", "销售额": "revenue", "营业收入": "revenue",
    "销售收入": "revenue", "票房": "revenue", "成交额": "revenue", "营业总收入": "revenue",
    "零售总额": "revenue", "零售额": "revenue", "销售总额": "revenue", "赌收": "revenue",
    # A firm's loss is 亏损; 损失 in the news is nearly always what a disaster, crash or crime cost.
    "亏损": "loss", "亏": "loss", "净亏": "loss", "净亏损": "loss", "经营亏损": "loss",
    "损失": "damages", "经济损失": "damages", "农损": "damages", "灾损": "damages", "受损": "damages",
    "损毁": "damages", "毁损": "damages",
    "售价": "price", "价格": "price", "单价": "price", "均价": "price", "房价": "price", "票价": "price",
    "定价": "price", "报价": "price", "发行价": "price", "增发价": "price", "股价": "price", "每股": "price",
    "租金": "price", "收费": "price", "价": "price", "售": "price", "卖": "price", "标价": "price",
    "特价": "price", "优惠价": "price", "起价": "price", "单价为": "price", "月租": "price", "租": "price",
    "利润": "profit", "净利润": "profit", "净利": "profit", "盈利": "profit", "纯利": "profit", "毛利": "profit",
    "赚": "profit", "获利": "profit",
    "罚款": "fine", "罚金": "fine", "处罚金": "fine", "并处罚金": "fine", "罚": "fine", "罚没": "fine",
    "赔偿": "compensation", "补偿": "compensation", "赔付": "compensation", "理赔": "compensation",
    "抚恤": "compensation", "赔": "compensation", "损害赔偿": "damages", "违约金": "damages",
    "工资": "salary", "月薪": "salary", "年薪": "salary", "薪酬": "salary", "薪资": "salary", "底薪": "salary",
    "薪水": "salary", "收入水平": "salary", "退休金": "salary", "养老金": "salary", "月入": "salary",
    "年入": "salary", "人工": "salary", "时薪": "salary", "日薪": "salary", "最低工资": "salary",
    "预算": "budget", "财政预算": "budget", "预算案": "budget", "预留": "budget",
    "耗资": "investment", "造价": "investment", "斥资": "investment",
    "涉案": "other", "涉案金额": "other",
}  # fmt: skip

# Nouns that name the sum they stand right after (1万元应急补助金, 3.3亿工程, 16万元的维修费): they decide the
# role over a verb before the amount (投入3亿元启动资金 is seed money, not an investment).
SUM_NOUNS: dict[str, str] = {
    "启动资金": "funding", "补助金": "funding", "补助": "funding", "补贴": "funding", "津贴": "funding",
    "慰问金": "funding", "援助金": "funding", "救济金": "funding", "经费": "funding", "奖学金": "funding",
    "助学金": "funding", "消费券": "funding", "现金": "other", "善款": "donation", "捐款": "donation",
    "捐赠": "donation",
    "罚款": "fine", "罚金": "fine", "赔偿金": "compensation", "赔偿": "compensation", "赔偿款": "compensation",
    "财政储备": "budget", "储备": "budget", "预算": "budget", "工程": "value", "工程款": "value",
    "维修费": "price", "管理费": "price", "学费": "price", "租金": "price", "票价": "price", "月租": "price",
    "年薪": "salary", "月薪": "salary", "工资": "salary", "薪酬": "salary", "奖金": "salary",
    "投资": "investment", "总投资": "investment", "损失": "damages", "经济损失": "damages",
    "营收": "revenue", "收入": "revenue", "利润": "profit", "净利润": "profit",
    "存款": "value", "贷款": "value", "赃款": "other", "公款": "other", "保证金": "other",
}  # fmt: skip
# Words between a measure and its amount (存款余额为 / 工业增加值完成 / 损失计): the measure is still the subject.
MEASURE_LINKS: tuple[str, ...] = (
    "为", "是", "达", "达到", "计", "共计", "合计", "累计", "总计", "完成", "约", "逾", "超过", "突破", "已达",
    "已突破", "已有", "有", "折合", "共计折合", "估计", "估", "预计", "高达", "仅", "只有", "约为", "则为",
    "概估", "预估", "初估", "推估", "估算",
)  # fmt: skip
# Measures too generic to be a subject on their own (损失金额): the noun before them is what lost the money.
GENERIC_MEASURES: tuple[str, ...] = (
    "损失", "金额", "损失金额", "受损金额", "估计", "损失估计", "总额", "数额", "款项", "费用", "总计", "共计",
    "合计", "累计",
)  # fmt: skip
# Words jieba cuts with a verb's character in front of the noun (并处罚金 → 并/处罚金): the noun they hold.
MEASURE_SPLITS: dict[str, str] = {
    "处罚金": "罚金", "并处罚金": "罚金", "处罚款": "罚款", "被罚款": "罚款",
    "科罚金": "罚金", "并科罚金": "罚金",  # Taiwan's courts: 併科罰金 (a fine imposed with the sentence)
}  # fmt: skip
# Words that only qualify a role word (年度投资, 计划总投资): with it they still name no project.
MEASURE_QUALIFIERS: tuple[str, ...] = ("年度", "计划", "完成", "累计", "全年", "当年", "实际", "预计", "本年度")
# Words before an amount that make it a change of the money figure before it in the sentence (比年初增加
# 1613亿元, 同比少增, 高出91亿美元): the change has that figure's role and subject.
CHANGE_WORDS: tuple[str, ...] = (
    "增加", "减少", "多增", "少增", "高出", "多出", "少了", "增长", "下降", "上升", "下跌", "上涨", "增", "减",
    "提高", "降低", "回落",
)  # fmt: skip
# Characters glued before a measure that reverse it: 不满意度 is not 满意度.
NEGATION_PREFIXES = "不非未无"
# Verbs that take a rate to a new level (不良贷款率降至1.5%): the measure stands before them.
RATE_TARGET_VERBS: tuple[str, ...] = (
    "降至", "升至", "增至", "降到", "升到", "增长到", "下降到", "上升到", "提高到", "降低到", "回落到", "回落至",
    "提升至", "提升到", "扩大到", "扩大至", "收窄至", "收窄到", "维持在", "保持在", "稳定在",
)  # fmt: skip
# Words that open the base of a comparison (较前年, 比去年同期, 同比): what follows is what a figure is compared
# with, never what it counts.
COMPARISON_MARKERS: tuple[str, ...] = ("较", "比", "同比", "环比", "相比", "对比")
# Verbs of giving before an amount: the giver (香港赛马会捐出1亿港元) is the subject of a donation or grant.
GIVING_VERBS: tuple[str, ...] = (
    "捐出", "捐款", "捐赠", "捐助", "捐献", "捐", "拨款", "拨出", "资助", "出资", "筹措", "筹集", "募集",
    "提供", "发放", "投入",
)  # fmt: skip

# 每公斤 / 每股 / 每平方米 before an amount make it a price (每家 / 每人 do not: 每人奖励1000元 is funding).
PRICE_UNITS: tuple[str, ...] = (
    "公斤", "千克", "斤", "吨", "克", "升", "平方米", "平米", "㎡", "亩", "股", "件", "瓶", "张", "套", "台",
    "辆", "盒", "包", "箱", "袋", "杯", "碗", "份", "斤装", "度电", "千瓦时", "小时", "晚", "次", "张票",
)  # fmt: skip

# --- counts -----------------------------------------------------------------------------------------
# Classifier → default category. Generic classifiers (个, 项, 座, 处) are refined by the subject noun.
CLASSIFIERS: dict[str, str] = {
    # people
    "名": "people", "人": "people", "位": "people", "人次": "people", "口": "people",
    # households (户) and cases (宗: 确诊个案) are neither persons nor objects
    "户": "other", "宗": "other",
    # flats (Hong Kong: 私人住宅落成量约一万六千伙)
    "伙": "places",
    # procedures
    "台次": "procedures", "例": "procedures",
    # organizations
    "家": "organizations", "所": "organizations", "间": "organizations",
    # places
    "座": "places", "处": "places", "站": "places",
    # times
    "次": "times", "回": "times", "轮": "times", "遍": "times", "趟": "times", "场": "times",
    "届": "times", "场次": "times", "批次": "times", "架次": "times", "班次": "times", "班": "times",
    # items
    "个": "items", "项": "items", "件": "items", "份": "items", "只": "items", "套": "items",
    "辆": "items", "台": "items", "部": "items", "本": "items", "张": "items", "篇": "items",
    "条": "items", "枚": "items", "颗": "items", "头": "items", "匹": "items", "棵": "items",
    "株": "items", "架": "items", "艘": "items", "列": "items", "箱": "items", "袋": "items",
    "瓶": "items", "双": "items", "对": "items", "粒": "items", "副": "items", "幅": "items", "笔": "items",
    "款": "items", "栋": "items", "幢": "items", "道": "items", "门": "items", "种": "items",
    "类": "items", "支": "items", "批": "items", "盒": "items", "包": "items", "块": "items", "股": "items",
    "罐": "items", "听": "items", "捆": "items",
    # shots at goal (28射1球: only before the goals, see CLASSIFIER_NEEDS_NEXT), a golfer's strokes (打出68杆)
    "射": "other", "杆": "other",
    "首": "items", "起": "items", "单": "items", "户次": "items", "册": "items", "部分": "other",
    "大类": "items", "剂": "items", "剂次": "items", "针": "items", "家次": "times", "车次": "times", "航次": "times",
    "辆次": "times", "艘次": "times",
    # weapons and rounds seized (十二把刀, 三枝气枪, 八十发子弹), fish released (五千尾鱼苗)
    "把": "items", "枝": "items", "发": "items", "尾": "items",
    # places: 59国, 22县市, 5镇9乡, 全港18区 (区 and 期 need a cue word before them: see CUED_CLASSIFIERS)
    "国": "places", "县市": "places", "乡镇": "places", "乡": "places", "镇": "places", "区": "places",
    # other
    "阶段": "other", "大": "other", "期": "other", "车道": "other",
}  # fmt: skip
# Votes and sports tallies: 以5.3万票当选, 52票赞成 (Arabic digits only: 一票否决 is a set phrase), a run of
# wins or losses (14连败, 五连胜), points and goals scored (拿下32分, 打入78球: only after a scoring word, see
# CUED_CLASSIFIERS).
# Kept apart because a year may stand right before their characters (2018胜选, 2018票房冠军).
TALLY_CLASSIFIERS: dict[str, str] = {
    "票": "other", "连胜": "times", "连败": "times", "连负": "times", "连平": "times", "连冠": "times",
    "分": "other", "球": "other",
    # seats won or to be filled (应选九百一十席, 获得51席); 一席 (一席之地, 一席话) is the article and turned down
    "席": "other", "席位": "other",
}  # fmt: skip
CLASSIFIERS.update(TALLY_CLASSIFIERS)
# People nouns that headlines put straight after a number, with no classifier: 逾八百居民, 9万居民.
BARE_PEOPLE_NOUNS: tuple[str, ...] = (
    "居民", "市民", "村民", "灾民", "难民", "民众", "住户", "选民", "旅客", "乘客", "游客", "学生", "儿童",
    "患者", "员工", "工人", "师生", "考生", "观众", "网友", "网民", "用户", "球迷", "粉丝", "股民", "车主",
    "志愿者", "职工", "农民工", "官兵", "读者", "消费者", "群众", "农民", "残疾人", "大学生",
)  # fmt: skip
CLASSIFIERS.update(dict.fromkeys(BARE_PEOPLE_NOUNS, "people"))
# Before a bare people noun these make the number a school year: 高三学生, 大一新生, 初二师生.
GRADE_PREFIXES = "高初大小研"
# Classifiers that count only after one of these words: 分两期 / 共6期 (but 三期工程 is the name of a phase),
# 全港18区 (but 巴黎16区 is a district's name).
_GOAL_CUES = (
    "打入", "打进", "攻入", "攻进", "射入", "踢进", "轰入", "进", "入", "失", "丢", "独中", "连入", "连进", "共进",
    "打入了", "打进了", "攻入了", "进了", "失了", "丢了", "仅失", "狂轰", "贡献",
    # a record written as counts in a row: 6场8球 (goals in six matches), 28射1球 (one goal from 28 shots)
    "场", "射",
)  # fmt: skip
CUED_CLASSIFIERS: dict[str, tuple[str, ...]] = {
    "期": ("分", "共", "共计", "合计", "累计", "连续", "分为", "分成"),
    "区": ("全港", "全市", "全省", "全区", "全", "共", "各", "分为", "分成", "涉及", "覆盖"),
    # points scored: 拿下32分, 得到15分, 领先9分, 仅比降级区多4分 (not 8点30分, 3毛2分, 考了95分)
    "分": (
        "拿下",
        "拿下了",
        "砍下",
        "砍下了",
        "砍得",
        "得到",
        "得到了",
        "得了",
        "独得",
        "轰下",
        "攻下",
        "贡献",
        "贡献了",
        "狂砍",
        "拿到",
        "拿到了",
        "获得",
        "得分",
        "得",
        "领先",
        "落后",
        "相差",
        "净胜",
        "多",
        "少",
        # a standing's points: 积57分 (but 积分 is a word: 积分57 has no classifier after the number)
        "积",
        "共积",
        "累积",
        # 积分升至34分, 积分达到57分 (积分 alone before the number holds no classifier: 积分57)
        "积分升至",
        "积分增至",
        "积分达",
        "积分达到",
        "积分为",
    ),
    # goals: 打入78球, 仅失22球, 独中两球 (not 3球队 or a bare 一球)
    "球": _GOAL_CUES,
}
# ... or before a player's other figures of the same line (诺阿11分8个篮板, 洛尔-邓10分、9个篮板和6次助攻): 分 is
# then points scored, not minutes or marks. The classifiers and nouns of those figures:
STAT_LINE_CLASSIFIERS: tuple[str, ...] = ("个", "次", "记")
STAT_LINE_NOUNS: tuple[str, ...] = ("篮板", "助攻", "抢断", "盖帽", "封盖", "失误", "前场篮板", "后场篮板")
STAT_LINE_CUED: tuple[str, ...] = ("分",)
# ... or right after a player's name written with a joining mark (阿隆佐-基11分，约翰-萨尔蒙斯10分。), the clause
# ending there: a foreign name so written, then its points.
PLAYER_NAME_MARKS = "-－·•"
PLAYER_NAME_MAX = 5
# Characters no such name holds: the verbs and adverbs of a score (帕克得到了31分, 哈登和穆罕默德各12分).
PLAYER_NAME_NOT = "得到了各共只仅也又再还为替拿下砍贡献获取均和与及"
PLAYER_POINTS_END = "，,。；;、)）"
# A player's points after a scoring verb are the player's, named at the clause start before it (钱德勒得到15分,
# 萨尔蒙斯为雄鹿得到12分, 罗斯全场只拿下8分): the verb itself is never what the points are about.
SCORER_VERBS: tuple[str, ...] = (
    "拿下", "拿下了", "砍下", "砍下了", "砍得", "得到", "得到了", "得了", "独得", "轰下", "攻下", "贡献", "贡献了",
    "狂砍", "拿到", "拿到了", "只得", "仅得", "连得",
)  # fmt: skip
# Words between the player and the verb: the game, the role, adverbs; 为/替 and the team are stripped apart.
SCORER_FILLERS: tuple[str, ...] = (
    "本场比赛", "全场比赛", "本场", "全场", "此役", "首发出场", "替补出场", "首发", "今天", "今日", "昨天", "昨日",
    "共", "也", "则", "还", "又", "只", "仅", "再", "连", "一人", "个人", "独自", "场均", "能够", "可以", "共计",
    "总共", "一共", "总计", "合计", "累计", "就", "已经", "最终", "最后", "一举", "连续", "目前", "曾", "曾经",
    "高效", "轻松",
    *(SCORER_PERIODS := (
        "第一节", "第二节", "第三节", "第四节", "首节", "末节", "单节", "本节", "上半场", "下半场", "半场", "上半时",
        "下半时", "首场", "单场", "加时赛", "本赛季", "本季", "今年", "季后赛", "常规赛",
    )),
)  # fmt: skip
SCORER_FOR: tuple[str, ...] = ("为", "替")
SCORER_TEAM_MAX = 4
# A player's name is two to six characters, none of these (pronouns, function words: 他得到, 该生获得).
SCORER_NAME_MIN, SCORER_NAME_MAX = 2, 6
SCORER_NOT_NAME = "他她它我你们的了是在和与及中对从被把将这那其该每各此所有都就而但并以于"
# ... or after a list of exactly that many names (五华、盘龙、西山、官渡、呈贡五区): the count sums up the list.
LISTED_CLASSIFIERS: tuple[str, ...] = ("区",)
LISTED_NAME_MAX = 6  # characters in one listed name (the first may carry words before it)
LISTED_FIRST_MAX = 10
# Signs before a figure: 零下15℃ (below zero), -5℃, 净利润-3.5亿元. A quantity takes a sign only in these units.
BELOW_ZERO = "零下"
MINUS_SIGNS = "-−"
# 负 right before the digits is a minus sign after one of these (成长率为负0.5%, 净利为负1.2亿元, 降至负5℃);
# elsewhere it ends a word (减负422亿元) or reads plus or minus (正负0.5%).
NEGATIVE_WORD = "负"
NEGATIVE_AFTER = frozenset("为是达至到了：:，,（( ")
# Characters before a minus that make it a range or a subtraction (3-5℃, 26433元/年-1868元), not a sign.
NOT_BEFORE_SIGN = "%-~年月日元天时分秒个)）/×*+℃度"
SIGNED_UNITS: tuple[str, ...] = ("℃", "摄氏度", "华氏度", "度")
# Classifiers that count only before one of these words: 400班航班, 12班渡轮 (三年级2班 is a class's name).
CLASSIFIER_NEEDS_NEXT: dict[str, tuple[str, ...]] = {
    "班": (
        "航班", "班机", "飞机", "客机", "列车", "火车", "高铁", "动车", "船", "渡轮", "客轮", "轮渡", "巴士", "公交",
        "专车",
    ),
    # 射 is shots only in a match record, right before the goals or shots on target (28射1球, 12射5正)
    "射": tuple("0123456789"),
}  # fmt: skip
# Characters after a classifier that make it part of a longer word the word list may miss: 104国道.
CLASSIFIER_VETO_NEXT: dict[str, str] = {
    "国": "道际债库内外", "区": "间域块段", "镇": "江", "所": "示述谓属", "票": "房据价务证面款",
    # 零发案小区 (no crimes reported), 四把镇 (a place's name)
    "发": "案生现展布表放出动起挥射言行", "把": "镇村社乡区手",
    "分": "之钟别析配享布类开成红期批店行部公队子数段档支校会院局区站拆摊解担量值钱厘米秒",
    # 四杆洞 is a par-four hole, not four strokes
    "杆": "洞",
    # 对 counts pairs (开行动车组62对, 3对夫妻), but before a number or these it is "against / to" (3对2, 1对1辅导)
    "对": "0123456789一二三四五六七八九十两零〇于方手外象比应此其他她我该华话待接照冲称策口这那各每本全面岸以价阵",
}  # fmt: skip
# Classifiers that count only with one of these words earlier in the sentence (within CLAUSE_CUE_REACH): a
# golfer's strokes (前两轮分别打出68杆和71杆), where 10千伏杆61杆 numbers a pole and 三杆大旗 counts flags.
SENTENCE_CUED_CLASSIFIERS: dict[str, tuple[str, ...]] = {
    "杆": ("高尔夫", "标准杆", "打出", "交出", "抓下", "小鸟", "老鹰", "柏忌", "果岭", "推杆", "球洞", "一号木"),
}
SENTENCE_CUE_REACH = 40
# ... except before these words: 得到19分之多 is "as many as 19 points", not a fraction (三分之一).
CLASSIFIER_KEPT_NEXT: dict[str, tuple[str, ...]] = {"分": ("之多",)}
# Words before 一…日 that make it a weekday: 周三起关闭 is "from Wednesday", not three cases (起).
WEEKDAY_WORDS: tuple[str, ...] = ("周", "星期", "礼拜")
# Place classifiers count towns, districts and countries: a figure of ten thousand or more before them is
# a code or a count of something else (全区2.5万区、镇、村三级党员, 12002226400镇巴县).
PLACE_CLASSIFIERS: tuple[str, ...] = ("国", "区", "乡", "镇", "乡镇", "县市")
PLACE_MAX = 10_000
# Classifiers before which a lone 二 (not 两) names a lane or a phase: 二车道, 二期.
LONE_ER_NAMES: tuple[str, ...] = ("车道", "期", "区", "镇", "乡", "国")
# 二次 before a word is "secondary", not "twice" (二次污染, 二次加工, 二次启动; twice is 两次): a count only before a
# break or one of these characters (二次以上, 二次和三次) ...
SECONDARY_ER_NEXT = "以了和及或至到左上"
# ... and after these words, which count (先后二次贩卖, 打过二次电话, 已经二次遇阻).
SECONDARY_ER_COUNT_BEFORE: tuple[str, ...] = ("这", "先后", "前后", "共", "曾", "已经", "已", "过", "累计", "合计")
# Words after a bare people noun that make the noun a modifier: 十一村民小组, 12345市民服务热线.
BARE_PEOPLE_VETO_NEXT: tuple[str, ...] = (
    "小组", "委员会", "委员", "服务", "户口", "热线", "中心", "之家", "公约", "卡", "证", "会", "大会",
    "量", "数", "席", "端", "体验",
)  # fmt: skip
# Classifiers that a small Chinese numeral before them turns into a set phrase: 两国关系, 中美两国.
CHINESE_MIN_COUNT: dict[str, int] = {"国": 3, "区": 3, "大": 3}
# Classifiers counted only after Arabic digits: 10亿股 (shares), where 一股热潮 / 两股势力 are figures of speech.
ARABIC_ONLY_CLASSIFIERS: tuple[str, ...] = ("股", "票", "射")  # (魅力四射 is "radiant")
# ... unless the Chinese numeral is this large: no figure of speech counts a hundred (六十二萬三千餘票, 三百股).
ARABIC_ONLY_CHINESE_MIN = 100
# ... or unless these words follow, which make it a tally of votes: 以三十五票贊成、二十票反對 (一票否决 and 一票难求
# stay figures of speech).
ARABIC_ONLY_KEPT_NEXT: dict[str, tuple[str, ...]] = {"票": ("赞成", "反对", "弃权", "支持", "对", "当选", "之差")}
# ... and the second side of such a tally: 以五十二票對四十八票.
ARABIC_ONLY_KEPT_AFTER: dict[str, tuple[str, ...]] = {"票": ("票对", "票比")}
# Words after N大 that make it a party or association congress (十三大以来, 作协九大召开), not a count.
# Organizations whose numbered congresses are written N大: 党的十三大, 作协九大.
CONGRESS_BEFORE: tuple[str, ...] = ("党的", "作协", "文联", "科协", "侨联", "妇联", "工会", "共青团", "团", "党")
CONGRESS_NEXT: tuple[str, ...] = (
    "以来", "召开", "代表", "报告", "精神", "期间", "开幕", "闭幕", "会议", "胜利", "主席团", "通过", "提出",
    "上", "后", "前", "之后", "以前",
)  # fmt: skip
# Classifiers after which a four-digit number from 1900 to 2100 is a year, not a count (2018款, 2016国采).
YEAR_CLASSIFIERS: tuple[str, ...] = ("款", "届", "级", "版", "国", "区", "期", "连胜", "连败", "连负", "连平", "连冠")
# Casualty and sex tallies written as number + one word, in a run of at least two (2死708伤1失踪, 32男50女,
# 3死5伤): word → what it means; the count's subject is the word as written. A single "3死" is left alone.
TALLY_WORDS: dict[str, str] = {
    "死": "死亡", "亡": "死亡", "伤": "受伤", "重伤": "重伤", "轻伤": "轻伤", "失踪": "失踪", "失联": "失联",
    "男": "男性", "女": "女性",
}  # fmt: skip
# A medal tally (以38金32银18铜, 奪得二金四銀六銅): number + medal word, two or more in this order; each item
# counts medals, its subject the word as written. A lone 3金 is left alone.
MEDAL_WORDS: tuple[str, ...] = ("金", "银", "铜")
# A plain number right after a headcount noun and these words, the clause ending there, counts people
# (急症室每日平均求诊人次约7,200，): BARE_COUNT_CUES read only figures in 万/亿 so.
HEADCOUNT_NOUNS: tuple[str, ...] = ("人次", "人数")
HEADCOUNT_LINKS: tuple[str, ...] = ("约为", "约", "为", "达", "达到", "逾", "超过", "近", "")
HEADCOUNT_END = "，,。；;）)"
# A record of wins, draws and losses (战绩为17胜62负, 3胜1平2负): number + word, wins first and losses last;
# each item counts games, its subject the word as written. A lone 17胜 is left alone.
RECORD_WORDS: tuple[str, str, str] = ("胜", "平", "负")
# Vehicles in a crash: 22车相撞, 5车追尾 → a count of vehicles.
VEHICLE_CRASH_WORDS: tuple[str, ...] = ("相撞", "追尾", "连撞", "连环相撞", "碰撞")
# Words right after a count of people that say what happened to them: 6人死亡 → subject 死亡.
OUTCOME_WORDS: tuple[str, ...] = (
    "死亡", "受伤", "遇难", "罹难", "失踪", "失联", "重伤", "轻伤", "获救", "被困", "确诊", "感染", "住院",
    "丧生", "身亡", "殉职", "被捕", "被拘", "撤离", "烧死", "烧伤", "逃出", "逃生", "染疫", "遇害",
    "下落不明",
)  # fmt: skip
# A bare 万/亿 figure with no unit is a count when one of these words stands before it in the clause
# (活跃账户数达到7.117亿, 在线人数为800万); a money word in the clause wins.
BARE_COUNT_CUES: dict[str, str] = {
    "账户数": "other", "帐户数": "other", "用户数": "other", "用户": "other", "会员数": "other",
    "粉丝数": "other", "粉丝": "other", "订阅数": "other", "下载量": "other", "访问量": "other",
    "人数": "people", "人口": "people", "客流": "people", "人次": "people", "户数": "other",
}  # fmt: skip
# Counts may hold a decimal only as an average: 平均每天2.3台, 人均1.5次.
AVERAGE_CUES: tuple[str, ...] = ("平均", "人均", "户均", "日均", "年均", "月均", "场均", "均")
# A rate per so many people written as a decimal count is its rate's (入院率为每1万人口有2.93宗, 发病率为每10万人
# 2.5例): the people it is per, and the rate noun before them.
RATE_BASE_PEOPLE: tuple[str, ...] = ("人口", "人", "居民", "名")
RATE_NOUN_MAX = 6
# Head nouns that decide the category of a generic classifier (个 项 座 处 大 …) from the subject.
SUBJECT_CATEGORY: dict[str, str] = {
    **dict.fromkeys(
        ("项目", "工程", "课题", "计划", "方案", "楼盘", "基建", "专项", "子项目", "工程项目"), "projects"),
    **dict.fromkeys(
        ("乡镇", "乡", "镇", "村", "县", "市", "省", "国家", "城市", "地区", "区", "街道", "社区", "站",
         "园区", "基地", "景区", "小区", "村庄", "自治区", "网点", "门店", "地方", "点位", "省份", "州",
         "运动场", "球场", "公园", "广场", "车站", "港口", "机场", "口岸", "场馆", "片区", "区域", "校区"),
        "places"),
    **dict.fromkeys(
        ("企业", "公司", "单位", "部门", "机构", "银行", "学校", "医院", "协会", "组织", "团队", "集团",
         "厂", "合作社", "券商", "基金公司", "政党", "党派", "高校", "大学", "小学", "中学", "幼儿园",
         "金融机构", "商家", "门店", "酒店", "工厂", "媒体", "院校", "俱乐部", "球队"),
        "organizations"),
    **dict.fromkeys(
        ("人", "儿童", "学生", "孩子", "患者", "病人", "干部", "同志", "群众", "居民", "员工", "职工",
         "农民", "工人", "老人", "教师", "医生", "护士", "志愿者", "游客", "市民", "村民", "党员", "代表",
         "专家", "选手", "运动员", "人员", "家庭", "贫困户", "大学生", "人才", "嫌疑人", "乘客", "考生",
         "医护人员", "官兵", "师生", "少年", "青年", "妇女", "职员", "队员", "学员", "旅客", "观众", "用户",
         "老年人", "中老年人", "未成年人", "年轻人", "成年人", "残疾人", "受害人", "被害人", "当事人", "证人",
         "负责人", "投资人", "投资者", "消费者", "农民工", "孕妇", "婴儿", "新生儿", "警察", "民警", "罪犯",
         "被告人", "农户"),
        "people"),
    **dict.fromkeys(("手术", "切除术", "移植"), "procedures"),
    # housing units, beds and shelters are places; 单位 alone is as often an employer, so only with 房屋/住宅
    **dict.fromkeys(
        ("房屋单位", "住宅单位", "住屋单位", "床位", "庇护中心", "避难所", "收容所", "屋苑", "楼宇", "大厦", "住宅",
         "房屋", "宿舍", "酒店房间", "房间", "校舍"), "places"),
    **dict.fromkeys(("车", "车辆", "汽车", "货车", "客车", "船", "船只", "餐盒", "饭盒", "物资"), "items"),
    # animals, cases, reports of damage and abstractions are "other"
    **dict.fromkeys(
        ("鸡", "鸭", "鹅", "猪", "牛", "羊", "鱼", "家禽", "畜禽", "牲畜", "动物", "犬", "狗", "猫", "病例", "个案",
         "灾情", "底线", "红线", "住户", "户"), "other"),
    # measures counted (采取四项举措完善…): the head ends the phrase, not a later noun. (要求 and 措施 are left
    # out: 2人招聘要求, 对17人采取强制措施 glue a verb after people counts into the phrase.)
    "举措": "items",
}  # fmt: skip
# Classifiers that are themselves the counted noun (1900户, 22县市, 全港18区): the subject when none other is named.
NOUN_CLASSIFIERS: tuple[str, ...] = ("户", "县市", "区", "国", "乡镇", "乡", "镇", "车道", "站", "县", "市", "省")
# Classifiers of cases, and the case nouns that say which cases they are later in the clause.
CASE_CLASSIFIERS: tuple[str, ...] = ("宗", "例", "起")
CASE_NOUNS: tuple[str, ...] = ("个案", "病例", "案件", "案例", "事故", "事件")
# Words right after a count that say what it is (22宗属本地感染, 10宗为输入个案).
COUNT_COPULAS = "属为是系"
# Verbs that stand before a number without saying what happened to what is counted (有/涉及/包括 …).
ACTION_STOP: tuple[str, ...] = (
    "包括", "涉及", "涉", "共有", "达", "超过", "突破", "增", "减", "占", "是", "有", "为", "令", "造成", "导致",
    "致使", "致", "使", "让", "从", "至", "到", "激增", "增至", "降至", "升至", "跌至", "预计", "预期",
    "估计", "预料", "预估", "料",
    # saying, hearing, finding and needing are done to no one counted: 据说两人…, 还需要五场胜利
    "据说", "听说", "据悉", "据称", "据了解", "发现", "认为", "表示", "称", "说", "觉得", "希望", "需要", "需",
    "只需", "只需要", "可能", "应该", "可以", "能够",
)  # fmt: skip
# Linking words between a noun and its number (项目共有58个, 考生达4万余名): the noun is still the subject.
LINKING_WORDS: tuple[str, ...] = (
    "共有", "共计", "合计", "累计", "总计", "共", "有", "达", "达到", "为", "是", "约", "约有", "超过", "近",
    "逾", "仅", "只有", "增至", "增加", "减少", "新增", "已有", "已达",
    "突破", "首次突破", "突破了", "首破", "已突破", "有望突破", "将突破", "升至", "跌至", "降至",
)  # fmt: skip
# A lone 一 before these classifiers is the indefinite article ("一个坚实的基础", "一家券商"), not a count.
ARTICLE_NUMERAL = "一"
# … except one person with an outcome word right after (一人死亡, 一名受伤): a casualty count (OUTCOME_WORDS).
ARTICLE_COUNT_UNITS: tuple[str, ...] = ("人", "名")

# --- percent ----------------------------------------------------------------------------------------
PERCENT_SUFFIX: dict[str, tuple[str, str]] = {
    # unit → (kind, scale to percent points)
    "%": ("percent", "1"), "个百分点": ("points", "1"), "百分点": ("points", "1"),
    "个基点": ("points", "0.01"), "基点": ("points", "0.01"), "‰": ("percent", "0.1"),
}  # fmt: skip
# 百分之三十 / 千分之五 / 万分之一 → percent points per unit of the numerator.
PERCENT_PREFIX: dict[str, str] = {
    "百分之": "1", "千分之": "0.1", "万分之": "0.01", "十万分之": "0.001", "百万分之": "0.0001",
    "千万分之": "0.00001", "亿分之": "0.000001",
}  # fmt: skip
# Words before N厘 in its clause that make 厘 a percent (Hong Kong): 十年期國債孳息跌至3.85厘, 按息4厘, 年息5厘.
LI_RATE_CUES: tuple[str, ...] = (
    "孳息", "息率", "利率", "按息", "年息", "月息", "存息", "借贷利率", "回报率", "收益率", "利息", "息口",
    "加息", "减息", "降息",
)  # fmt: skip
LI_CUE_REACH = 20
# Discounts: 八折 / 75折 / 7.5折 are the share of the price paid (80, 75, 75); 对折 and 半价 are half.
DISCOUNT_WORDS: dict[str, str] = {"对折": "50"}
# Words that 折 starts after a number, making it something other than a discount: 三折叠, 折合, 折旧.
DISCOUNT_VETO_NEXT = "叠合算旧腾射返现价扣线"
# Words after N成 that make 成 part of another word (成交, 成本), not "tenths".
CHENG_VETO_NEXT: tuple[str, ...] = (
    "交", "员", "本", "立", "功", "为", "果", "绩", "熟", "年", "都", "长", "型", "效", "品", "人",
    "就", "分", "份", "片", "批", "群", "色", "套", "行", "了", "形", "真", "全", "事", "桩", "像",
)  # fmt: skip
# 这一成… / 那一成…: 一 after a demonstrative is "this one", so the 成 that follows starts a word.
CHENG_VETO_BEFORE: tuple[str, ...] = ("这", "那", "每", "同", "另")
# Spaces between digits and characters that the reader of spaced-out text keeps (`factx.spacing`): before a
# numeral that starts a number of its own (保底699 两年), and after a numeral character, where a headline's space
# separates two figures (开价两亿 3日, 吸金6000余万 150多人). Written as character-class contents.
SPACE_KEPT_BEFORE = "〇零一二两兩三四五六七八九十几幾"
SPACE_KEPT_AFTER = "〇零一二两兩三四五六七八九十百千万萬亿億余餘多几幾"
# Words of approximation before a clock time, after the day and its part: 13日晚约7时30分, 昨日大约10时许.
TIME_APPROX: tuple[str, ...] = ("约", "大约")
# A share written with a slash (2/3, 1/5) stands where a share does: before 的 (3/4的村庄), or after one of these
# characters (总产量的2/3, 减少了3/5, 占1/4, 接近1/4) and before one of the words after it; elsewhere it is a date
# (明天(2/26)), a round (1/4决赛) or a page (1/1页).
SLASH_SHARE_BEFORE = frozenset("的了占达剩约近为是逾过仅只")
SLASH_SHARE_AFTER: tuple[str, ...] = ("的", "，", "。", "、", "；", ",", ";", "以上", "以下", "左右", "多")
# Fraction words: 近半 / 过半 / 一半 → 50.
HALF_WORDS: dict[str, str | None] = {"一半": None, "近半": "about", "逾半": "more_than", "过半数": "more_than"}

# --- quantities -------------------------------------------------------------------------------------
# Earthquake words that make 规模 before a number a magnitude (芮氏規模6.4, 規模7.2強震, 规模5.8的浅层地震).
QUAKE_WORDS: tuple[str, ...] = ("地震", "强震", "余震")
QUAKE_MODIFIERS: tuple[str, ...] = ("强烈", "浅层")
QUANTITY_UNITS: tuple[str, ...] = (
    # area
    "平方米", "平米", "平方公里", "平方千米", "平方英里", "公顷", "亩", "㎡", "平方英尺",
    # length
    "公里", "千米", "米", "厘米", "毫米", "微米", "纳米", "海里", "英里", "英尺", "英寸",
    # weight
    "吨", "公斤", "千克", "克", "斤", "毫克", "磅", "盎司", "克拉",
    # volume
    "升", "毫升", "立方米", "立方", "加仑", "桶",
    # pressure (a typhoon's centre: 中心气压955百帕)
    "百帕",
    # energy and power
    "千瓦时", "兆瓦时", "千瓦", "兆瓦", "瓦", "度电", "伏", "马力", "焦耳", "卡路里", "千卡",
    "瓩",  # Taiwan's kilowatt: 尖峰负载4,180万瓩
    # speed
    "公里/小时", "千米/小时", "米/秒", "公里每小时",
    # temperature
    "摄氏度", "℃", "华氏度",
    # Latin symbols as Chinese news writes them after a number (时速120km/h, 含量82.6mg/100ml, 重5kg)
    "km", "kg", "mm", "cm", "mg", "ml", "km/h", "m/s", "mg/100ml", "mg/l", "mg/L", "mg/kg", "kWh", "kW",
    "km2", "km²", "m²",
    # Taiwan and Hong Kong area and length (坪, about 3.3 square metres; 平方呎, square feet)
    "坪", "平方呎", "呎",
    # Taiwan's metric words as the normalizer writes them (公尺 metre, 公分 cm, 公噸 → 公吨 tonne, 海浬 nautical mile)
    "公尺", "平方公尺", "立方公尺", "公分", "公厘", "公吨", "公升", "公克", "英呎", "英吋", "英哩", "海浬",
    # age, ratio, index points, floors, magnitude, data
    "岁", "周岁", "倍", "点", "层", "级", "度", "GB", "MB", "TB", "KB", "像素", "分贝",
)  # fmt: skip
# Short words for a unit above, reported as that unit: 方, the cubic metre of earthworks and water (土石方3.4万方,
# 排水约350方), only where FANG_* below allow.
QUANTITY_UNIT_ALIASES: dict[str, str] = {"方": "立方"}
# 方 after digits is a cubic metre only after one of these words in its clause, and never after an area's
# (总建筑面积约为27.5万方 is square metres) nor before a word it starts (3方面, 第三方, 10方洒水车).
FANG_UNIT = "方"
FANG_CUES: tuple[str, ...] = (
    "土方", "土石方", "石方", "方量", "排水", "抽水", "蓄水", "储水", "供水", "调水", "水量", "污水", "积水",
    "天然气", "燃气", "用气", "储气", "垃圾", "淤泥", "清淤", "疏浚", "砂石", "混凝土", "渣土", "泥浆",
)  # fmt: skip
FANG_AREA_CUES: tuple[str, ...] = ("面积", "绿地", "用地", "建筑", "平方", "占地")
FANG_NEXT_OK: tuple[str, ...] = ("左右", "以上", "以下", "的", "多", "余")
FANG_CUE_REACH = 30

# A length after these words is a speed (时速350公里, 每小时18公里, 每秒43公尺): unit per hour / per second.
SPEED_CUES: dict[str, str] = {
    "时速": "小时", "每小时": "小时", "每个小时": "小时", "秒速": "秒", "每秒": "秒", "每秒钟": "秒",
}  # fmt: skip
# Words that may stand between the speed word and the number (时速最高可达350公里, 每小时约18公里).
SPEED_LINKS: tuple[str, ...] = (
    "约", "达", "为", "高达", "超过", "逾", "近", "达到", "仅", "是", "可达", "最高", "约为", "最快", "平均",
)  # fmt: skip
# Words after a quantity's unit that make it a name or a grade, not a measure: 五级火 (a fire alarm level).
QUANTITY_VETO_NEXT: dict[str, tuple[str, ...]] = {
    "级": ("火", "警", "响应", "预警", "应急", "考", "河长", "湖长", "林长", "体系", "医院", "干部", "党委", "政府",
          "联动", "书记", "网格", "甲等", "乙等", "风险", "管理", "指挥", "平台", "机构", "行政"),
    # 百万点赞 / 点击 / 点评: 点 starts a word, not an index level
    "点": ("赞", "击", "评", "名", "亮", "燃", "映", "缀", "头", "菜", "单", "播", "读"),
}  # fmt: skip
# A temperature scale written before the number (攝氏八點二度, 华氏100度) makes 度 that scale's degree.
SCALE_BEFORE_DEGREE: dict[str, str] = {"摄氏": "摄氏度", "华氏": "华氏度"}
# Chinese numerals that before 级 / 度 / 层 name ranks (二级市场, 省市两级), not measures.
RANK_NUMERALS: tuple[str, ...] = ("一", "二", "两", "三")
# A distance followed by a smaller unit and 处 is a position on a road (1309公里33米处), not a measure.
POSITION_AFTER: tuple[str, ...] = ("处",)

# --- durations --------------------------------------------------------------------------------------
# Duration unit → (ISO designator, multiplier, addend): 年半 is N + 0.5 years, 季度 is 3 months.
# "T" designators are times. 日 and 月 are missing on purpose: "30日" and "3月" are dates.
DURATION_UNITS: dict[str, tuple[str, str, str]] = {
    "年": ("Y", "1", "0"), "周年": ("Y", "1", "0"), "个年头": ("Y", "1", "0"), "年半": ("Y", "1", "0.5"),
    "个月": ("M", "1", "0"), "个半月": ("M", "1", "0.5"), "个多月": ("M", "1", "0"),
    "周": ("W", "1", "0"), "个星期": ("W", "1", "0"), "星期": ("W", "1", "0"), "个礼拜": ("W", "1", "0"),
    "天": ("D", "1", "0"), "天半": ("D", "1", "0.5"), "昼夜": ("D", "1", "0"), "个工作日": ("D", "1", "0"),
    "工作日": ("D", "1", "0"), "个交易日": ("D", "1", "0"), "交易日": ("D", "1", "0"),
    "小时": ("TH", "1", "0"), "个小时": ("TH", "1", "0"), "个半小时": ("TH", "1", "0.5"),
    "钟头": ("TH", "1", "0"), "个钟头": ("TH", "1", "0"), "分钟": ("TM", "1", "0"), "秒": ("TS", "1", "0"),
    "秒钟": ("TS", "1", "0"), "个季度": ("M", "3", "0"),
    # Cantonese: 两句钟 / 三个钟 are hours
    "句钟": ("TH", "1", "0"), "个钟": ("TH", "1", "0"),
    "世纪": ("Y", "100", "0"), "个世纪": ("Y", "100", "0"),
}  # fmt: skip
# Words before 一倍 that make it a real ratio (增长了一倍, 逾一倍), where a lone 一倍 is usually "double" talk.
DOUBLING_BEFORE: tuple[str, ...] = (
    "增长", "增加", "提高", "上升", "上涨", "翻了", "翻", "高出", "多出", "扩大", "增长了", "增加了", "提高了",
    "上升了", "上涨了", "扩大了", "高了", "多了", "逾", "近", "超过", "超", "约",
)  # fmt: skip
# Characters after 个钟 that make it a clock or a tower (三个钟楼), not Cantonese hours.
CLOCK_WORDS_NEXT = "表楼声乳塔"
# Words before 一年 that make it "the new year", not a length of time: 新的一年.
NEW_YEAR_BEFORE: tuple[str, ...] = ("新的", "新")
# After these words N日 counts days (刑事拘留15日), not a day of the month.
DAY_COUNT_CUES: tuple[str, ...] = (
    "拘留", "行政拘留", "刑事拘留", "隔离", "判处", "徒刑", "拘役", "为期", "历时", "持续", "连续", "长达",
    "停业", "停产", "停牌", "休市", "整改", "观察", "住院", "期限为", "期限", "限期", "限期的", "期限的", "法定限期的",
    "检疫", "强制检疫", "居家检疫", "停课", "禁足", "监禁", "判监", "入狱", "还押",
    # Hong Kong counts a span back or ahead in 日: 過去七日, 未來三日
    "过去", "未来",
)  # fmt: skip
# The era name before a year of the Republic (民國廿二年, folded to 民国), and what stands before a clause's
# first word (a year written 廿八年 there is the time of the clause, not a length).
ROC_ERA = "民国"
CLAUSE_OPENERS = "。，；：！？\n、（(「“"
# What may follow a race time's hundredths written after 秒 (9秒83的成績, 四十八秒三六，打破紀錄).
HUNDREDTHS_NEXT = "，。、；：）)的,;\n"
# Holidays on a fixed day of the calendar (month, day); lunar ones (春节, 中秋) move and are left out, and so is
# a bare 国庆 (国庆期间, 国庆长假: a week of holiday).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1), "圣诞节": (12, 25), "平安夜": (12, 24), "劳动节": (5, 1), "五一劳动节": (5, 1),
    "情人节": (2, 14), "儿童节": (6, 1), "六一儿童节": (6, 1), "妇女节": (3, 8), "三八妇女节": (3, 8),
    "植树节": (3, 12), "国庆日": (10, 1), "国庆节": (10, 1), "双十节": (10, 10), "双十国庆": (10, 10),
}  # fmt: skip
# ... and where Taiwan keeps them on another day: its 國慶日 is 10 October.
ROC_HOLIDAYS: dict[str, tuple[int, int]] = {"国庆日": (10, 10), "国庆节": (10, 10)}
# A short quoted name (at most QUOTED_NAME_MAX characters, no punctuation inside) followed, within
# QUOTED_NAME_GAP characters, by one of these nouns names a programme: its numbers are no figures
# (「0到6歲國家一起養」加碼方案, “十百千”工程, “三年行动”计划).
QUOTED_NAME_NOUNS: tuple[str, ...] = (
    "方案", "计划", "计画", "政策", "口号", "工程", "行动", "战略", "理念", "措施", "专案", "标语", "倡议", "运动",
)  # fmt: skip
QUOTED_NAME_MAX = 14
QUOTED_NAME_GAP = 3
# Taiwan's school year (115學年度) runs from August to July; years of the Republic it is written with.
ACADEMIC_YEAR_MONTHS: tuple[int, int] = (8, 7)
ROC_YEAR_MIN, ROC_YEAR_MAX = 40, 200
# Words before N年M月 in its clause that make it a prison term in Taiwan's style (判處有期徒刑七年六月, 求刑12年6月,
# 判刑3年2月): years and months served, not a year and a month (民國12年6月).
TERM_CUES: tuple[str, ...] = (
    "徒刑", "判刑", "判处", "求刑", "改判", "减为", "减刑", "处刑", "刑期", "应执行", "各判", "分别判", "均判",
)  # fmt: skip
# Cues that a term of months alone follows at once (有期徒刑4月, 判刑10月, 拘役3月): 月 there is 个月.
TERM_MONTHS_CUES: tuple[str, ...] = ("徒刑", "判刑", "处刑", "求刑", "拘役")
# 判 right before the figure is a cue too (被告判1年2月), though 判 alone also begins 判决 and 判断.
TERM_CUE_ADJACENT = "判"
# How far before the term its cue may stand (判處有期徒刑七年六月, 分別判處一年二月至三年): a few words.
TERM_CUE_REACH = 12
# Longer terms than this are not written with months: a larger N年M月 is a year of the Republic (民國85年6月).
TERM_MAX_YEARS = 30
# Half units written alone: 半年 → P6M (the gold guide's reading), 半个月 → P0.5M, 半小时 → PT30M.
HALF_DURATIONS: dict[str, tuple[str, str]] = {
    "半年": ("M", "6"), "半个月": ("M", "0.5"), "半月": ("M", "0.5"), "半天": ("D", "0.5"),
    "半小时": ("TM", "30"), "半个小时": ("TM", "30"), "半个钟头": ("TM", "30"), "半个世纪": ("Y", "50"),
    "半个多月": ("M", "0.5"), "半年多": ("M", "6"), "半个钟": ("TM", "30"),
}  # fmt: skip
# 个半月 with no number: one and a half of the unit (`duration._ONE_AND_HALF`).
ONE_AND_HALF_DURATIONS: dict[str, tuple[str, str]] = {
    "个半月": ("M", "1.5"), "个半小时": ("TH", "1.5"), "个半钟头": ("TH", "1.5"), "个半钟": ("TH", "1.5"),
}  # fmt: skip
# Composite durations: a smaller unit may follow (2小时30分, 7分59秒); 分 alone means minutes only there.
DURATION_FOLLOWERS: dict[str, str] = {
    "分钟": "TM",
    "分": "TM",
    "秒钟": "TS",
    "秒": "TS",
    "天": "D",
    "个月": "M",
    "小时": "TH",
    "个小时": "TH",
}
# Written between a length of time and a smaller unit after it: 三年零六个月, 5年又3个月.
DURATION_JOINERS: tuple[str, ...] = ("零", "又")
# Words after N年 that make it something other than a length of time.
YEAR_DURATION_VETO_NEXT: tuple[str, ...] = (
    "级", "代", "度", "份", "月", "初", "底", "末", "中", "终", "前后", "春", "夏", "秋", "冬", "上半", "下半",
)  # fmt: skip

# Words before 一天 / 一日 that make it one day in time, not a length of time: 最后一天, 前一天, 后一日 (but
# 提前一天, 推后一天, 延后一日 move something by a length of time, and 目前一天的发电量 is "currently, a day's");
# and before N年, a year BC (公元前278年).
DAY_POINT_BEFORE: tuple[str, ...] = ("最后", "前", "后")
# … and of a trading day (前一交易日, 上一个交易日, 下一个交易日).
TRADING_DAY_POINT_BEFORE: tuple[str, ...] = ("最后", "前", "后", "上", "下")
TRADING_DAY_UNITS: tuple[str, ...] = ("交易日", "个交易日")
# A week, month or year is a point only after these: 较前一周 (the week before), 比前一个月, 的前一年, 最后一年 —
# after a verb or an event they are lengths (开始前一周, 产后一年内).
PERIOD_POINT_UNITS: tuple[str, ...] = ("周", "星期", "个月", "月", "年")
PERIOD_POINT_BEFORE: tuple[str, ...] = ("较前", "比前", "的前", "把前", "最后", "较上", "比上")
DAY_SHIFT_BEFORE: tuple[str, ...] = ("提前", "推后", "延后", "往后", "错后", "推前", "目前")
YEAR_BC_BEFORE = "公元前"

# Characters that follow a unit as their own word even where jieba has the pair (2年前, 一年内, 3天下午,
# 15人为骑车者, 七十多名为老人).
UNIT_FOLLOWERS = "前后内外里中间来以之多余左上下底初末半时起止至许每的了就都才也还为"
# Words that begin with a classifier but after a number read as classifier + noun: 5个人, 三口人, 两家人.
UNIT_NOUN_PAIRS = frozenset(["个人", "口人", "家人", "人口", "家具", "起落"])  # 5起落石事故: 起 + 落石
# One-character nouns that make a measure of the verb before them when jieba cuts them off (成交/值, 用电/量).
MEASURE_SUFFIXES: tuple[str, ...] = ("值", "量", "额", "率", "数", "费", "价")
# One-character verbs that take the whole phrase after them as their object (有/众创空间, 持/股份, 到/店): never
# part of a counted noun's modifier, as 涉 (涉恶人员) and 驻 (驻村工作队) are.
GOVERNING_VERBS: tuple[str, ...] = ("是", "有", "到", "设", "做", "出", "持", "杀", "看", "达", "为", "成", "在")
# What a count of items lists when jieba reads it as a verb (5项要求督促企业整改, 十条措施支持…): after these
# classifiers the word alone is the subject.
ITEM_CLASSIFIERS: tuple[str, ...] = ("项", "条", "点", "个", "种")
ITEM_NOUNS: tuple[str, ...] = ("要求", "措施", "举措", "建议", "意见", "规定", "任务", "承诺")
# Suffixes that make a person of the words before them when jieba cuts them off (密切接触/者).
PERSON_SUFFIXES: tuple[str, ...] = ("者",)
# Nouns a classifier opens, counted by it (1000多万人口 counts people; the population is what is counted).
UNIT_OPENS_NOUN: tuple[str, ...] = ("人口",)
# Classifiers that, after a number, stand alone when the text after them is a dictionary word, although they
# make a word with the next character too: 1000名义工 (名 / 义工), 16名教授, 30头发病, 2个子项目, 10万人选课.
# Not 家 or 处 (1家用电器, 6处理赔中心 are the longer words).
UNIT_BEFORE_WORD = frozenset("名头个人位")

# --- approximation ----------------------------------------------------------------------------------
APPROX_BEFORE: dict[str, str] = {
    "约": "about", "大约": "about", "大概": "about", "近": "about", "将近": "about", "接近": "about",
    "约合": "about", "差不多": "about", "近乎": "about", "左近": "about", "约莫": "about", "几近": "about",
    "逾": "more_than", "超过": "more_than", "超": "more_than", "多于": "more_than", "高于": "more_than",
    "至少": "at_least", "不少于": "at_least", "不低于": "at_least", "不下": "at_least", "最少": "at_least",
    "最多": "at_most", "至多": "at_most", "不超过": "at_most", "不高于": "at_most", "最高": "at_most",
    "不到": "less_than", "不足": "less_than", "未满": "less_than", "少于": "less_than", "低于": "less_than",
    "不及": "less_than",
    # check (issue 9): 约 with the verb it often takes (援助基金总额约有12亿元).
    "约有": "about", "大约有": "about",
    # The same bounds with the 有 they often take (最多还有108个基点, 至少有3人).
    "至少有": "at_least", "至少还有": "at_least", "最多有": "at_most", "最多还有": "at_most",
}  # fmt: skip
# ... and with 了 (规模超过了50亿元): apart, as 了 stands before a great many numbers (增长了5%), where one
# look at this short table is cheaper than one at the whole one.
APPROX_BEFORE_LE: dict[str, str] = {"超过了": "more_than"}
# 高于 / 低于 before a figure that a reference level then names (远高于9.21%的基线水平, 低于3%的警戒线) compare
# something else with that level: the figure is the level itself, not "more than" it.
COMPARED_LEVEL_WORDS: tuple[str, ...] = ("高于", "低于")
REFERENCE_LEVEL_NOUNS: tuple[str, ...] = (
    "基线", "基线水平", "警戒线", "警戒水平", "平均水平", "门槛", "标准线", "及格线", "荣枯线", "红线",
)  # fmt: skip
REFERENCE_LEVEL_GAP = 6
# Approximation words that stand only before a round 百/千/万/亿 written alone (上千人, 过亿元): elsewhere
# 上 and 过 are too common to read so.
APPROX_BEFORE_ROUND: dict[str, str] = {"上": "more_than", "过": "more_than"}
# Words ending in 上 / 过 where that character is no approximation: 经过百余年, 马上, 晚上.
APPROX_ROUND_FALSE_WORDS = frozenset(
    ["经过", "通过", "不过", "度过", "越过", "路过", "穿过", "跨过", "走过", "错过", "马上", "晚上", "早上",
     "加上", "登上", "赶上", "遇上", "碰上", "比上", "跟上", "看上", "算上", "网上", "线上", "路上"]
)  # fmt: skip
# Two-character words ending in a one-character approximation word above, that mean something else.
# Words that end in the first character of such a word, which the approximation then follows: 损失约 (损失 + 约).
APPROX_AFTER_WORDS: tuple[str, ...] = ("损失", "流失", "丢失", "缺失", "散失", "遗失")
APPROX_FALSE_WORDS = frozenset(
    [
        "纽约",
        "节约",
        "预约",
        "契约",
        "条约",
        "公约",
        "合约",
        "制约",
        "违约",
        "简约",
        "邀约",
        "履约",
        "签约",
        "特约",
        "集约",
        "婚约",
        "盟约",
        "誓约",
        "赴约",
        "失约",
        "爽约",
        "最近",
        "附近",
        "临近",
        "邻近",
        "亲近",
        "就近",
        "远近",
        "新近",
        "晚近",
        "高超",
        "赶超",
        "不超",
        "出超",
        # Taiwan's market words for net buying and selling (外資買超一萬一千張, 投信賣超2,300張)
        "买超",
        "卖超",
    ]
)
# 几 after a round number is "and some" (十几万元, Hong Kong's 三萬幾元): more than it; read in amounts of money
# only (SOME_INFIX_TYPES), where 十几年前 is a time, 九几年 a decade and 前十几名 a rank.
SOME_INFIX = "几"
SOME_INFIX_TYPES: tuple[str, ...] = ("money",)
# ... and in a count of people after a round ten (十几人, 二十几名学生: more than 10, 20), unless a rank is meant
# (前十几名, 第二十几位).
SOME_INFIX_PEOPLE_VETO_BEFORE: tuple[str, ...] = ("前", "后", "第", "排名", "top")
APPROX_INFIX: dict[str, str] = {
    "余": "more_than", "多": "more_than", "来": "about", "有余": "more_than", "几": "more_than",
}  # fmt: skip
APPROX_AFTER: dict[str, str] = {
    "左右": "about", "上下": "about", "许": "about", "开外": "more_than",
    "以上": "more_than", "多": "more_than", "余": "more_than", "有余": "more_than", "出头": "more_than",
    "以下": "at_most", "以内": "at_most", "之内": "at_most", "内": "at_most",
}  # fmt: skip
# A list of numbers before one unit after 分别 (分别回落2.16和1.66个百分点): the words joining its items.
LIST_JOINERS: tuple[str, ...] = ("和", "、", "与", "及", "或")
RESPECTIVELY: tuple[str, ...] = ("分别",)
# The one-character ends of place names that jieba cuts off a name it does not know (西川/县).
PLACE_SUFFIXES: tuple[str, ...] = ("省", "市", "县", "区", "镇", "乡", "村", "州", "旗")
RANGE_SEPARATORS: tuple[str, ...] = ("-", "~", "—", "–", "－", "至", "到", "～", "—")
# Magnitudes that make a number an amount (a sum, a headcount): no rate of a 百分之X至Y range is written with one.
AMOUNT_MAGNITUDES: tuple[str, ...] = ("万", "亿", "兆")

# --- dates ------------------------------------------------------------------------------------------
RELATIVE_YEARS: dict[str, int] = {
    "今年": 0, "本年": 0, "本年度": 0, "今年度": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2, "大前年": -3,
    "去年度": -1, "明年度": 1,
}  # fmt: skip
# Years, months and days counted from the date the text set last (同年5月, 次日凌晨, 当月), not from the
# publication date: word → (offset, whether the reference date stands in when the text set none).
# 上年 in a report is the year before the one reported, else the year before publication.
ANAPHORIC_YEARS: dict[str, tuple[int, bool]] = {
    "同年": (0, False), "次年": (1, False), "翌年": (1, False), "上年": (-1, True), "上一年": (-1, True),
    "前一年": (-1, False), "下一年": (1, False),
}  # fmt: skip
ANAPHORIC_MONTHS: dict[str, tuple[int, bool]] = {"同月": (0, False), "当月": (0, False), "次月": (1, False),
                                                 "翌月": (1, False)}  # fmt: skip
ANAPHORIC_DAYS: dict[str, tuple[int, bool]] = {
    "当日": (0, False), "当天": (0, False), "同日": (0, False), "次日": (1, False), "翌日": (1, False),
    "前一日": (-1, False), "前一天": (-1, False),
}  # fmt: skip
# Comparison words before 上月 that make it the month before the month the text reports (9月份…比上月加快,
# 1月失業人數…較上月減少), as 上年 is the year before the year reported.
MONTH_COMPARE_BEFORE: tuple[str, ...] = ("较", "比", "环比", "与", "同")
# Words after a date that make it the start of a span up to now (1999年以来): its year dates nothing after it.
SINCE_AFTER: tuple[str, ...] = ("以来",)
# Comparison words before a relative year (较去年, 比前年, 与去年相比): the year compared with, not the year reported.
YEAR_COMPARE_BEFORE: tuple[str, ...] = ("较", "比", "与", "同", "相比", "比较", "对比")
RELATIVE_MONTHS: dict[str, int] = {
    "本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1,
}  # fmt: skip
RELATIVE_DAYS: dict[str, int] = {
    "今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1, "前天": -2, "后天": 2,
    "昨晚": -1, "昨夜": -1, "今晨": 0, "今早": 0, "昨晨": -1, "大前天": -3,
}  # fmt: skip
# A relative day word read across two words: 至今早已接触 is 至今 ("until now") + 早已 ("already"), not 今早.
# word → (character before, characters after) that split it so.
RELATIVE_DAY_SPLITS: dict[str, tuple[str, str]] = {"今早": ("至", "已就"), "今晨": ("至", "已就")}
RELATIVE_WEEKS: dict[str, int] = {
    "本周": 0, "这周": 0, "上周": -1, "下周": 1, "本星期": 0, "上星期": -1, "下星期": 1, "这星期": 0,
    "上个星期": -1, "下个星期": 1, "这个星期": 0, "上礼拜": -1, "下礼拜": 1, "这礼拜": 0, "本礼拜": 0,
    "上个礼拜": -1, "下个礼拜": 1, "这个礼拜": 0,
}  # fmt: skip
# Words that write a weekday: 星期三 / 礼拜三 / 周三 (週三 after normalization).
WEEKDAY_WORDS: tuple[str, ...] = ("星期", "礼拜", "周")
# 周 is also a surname (周一鸣), so a bare 周X is a weekday only when a break or one of these follows it;
# 星期X and 礼拜X need nothing.
WEEKDAY_FOLLOWERS: tuple[str, ...] = (
    "起", "开始", "举行", "召开", "发布", "公布", "宣布", "表示", "的", "将", "会", "在", "再", "才", "已",
    "又", "也", "正式", "前", "后", "晚", "早", "午", "上午", "下午", "凌晨", "中午", "傍晚", "夜", "深夜",
    "清晨", "当天", "出", "公", "抵", "到访", "访", "与", "对", "就", "同", "向", "举", "进行", "截止",
)  # fmt: skip
# Words before a weekday that make it a name: 黑色星期二, 超级星期二, 血腥星期日, 疯狂星期四.
WEEKDAY_NAME_BEFORE: tuple[str, ...] = ("黑色", "超级", "血腥", "疯狂", "网络", "黑", "蓝色", "忧郁")
# A character before a weekday that makes it a habit, not a day: 每周三, 逢周五, 隔周一.
WEEKDAY_HABIT_BEFORE = "每逢隔第"
# "In recent days": an interval ending at the reference date.
RECENT_WORDS: dict[str, int] = {"日前": 7, "近日": 7, "连日来": 7}
# Parts of a year → (first month, last month). 年底 follows the gold guide: the month of December.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "上半年": (1, 6), "下半年": (7, 12), "年初": (1, 1), "年底": (12, 12), "年末": (12, 12),
    "年终": (12, 12), "底": (12, 12), "末": (12, 12), "初": (1, 1), "年中": (6, 7),
    "一季度": (1, 3), "二季度": (4, 6), "三季度": (7, 9), "四季度": (10, 12),
    "第一季度": (1, 3), "第二季度": (4, 6), "第三季度": (7, 9), "第四季度": (10, 12),
    "1季度": (1, 3), "2季度": (4, 6), "3季度": (7, 9), "4季度": (10, 12), "首季": (1, 3),
    "前三季度": (1, 9), "前两季度": (1, 6), "前二季度": (1, 6),
    # Taiwan and Hong Kong write the quarter without 度: 第3季, 前3季, 今年頭兩季.
    "第一季": (1, 3), "第二季": (4, 6), "第三季": (7, 9), "第四季": (10, 12),
    "第1季": (1, 3), "第2季": (4, 6), "第3季": (7, 9), "第4季": (10, 12),
    "前三季": (1, 9), "前3季": (1, 9), "前两季": (1, 6), "前2季": (1, 6), "前二季": (1, 6),
    "头两季": (1, 6), "头三季": (1, 9), "头两季度": (1, 6), "头三季度": (1, 9),
    "首三季": (1, 9), "首3季": (1, 9), "首两季": (1, 6), "首2季": (1, 6), "首二季": (1, 6), "首季度": (1, 3),
    "首三季度": (1, 9), "首两季度": (1, 6),
    # A company's fiscal quarter (第四财季): read as the calendar quarter of its number, the fiscal calendar
    # being nowhere in the text.
    "第一财季": (1, 3), "第二财季": (4, 6), "第三财季": (7, 9), "第四财季": (10, 12),
    "第1财季": (1, 3), "第2财季": (4, 6), "第3财季": (7, 9), "第4财季": (10, 12),
    "春季": (3, 5), "夏季": (6, 8), "秋季": (9, 11), "冬季": (12, 12),
    # After a year only (今年夏天, 2019年春天), read as the seasons above.
    "春天": (3, 5), "夏天": (6, 8), "秋天": (9, 11), "冬天": (12, 12),
}  # fmt: skip
# Marks before 第三季 that make it a television or league season: 《好聲音》第三季, 「XX」第二季.
SEASON_TITLE_BEFORE = '》」』”"'
# Characters after 第N季 that make it another word: 第三季节 (a season of the year), 第二季赛.
QUARTER_VETO_NEXT = "节赛军"
# After a quarter, 末 / 底 is its last day: 一季度末 → 03-31.
QUARTER_END: tuple[str, ...] = ("末", "底")
# Parts of a month → (first day, last day); 0 means the month's last day.
MONTH_PARTS: dict[str, tuple[int, int]] = {
    "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 0), "初": (1, 10), "月初": (1, 10), "上中旬": (1, 20),
    "中下旬": (11, 0),
    "中": (11, 20), "月中": (11, 20), "底": (0, 0), "末": (0, 0), "月底": (0, 0), "月末": (0, 0),
}  # fmt: skip
# Times of day: word → hours added to a 12-hour clock reading below 12.
DAY_PARTS: dict[str, int] = {
    "凌晨": 0, "早上": 0, "早晨": 0, "清晨": 0, "上午": 0, "早": 0, "今晨": 0, "晨": 0,
    "中午": 0, "午间": 0, "下午": 12, "午后": 12, "傍晚": 12, "晚上": 12, "晚间": 12, "晚": 12,
    "夜间": 12, "夜里": 12, "深夜": 12, "当晚": 12, "昨晚": 12, "今晚": 12, "夜": 12, "明晚": 12, "今夜": 12,
    "昨夜": 12, "明早": 0, "明晨": 0,
}  # fmt: skip
# Named five-year plans: 十四五 → 2021/2025. The third plan began in 1966; each lasts five years.
PLAN_FIRST_YEAR = {3: 1966}
PLAN_NUMBERS = {"六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12, "十三": 13,
                "十四": 14, "十五": 15, "十六": 16}  # fmt: skip
# Words right before N年 that make it a length of time, not a year: 未来100年, 长达120年.
DURATION_CUES_BEFORE: tuple[str, ...] = ("未来", "过去", "长达", "历经", "近", "逾", "超过", "约", "达", "经过", "最近")
# After a ROC year written with two digits alone (95年起), words that make it a year, not 95 years.
ROC_YEAR_NEXT: tuple[str, ...] = ("起", "至", "到", "底", "初", "年底", "年初", "年中", "上半年", "下半年")
# N天前 / N个月前 / N年前 count back from the reference date only after a break or one of these words;
# after a noun they count back from an event (开幕5天前).
AGO_BEFORE: tuple[str, ...] = (
    "在", "于", "早在", "就在", "直到", "他", "她", "我", "我们", "他们", "她们", "记者", "该", "此", "已", "就",
    "是", "仅", "仅仅", "才", "早",
)  # fmt: skip
# Time units of N前 → days in one.
AGO_UNITS: dict[str, int] = {"天": 1, "日": 1, "周": 7, "个星期": 7, "个礼拜": 7}
# Years ago name a year, one month ago a month (五年前 → the year five before the reference year, as news readers
# and annotators take it); rounded ones (约10年前) and several months (三个月前) stay lengths of time.
AGO_CALENDAR_UNITS: dict[str, str] = {"年": "year", "个月": "month"}
AGO_APPROX_BEFORE: tuple[str, ...] = ("约", "近", "大约", "将近", "接近", "逾", "超过", "差不多")
# Before N年前 / 一个月前, words of an event the span counts back from, not the reference date: 会计年度开始一个月前
# (a deadline rule), 合约到期一年前, 选举两年前.
AGO_EVENT_BEFORE: tuple[str, ...] = (
    "开始", "开幕", "开工", "开学", "开通", "开赛", "截止", "到期", "届满", "期满", "举行", "举办", "生效", "实施",
    "结束", "闭幕", "选举", "投票", "出发", "发生", "上市", "竣工", "完工", "启用", "去世", "逝世", "退休",
)  # fmt: skip
# Before a bare 14日 (with 的 or not), words that make it a count of days: 超过法定限期的14日.
BARE_DAY_COUNT_BEFORE: tuple[str, ...] = ("限期", "期限", "时限", "宽限期", "为期")
# 当日 / 当天 alone (no time after it) is "that day" only before a break or these; before a noun or a verb
# it is "same-day" (当日办结, 当日达, 当天进出境).
SAME_DAY_NEXT: tuple[str, ...] = (
    "，", ",", "的", "上午", "下午", "晚上", "晚间", "凌晨", "早上", "中午", "傍晚", "夜间", "晚", "早", "夜", "深夜",
    "清晨",
)  # fmt: skip
# After 去年 / 上年: the same period of that year as the one just reported (较去年同期).
SAME_PERIOD_WORDS: tuple[str, ...] = ("同期",)
# Centuries before N0年代: 上世纪90年代 → the 1990s.
CENTURY_WORDS: dict[str, int] = {"上世纪": 1900, "上个世纪": 1900, "20世纪": 1900, "二十世纪": 1900,
                                 "本世纪": 2000, "21世纪": 2000, "二十一世纪": 2000, "19世纪": 1800,
                                 "十九世纪": 1800}  # fmt: skip
# Characters after a bare Chinese-numeral day (十九日) that make it a count of days: 十五日内, 三十日以后.
BARE_DAY_VETO_NEXT = "内以后来之左前期为多余间游拘"
# … and words before it: 处十五日拘留, 延长至十五日, 正月十八日 (a lunar month, which is not converted).
BARE_DAY_VETO_BEFORE: tuple[str, ...] = ("处", "处以", "至", "到", "月", "共", "达", "用", "需", "再", "满", "了")
# Words that begin with a numeral and 月 after a year but end the day (八月十五, with no 日): the day must
# stand before a break.
DAY_WITHOUT_RI_NEXT = "，。、；：！？,.;:!? \n）)"
# Words after a bare four-digit number that make it part of a name: 2019冠狀病毒病 (Hong Kong's COVID-19).
BARE_YEAR_NAME_NEXT: tuple[str, ...] = ("冠状病毒", "冠状病", "新型冠状")
# A relative day word with its clock time after it: 今晚24时 is the midnight that ends today.
DAY_PART_DAYS: dict[str, int] = {"今晚": 0, "今夜": 0, "今晨": 0, "今早": 0, "昨晚": -1, "昨夜": -1, "明晚": 1,
                                 "明早": 1, "明晨": 1}  # fmt: skip
# A year written without 年 counts only after a break or one of these words: 在2018胜选, 与2007和2008年.
BARE_YEAR_AFTER = "在于从自至到和及与截以迄当"
# Words that start with 月 and are not a month after a Chinese numeral (一月光…, 坐月子); after Arabic
# digits 3月 is always the month (3月光伏装机).
CN_MONTH_WORDS: tuple[str, ...] = ("月亮", "月饼", "月球", "月光", "月子", "月嫂", "月票", "月薪", "月供", "月初一")
# Dateline words after a full date: "2020年7月14日电", "7月14日讯".
DATELINE_AFTER: tuple[str, ...] = ("电", "讯", "消息", "报道")
DATELINE_LABELS: tuple[str, ...] = ("发布时间", "发布日期", "发稿时间", "发表于", "更新时间", "来源时间")
# Bare labels count only at the start of a line and with a colon ("日期：2021-03-01"); inside a sentence
# (报名截止日期：…) they date something else.
DATELINE_BARE_LABELS: tuple[str, ...] = ("日期", "时间")

# --- ordinals ---------------------------------------------------------------------------------------
# 首 + classifier reads "first": 首批 首例 首次. (首先, 首席, 首都 are not listed, so they never match.)
FIRST_CLASSIFIERS: tuple[str, ...] = (
    "批", "例", "次", "日", "家", "个", "位", "届", "座", "条", "台", "场", "期", "笔", "单", "架",
    "艘", "辆", "轮", "季", "款", "部", "份", "项", "所", "只", "班", "趟",
)  # fmt: skip

# 第一医院 / 第二中学 / 第三方: an ordinal that is part of a name.
ORDINAL_NAME_NEXT: tuple[str, ...] = (
    "医院", "人民医院", "附属医院", "中学", "小学", "高级中学", "初级中学", "实验", "中级人民法院", "监狱",
    "看守所", "师范", "书记", "责任人", "产业", "时间", "线", "手", "方", "人民法院",
)  # fmt: skip

# --- vetoes -----------------------------------------------------------------------------------------
# Words that contain a numeral but are never figures. A candidate overlapping one is dropped.
VETO_WORDS: tuple[str, ...] = (
    # idioms and function words
    "一方面", "另一方面", "进一步", "一致", "统一", "唯一", "单一", "一起", "一样", "一定", "一些", "一直",
    "一度", "一般", "一向", "一旦", "一切", "一同", "一道", "一路", "一边", "一面", "一时", "一再",
    "一手", "一流", "一线", "一体", "一举", "一带一路", "一揽子", "一站式", "一次性", "一整套", "一把手",
    "一系列", "一席之地", "一杯羹", "一哥", "一炮而红", "一成不变", "万一", "一一", "逐一", "不一",
    "第一时间", "第一手", "第一线", "第三方", "第一书记", "第一责任人", "第一产业", "第二产业",
    "第三产业", "半步", "三心二意", "一心一意", "一五一十", "七上八下", "乱七八糟", "五花八门",
    "四面八方", "三番五次", "千方百计", "万无一失", "十全十美", "一清二楚", "一干二净", "独一无二",
    "一二三四五", "一村一品", "一户一策", "一人一档", "一企一策", "一县一品", "一镇一业",
    "三中全会", "四中全会", "五中全会", "六中全会", "七中全会", "二中全会", "一中全会",
    "十九大", "十八大", "二十大", "十七大", "十六大", "十九届", "十八届", "二十届", "十七届",
    "二级甲等", "三级甲等", "二甲", "三甲", "二维码", "一卡通", "一号文件", "三农", "两会", "两岸",
    "两市", "二套", "二手", "一二手", "三角", "珠三角", "长三角", "金九银十", "金九", "银十", "双十一",
    "双11", "五一", "十一长假", "三八", "六一", "七一", "八一", "万州", "九寨沟", "三亚", "五指山",
    "十堰", "六盘水", "七台河", "三明", "四平", "八达岭", "三峡", "九江", "十严禁", "双双", "三三两两",
    "一刀切", "一窝蜂", "一口气", "一口", "一身", "一生", "一世", "一开始", "一跃", "一见",
    "一出", "一天天", "一年年", "一年四季", "一日三餐", "千家万户", "百姓", "千万", "千千万万", "万众", "亿万",
    "百分百", "十分", "万分", "九成九", "一事一议", "五保户", "四大名著", "三国", "零售", "零距离",
    "零容忍", "零部件", "零件", "零星", "零食", "零钱",
    "两高三部", "两高", "一本率", "二本率", "三本率", "二本线", "一本线", "三本线",
    "三轮车", "三轮摩托", "电动三轮", "两轮车", "四轮驱动", "三次产业", "20国集团", "二十国集团", "七国集团",
    "八国集团", "胡说八道", "说三道四", "三位一体", "三三制", "四位一体", "五位一体",
    "三只松鼠", "六个核桃", "七匹狼", "三棵树", "7天连锁", "7天酒店", "七天酒店", "361度", "十三香", "九阳",
    "成千上万", "成百上千", "成千成万", "四乡八镇", "九死一生", "四处", "英语四级", "英语六级", "四六级",
    "百度", "百度网",
    "二元结构", "二元分", "二元论", "二元化", "二元对立", "二元经济", "二元一次", "一元复始", "一元化", "一元论",
    "一元二次", "一波三折", "七折八扣", "九曲十八弯",
    "一天比一天", "一年比一年", "一次比一次", "一个比一个", "一天到晚", "一年到头", "一年一度", "一步一个",
)  # fmt: skip
# Describing words jieba tags as adverbs (d) that describe the noun after a count (4个偏远乡镇, 42辆长途邮车,
# 5个全新楼盘); the tag's true adverbs (随即, 共同, 已经: 两人随即乘车) stay out of the counted noun.
DESCRIBING_TAGGED_ADVERB: tuple[str, ...] = ("偏远", "长途", "全新", "长期", "高速", "真实", "特定", "非公")
# Where a veto word is no veto: the word → a pattern that matches at its start there. 千万 alone is "by all
# means" (千万不要) or the "myriad" of a slogan or poem (道路千万条, 千万人的命运, 广厦千万间); it is a figure
# after an approximation word (近千万元, 年收入过千万, 上千万) or before a currency (千万元, 千万美元).
VETO_LIFTED: dict[str, str] = {
    "千万": "(?<=[近逾过超上约])千万"
    "|千万(?=元|美元|港元|港币|日元|欧元|英镑|人民币|新台币|台币|澳门元|澳元|加元|韩元|块)",
}
# A one-character place name before a number makes a policy's name: "粤15条", "国十条", "新36条".
NAME_PREFIX_CHARS = "国新粤京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘琼川贵云陕甘青桂蒙宁藏疆"
NAME_UNITS: tuple[str, ...] = ("条", "招", "款")
# Words before a number that make it a code, not a figure: 尾号为6499, 股票代码600519, 编号2019.
CODE_CUES: tuple[str, ...] = (
    "尾号", "尾号为", "尾数", "编号", "代码", "股票代码", "证券代码", "代号", "型号", "车牌", "车次",
    "电话", "热线", "手机", "号码", "邮编", "房号", "工号", "学号", "账号", "帐号", "身份证", "No.",
    "QQ", "微信", "航班", "版本", "批号", "条例第", "专线", "热线电话", "传真", "分机",
)  # fmt: skip

# Code cues that name a thing people count: a short number and one of its classifiers after them count the
# things (手机160部, 电话3部, 取消航班46架次), where a phone or flight number stands alone or is longer.
_DEVICE_CLASSIFIERS = ("部", "台", "个", "只", "支", "块")
COUNTED_CODE_CUES: dict[str, tuple[str, ...]] = {
    "手机": _DEVICE_CLASSIFIERS, "电话": _DEVICE_CLASSIFIERS, "传真": _DEVICE_CLASSIFIERS,
    "航班": ("架次", "班", "班次", "个"), "车次": ("趟", "列", "个"),
}  # fmt: skip
COUNTED_CODE_MAX_DIGITS = 4

# --- facets: what a figure is about, in words that contrast ------------------------------------------
# Word near a figure → facet "group:value". Two figures whose facets of one group differ are about different
# things (9人轻伤 is not 9人死亡; 罚金 is not 退赔); a dotted value narrows its parent (injured.minor is a kind of
# injured). Words in FACET_NEAR_ONLY count only right beside the figure (3死5伤, 34男30女).
FACET_WORDS: dict[str, str] = {
    **dict.fromkeys(("死亡", "遇难", "身亡", "罹难", "丧生", "丧命", "殒命", "死", "亡", "去世", "不幸去世",
                     "致死", "死者", "遇难者", "亡故"), "casualty:dead"),
    **dict.fromkeys(("受伤", "伤", "负伤", "伤者", "致伤", "伤员"), "casualty:injured"),
    **dict.fromkeys(("轻伤", "轻微伤", "轻度受伤"), "casualty:injured.minor"),
    **dict.fromkeys(("重伤", "危重", "病危", "伤势严重", "伤势较重", "重度受伤"), "casualty:injured.serious"),
    **dict.fromkeys(("失踪", "下落不明", "失联"), "casualty:missing"),
    **dict.fromkeys(("获救", "生还", "幸存", "救出", "被救"), "casualty:rescued"),
    **dict.fromkeys(("确诊", "确诊病例"), "case:confirmed"),
    **dict.fromkeys(("疑似", "疑似病例"), "case:suspected"),
    **dict.fromkeys(("治愈", "治愈出院", "康复"), "case:recovered"),
    **dict.fromkeys(("无症状", "无症状感染者"), "case:asymptomatic"),
    **dict.fromkeys(("男", "男性", "男子", "男生", "男童"), "sex:male"),
    **dict.fromkeys(("女", "女性", "女子", "女生", "女童"), "sex:female"),
    **dict.fromkeys(("罚金", "罚款", "罚没", "处罚金", "并处罚金"), "money:fine"),
    **dict.fromkeys(("退赔", "退缴", "追缴", "返还", "退还", "追回"), "money:restitution"),
    **dict.fromkeys(("赃款", "涉案", "涉款", "非法所得", "违法所得", "非法获利", "诈骗"), "money:illicit"),
    **dict.fromkeys(("受贿", "索贿", "行贿", "贿赂", "贿款", "收受"), "money:bribe"),
    **dict.fromkeys(("赔偿", "赔付", "补偿", "赔偿金"), "money:compensation"),
    **dict.fromkeys(("奖励", "奖金", "奖", "悬赏"), "money:reward"),
    **dict.fromkeys(("投资", "总投资", "投入", "注资"), "money:investment"),
    **dict.fromkeys(("捐款", "捐赠", "捐", "善款", "捐助"), "money:donation"),
    **dict.fromkeys(("营收", "营业收入", "收入", "销售额", "营业额"), "money:revenue"),
    **dict.fromkeys(("净利润", "利润", "盈利", "净利", "纯利"), "money:profit"),
    **dict.fromkeys(("亏损", "净亏损", "亏"), "money:loss"),
    **dict.fromkeys(("增长", "增加", "上升", "提高", "上涨", "增幅", "涨", "增", "攀升", "提升"), "direction:up"),
    **dict.fromkeys(("下降", "减少", "下跌", "降低", "回落", "跌", "降幅", "减", "降", "下滑"), "direction:down"),
    # Hong Kong writes a prison term 入獄 / 監禁 / 判囚 (判處入獄5年), not 有期徒刑
    **dict.fromkeys(("有期徒刑", "徒刑", "入狱", "监禁", "判囚", "判监", "囚禁"), "sentence:prison"),
    **dict.fromkeys(("无期徒刑",), "sentence:life"),
    **dict.fromkeys(("拘役",), "sentence:detention"),
    **dict.fromkeys(("缓刑",), "sentence:probation"),
    **dict.fromkeys(("行政拘留",), "sentence:administrative"),
    # check (issue 9): ways of dying or being hurt named by what did it.
    **dict.fromkeys(("烧死", "砸死", "淹死", "撞死", "溺亡", "遇害", "窒息死亡", "医治无效死亡", "不治身亡"),
                    "casualty:dead"),
    # dying of an illness, after the counted noun (41名成人死于流感)
    **dict.fromkeys(("死于", "病死", "病逝", "病亡"), "casualty:dead"),
    **dict.fromkeys(("烧伤", "砸伤", "撞伤", "摔伤", "烫伤", "割伤", "咬伤"), "casualty:injured"),
    **dict.fromkeys(("严重烧伤", "重度烧伤"), "casualty:injured.serious"),
}  # fmt: skip
FACET_NEAR_ONLY: frozenset[str] = frozenset(w for w in FACET_WORDS if len(w) == 1)
# Between a total and an amount after it in one sentence: the amount is a part of the total (stats adds it once).
PART_CUES: tuple[str, ...] = ("其中", "包括", "含")
