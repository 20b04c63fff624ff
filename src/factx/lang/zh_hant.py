"""Traditional Chinese: one-to-one character folds applied by the normalizer.

Only characters that occur in figures, units, classifiers, time words, approximation words, role words and
vetoes are folded, so that the Simplified tables in `zh.py` serve both scripts. Each pair is one code point
to one code point (offsets are kept). Characters whose Simplified form is ambiguous (裡/里: 里 is a unit of
length; 乾/幹/干) are left alone on purpose.
"""

_PAIRS = """
萬万 億亿 兩两 個个 點点 餘余 約约 幣币 臺台 週周 時时 鐘钟 間间 歲岁 噸吨 頃顷 畝亩 釐厘 項项 輛辆
條条 張张 隻只 場场 屆届 門门 筆笔 戶户 層层 棟栋 這这 們们 來来 內内 於于 後后 幾几 數数 單单 雙双
號号 節节 學学 國国 處处 區区 縣县 鄉乡 鎮镇 種种 類类 輪轮 組组 團团 隊队 員员 醫医 療疗 術术 鎊镑
歐欧 韓韩 盧卢 澳澳 圓圆 過过 將将 達达 頭头 億亿 計计 總总 資资 額额 捐捐 贈赠 補补 撥拨 價价 營营
虧亏 損损 預预 營营 險险 費费 積积 釐厘 裏里 為为 僅仅 約约 較较 減减 長长 億亿 萬万 幾几 雙双 條条
億亿 週周 禮礼 拜拜 歷历 屆届 該该 當当 現现 據据 報报 訊讯 電电 稱称 發发 佈布 聞闻 記记 導导 趟趟
場场 盤盘 檔档 齣出 篇篇 頁页 冊册 卷卷 輯辑 臺台 灣湾 斤斤 噸吨 磅磅 釐厘 畝亩 頃顷 鐘钟 週周 段段
級级 階阶 塊块 錢钱 毛毛 角角 億亿 兆兆 圓圆 罷罢 選选 舉举 連连 署署 總总 額额 實实 際际 銷销 售售
貨货 額额 稅税 貸贷 儲储 匯汇 率率 幅幅 漲涨 跌跌 調调 產产 業业 務务 藝艺 術术 劇剧 車车 機机 廠厂
廳厅 館馆 醫医 院院 師师 們们 嬰婴 兒儿 孫孫 齡龄 僱雇 傭佣 職职 顧顾 問问 專专 屬属 與与 無无 並并
會会 員员 勞劳 動动 權权 紀纪 閏闰 農农 曆历 參参
"""


def _pairs(spec: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in spec.split():
        trad, simp = item[0], item[1]
        if trad != simp:
            out[trad] = simp
    return out


CHAR_MAP: dict[str, str] = _pairs(_PAIRS)

# Words that place a Traditional-Chinese document in Taiwan or Hong Kong; the bare 元 of the place wins
# (TWD or HKD). Matched on normalized text, so they are written with the folded characters.
REGION_CUES: dict[str, tuple[str, ...]] = {
    "TWD": ("台湾", "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "嘉义", "屏东", "宜兰",
            "花莲", "台东", "彰化", "苗栗", "南投", "云林", "澎湖", "金门", "马祖", "立法院", "行政院",
            "监察院", "中选会", "民进党", "国民党", "时代力量", "新台币", "台币", "县市", "卫福部", "经济部",
            "内政部", "交通部", "蔡英文", "赖清德", "民国"),
    "HKD": ("香港", "港府", "特首", "立法会", "港元", "港币", "九龙", "新界", "西九", "中环", "港人", "港岛",
            "特区政府", "行政长官", "强积金", "港铁", "港股", "恒指", "澳门"),
}  # fmt: skip
