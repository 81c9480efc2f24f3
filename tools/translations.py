"""Refresh the zh_CN UI catalogue: extract strings, apply our translations, compile the .qm.

    .venv/bin/python tools/translations.py

Source strings are English; ZH below holds their Chinese, written for agents. A string with no
entry stays unfinished and the tool exits 1, so a new UI string cannot ship untranslated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "borderdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent

ZH: dict[str, str] = {
    "AliExpress": "速卖通",
    "Amazon": "亚马逊",
    "Shopee": "Shopee",
    "Own store": "独立站",
    "All platforms": "全部平台",
    "Your platform: replies that do not apply to it are hidden": (
        "你的平台：不适用于该平台的回复会被隐藏"
    ),
    "for %1 only": "仅限%1",
    "Copy English": "复制英文",
    "Loading…": "正在载入…",
    "Copy Chinese": "复制中文",
    "Edit": "编辑",
    "Duplicate as mine": "复制为我的回复",
    "Delete": "删除",
    "Restore original": "恢复原文",
    "English (sent to the buyer)": "英文（发给买家）",
    "Chinese (for you)": "中文（供你参考）",
    "Select a reply to see it here.": "选择一条回复，在这里查看。",
    "☆ Favourite": "☆ 收藏",
    "★ Unfavourite": "★ 取消收藏",
    "built-in, edited": "内置（已修改）",
    "built-in": "内置",
    "my reply": "我的回复",
    "formal": "正式",
    "friendly": "亲切",
    "short": "简短",
    "copied %n times": "已复制 %n 次",
    "When buyers write": "适用的买家消息",
    "Copy filled reply": "复制填好的回复",
    "Cancel": "取消",
    "Fill in the blanks, then press Enter to copy": "填写空白处，按回车复制",
    "BorderDesk · cross-border replies": "跨境客服助手",
    "Main": "主工具栏",
    "New reply": "新建回复",
    "Compact": "紧凑模式",
    "On top": "置顶",
    "Settings": "设置",
    "Help": "帮助",
    "Paste the buyer's message here: suggestions appear for each question.": (
        "把买家的消息粘贴到这里，每个问题都会给出推荐回复。"
    ),
    "Replies": "回复",
    "Buyer message": "买家消息",
    "Undo delete (Ctrl+Z)": "撤销删除（Ctrl+Z）",
    "Search": "搜索",
    "Paste a buyer message": "粘贴买家消息",
    "Move through the results": "在结果中移动",
    "Copy the selected reply (English)": "复制选中的回复（英文）",
    "Copy the Chinese translation": "复制中文译文",
    "Copy the n-th result": "复制第 n 条结果",
    "Clear the search / close the fill-in form": "清空搜索 / 关闭填空表单",
    "Next blank in the fill-in form": "填空表单中的下一个空",
    "Favourite or unfavourite": "收藏或取消收藏",
    "Edit the reply": "编辑回复",
    "Undo the last delete": "撤销上一次删除",
    "Compact mode": "紧凑模式",
    "Keep on top": "窗口置顶",
    "This help": "显示本帮助",
    "No reply holds any word of “%1”.\nTry another word, English, Chinese or pinyin.": (
        "没有回复包含“%1”里的任何词。\n换个词试试，中文、英文、拼音都可以。"
    ),
    "Closest situations:": "最接近的情形：",
    "Buyer writes in %1": "买家使用的语言：%1",
    "Switch buyer country to %1": "把买家国家切换为%1",
    "Search in Chinese, English or pinyin (Ctrl+F)": "搜索回复：中文、英文或拼音（Ctrl+F）",
    "No favourites yet.\nSelect a reply and press Ctrl+D to keep it here.": (
        "还没有收藏。\n选中回复后按 Ctrl+D，就会出现在这里。"
    ),
    "Nothing copied yet.\nReplies you copy are listed here.": (
        "还没有复制过回复。\n复制过的回复会列在这里。"
    ),
    "No replies of your own yet.\nPress Ctrl+N to write one.": (
        "还没有自己的回复。\n按 Ctrl+N 新建一条。"
    ),
    "No replies here yet.\nPress Ctrl+N to write one.": "这里还没有回复。\n按 Ctrl+N 新建一条。",
    "Copied ✓ %1": "已复制 ✓ %1",
    "Saved": "已保存",
    "Copied into My replies": "已复制到“我的回复”",
    "Original text restored": "已恢复原文",
    "Deleted “%1”": "已删除“%1”",
    "Restored": "已恢复",
    "The library is in use by another program. Try again in a moment.": (
        "词库正被其他程序占用，请稍后再试。"
    ),
    "The library file cannot be written: it or its folder is read-only.": (
        "词库文件无法写入：文件或所在文件夹为只读。"
    ),
    "The disk is full. Free some space and try again.": "磁盘已满，请清理空间后再试。",
    "The file is not a BorderDesk library.": "该文件不是 BorderDesk 词库。",
    "Something went wrong inside BorderDesk; the details are in the log: %1": (
        "BorderDesk 内部出错，详情已记入日志：%1"
    ),
    "Copy": "复制",
    "Edit reply": "编辑回复",
    "comma-separated, English or Chinese": "用逗号分隔，中英文均可",
    "one buyer message per line": "每行一条买家消息",
    "Placeholders: %1": "可用占位符：%1",
    "Scenario": "场景",
    "Tone": "语气",
    "Title (English)": "英文标题",
    "Title (Chinese)": "中文标题",
    "English reply": "英文回复",
    "Chinese translation": "中文译文",
    "Tags": "标签",
    "Buyer messages": "买家消息示例",
    "Please fix: %1": "请修改：%1",
    "system default": "系统默认",
    "no preference": "不限",
    "Keep the window on top": "窗口始终置顶",
    "Show an icon in the system tray": "在系统托盘显示图标",
    "Agent name {agent}": "客服名字 {agent}",
    "Shop name {shop}": "店铺名称 {shop}",
    "Signature": "签名",
    "Interface language": "界面语言",
    "Reply font size": "回复字号",
    "Preferred tone": "首选语气",
    "Keyboard shortcuts": "快捷键",
    "Keys": "按键",
    "Action": "功能",
    "Show BorderDesk": "显示跨境客服助手",
    "Quit": "退出",
    "Copy greeting": "复制问候语",
    "Copy closing": "复制结束语",
    "Beijing": "北京",
    "Country": "国家",
    "City": "城市",
    "Local time": "当地时间",
    "Gap": "时差",
    "State": "状态",
    "Opens (Beijing)": "上班时间（北京）",
    "now": "现在",
    "Your day (Beijing 0-24) against %1's business hours; your shift is framed": (
        "你的一天（北京时间 0-24 点）对照%1的营业时间，方框是你的班次"
    ),
    "Buyer's country: type its name or its code": ("买家国家：可输入中文名、英文名或国家代码"),
    "Buyer country": "买家国家",
    "Show or hide the buyer-country panel": "显示或隐藏买家国家面板",
    "Countries on the clock": "时钟显示的国家",
    "My shift (Beijing time)": "我的班次（北京时间）",
    "Unknown country code: %1": "无法识别的国家代码：%1",
    "Shift: write it as 09:00-18:00": "班次请写成 09:00-18:00 的格式",
    "Quotation": "报价计算",
    "Save fees for this platform": "保存为该平台的默认费率",
    "Quotation calculator": "报价计算器",
    "product preset": "商品预设",
    "Save product": "保存商品",
    "Reverse: from a price to the margin": "反算：由售价算利润率",
    "Charm price (.99)": "尾数定价（.99）",
    "buyer's counter-offer": "买家还价",
    "Open the suggested reply": "打开建议的回复",
    "Price adjusted": "已改价",
    "Quantity discount": "多买优惠",
    "Bulk quote": "批量报价",
    "Quote into a reply": "把报价填入回复",
    "Bargaining": "议价助手",
    "Counter-offer": "买家还价",
    "Minimum margin (%)": "最低利润率（%）",
    "Type today's rate: it is kept with its date.": "请输入今天的汇率，会连同日期一起保存。",
    "Rate set %1 (%2 days ago)": "汇率设置于 %1（%2 天前）",
    "Quantity": "数量",
    "Int'l shipping / unit": "国际运费/件",
    "Margin %": "利润率 %",
    "Unit price": "单价",
    "Total": "总价",
    "Type the buyer's counter-offer to check it.": "输入买家的还价，检查是否可以接受。",
    "All replies": "全部回复",
    "Favourites": "收藏",
    "Recently used": "最近使用",
    "Most used": "最常用",
    "My replies": "我的回复",
    # -- buyer-country panel --
    "Working hours": "工作时间",
    "After hours": "已下班",
    "Night": "夜间",
    "Weekend": "周末",
    "Holiday": "节假日",
    "Holiday: %1": "节假日：%1",
    "Same time as Beijing": "与北京同时",
    "%1 h behind": "晚 %1 小时",
    "%1 h ahead": "早 %1 小时",
    "yesterday": "昨天",
    "tomorrow": "明天",
    "From %1, %2 is %3 h behind Beijing": "%1起%2与北京时差变为%3小时",
    "From %1, %2 is %3 h ahead of Beijing": "%1起%2与北京时差变为%3小时",
    "From %1, %2 is on Beijing time": "%1起%2与北京时差变为0小时",
    "Greeting": "问候",
    "Closing": "结尾",
    "(%1)": "（%1）",
    "Communication": "沟通风格",
    "Taboos": "禁忌",
    "Colours and numbers": "颜色与数字",
    "What buyers value": "买家看重",
    "Payment": "支付方式",
    "Shopping seasons": "购物季",
    "Upcoming shopping seasons": "近期购物季",
    "%1 (%2) %3 ~ %4": "%1（%2）%3 ~ %4",
    "Upcoming public holidays": "近期公共假日",
    ", ": "、",
    "Business hours": "营业时间",
    "Currency format": "货币",
    "Clock": "时钟",
    "12-hour": "12 小时制",
    "24-hour": "24 小时制",
    "Main time zones": "主要时区",
    # -- quotation panel --
    "Cost (CNY/unit)": "成本（元/件）",
    "Domestic shipping (CNY/unit)": "国内运费（元/件）",
    "International shipping (CNY/unit)": "国际运费（元/件）",
    "Loss rate (%)": "损耗率（%）",
    "Platform commission (%)": "平台佣金（%）",
    "Payout fee (%)": "提现手续费（%）",
    "Profit margin (%)": "利润率（%）",
    "Store discount (%)": "店铺折扣（%）",
    "Exchange rate (1 %1 = ? CNY)": "汇率（1 %1 = ? 元）",
    "Cost": "成本",
    "Domestic shipping": "国内运费",
    "International shipping": "国际运费",
    "Loss rate": "损耗率",
    "Platform commission": "平台佣金",
    "Payout fee": "提现手续费",
    "Profit margin": "利润率",
    "Exchange rate": "汇率",
    "Store discount": "店铺折扣",
    "Selling price": "售价",
    "Minimum margin": "最低利润率",
    "%1: not a number": "%1：请输入数字",
    "%1: must be a finite number": "%1：必须是有限的数字",
    "%1: must not be negative": "%1：不能为负数",
    "%1: must be greater than 0": "%1：必须大于 0",
    "%1: must be below 100%": "%1：必须小于 100%",
    "Commission + payout fee + margin must be below 100% (now %2%)": (
        "平台佣金 + 提现手续费 + 利润率必须小于 100%（现在是 %2%）"
    ),
    "%1: too low to cover commission and payout fee": "%1：低于平台佣金和手续费所需，无法计算",
    "Currency: unknown currency code %2": "币种：无法识别的货币代码 %2",
    "Margin above 70%: check it is intended": "利润率超过 70%，请确认是否有误",
    "Commission + payout fee above 30%: check the rates": "佣金与手续费合计超过 30%，请核对费率",
    "%1: must be from 0 to below 100%, and below 100% with the fees": (
        "%1：必须在 0 到 100% 之间，且加上费率小于 100%"
    ),
    "Shipping cost": "运费",
    "Loss": "损耗",
    "Commission": "佣金",
    "Fee": "手续费",
    "Profit": "利润",
    "%1 CNY": "%1 元",
    "Selling price %1": "售价 %1",
    "List price %1": "划线价 %1",
    "Floor (break-even) %1": "底价（保本）%1",
    "Margin %1%": "利润率 %1%",
    "Markup %1%": "加价率 %1%",
    "Landed cost %1 CNY": "落地成本 %1 元",
    "above the floor, no loss": "高于底价，不亏本",
    "below the floor, at a loss": "低于底价，会亏本",
    "Margin at this price: %1% (%2). At the minimum margin of %3%, the lowest price"
    " is %4, a discount of at most %5%. Suggested reply: %6": (
        "此价利润率 %1%（%2）。按最低利润率 %3% ，最低可卖 %4，最多可让 %5%。建议回复：%6"
    ),
    # -- window and phrasebook --
    "Situations": "相关情境",
    "Practise this": "练一练",
    "Handbook": "学习",
    "Practice": "练习",
    "Start": "开始",
    "Practise my weak spots": "练我的薄弱项",
    "Next": "下一题",
    "Which situation?": "这是哪种情境？",
    "Which reply breaks a rule?": "哪条回复违规？",
    "Match the greeting": "称呼要对应",
    "English to Chinese": "英译中卡片",
    "Which country?": "哪个国家？",
    "Right!": "答对了！",
    "Not quite: the answer is marked green.": "不对哦，正确答案已标成绿色。",
    "Session done: %1 of %2 right.": "本轮结束：%2 题答对 %1 题。",
    "Which of these replies breaks a platform rule?": "下面哪条回复违反了平台规则？",
    "Which rule does this break? %1": "这句话违反了哪条规则？%1",
    "The buyer wrote: %1  Which opening matches?": "买家这样开头：%1  你该怎么称呼？",
    "Which country's buyers are greeted like this? %1": "这是哪个国家买家的问候语？%1",
    "Pick a quiz and press Start: ten questions.": "选择一种练习，点“开始”：每轮十题。",
    "Streak: %1 days. Weak spots: %2": "连续练习 %1 天，薄弱情境 %2 个",
    "Copy anyway?": "仍然复制？",
    "This reply breaks a platform rule:": "这条回复违反了平台规则：",
    "Not copied: fix the reply first": "未复制：请先修改回复",
    "Paste or write a reply here: what the platforms punish is underlined, with the reason "
    "and a fix.": "在这里粘贴或撰写回复：平台会处罚的内容会标出下划线，并给出原因和修改建议。",
    "Nothing to check yet.": "还没有可检查的内容。",
    "No problem found for your platform.": "未发现违反你所在平台规则的内容。",
    "%1 problems, %2 of them punished by the platform.": "发现 %1 处问题，其中 %2 处会被平台处罚。",
    "Fix": "修改",
    "Punished:": "违规：",
    "Check:": "注意：",
    "Replace with: %1": "替换为：%1",
    "Check a draft": "检查草稿",
    "%1 (offices closed)": "%1（政府机构放假）",
    "(offices closed, most buyers work)": "（政府机构放假，多数买家照常上班）",
    "same time as Beijing": "与北京同时",
    "%1 (UTC%2, %3, %4)": "%1（UTC%2，%3，%4）",
    "%1 h behind Beijing": "比北京晚 %1 小时",
    "%1 h ahead of Beijing": "比北京早 %1 小时",
    "clocks change": "有夏令时",
    "no clock change": "无夏令时",
    "Your own closure: %1, %2 to %3. Tell buyers before it starts.": (
        "你自己的假期：%1，%2至%3。请在放假前告知买家。"
    ),
    "Added to favourites": "已收藏",
    "Removed from favourites": "已取消收藏",
    "The library was recovered": "资料库已恢复",
    "its first bytes are not a database's": "文件开头不是数据库格式",
    "it is cut short": "文件被截断了",
    "some of its pages are broken": "部分数据页已损坏",
    "it is empty although it held data": "原本有数据，现在却是空文件",
    "The library file could not be read (%1) and was moved to %2. No sound backup was found: "
    "a fresh library with the built-in replies was created.": (
        "资料库文件无法读取（%1），已移到 %2。没有找到完好的备份：已新建一个含内置回复的资料库。"
    ),
    "The library file could not be read (%1) and was moved to %2. The backup of %3 was "
    "restored.": "资料库文件无法读取（%1），已移到 %2。已恢复 %3 的备份。",
    "The backup you chose was restored; the file it replaced was kept.": (
        "已恢复你选择的备份；被替换的文件已保留。"
    ),
    "Backups": "备份",
    "Import replies": "导入回复",
    "Update team packs": "更新团队包",
    "Team packs: %1 merged, %2 could not be read": "团队包：已合并 %1 个，%2 个无法读取",
    "Import replies…": "导入回复…",
    "Reply packs (*.csv *.json)": "回复包 (*.csv *.json)",
    "Keep both (the file's reply gets a new id)": "两个都保留（文件里的回复用新编号）",
    "Skip the file's reply": "跳过文件里的回复",
    "Overwrite mine (never a built-in I edited)": "覆盖我的（我改过的内置回复除外）",
    "File: %1": "文件：%1",
    "When a reply's id is taken by a different reply:": "编号已被另一条回复占用时：",
    "Import": "导入",
    "Nothing can be imported: %1": "无法导入：%1",
    "%1 new, %2 already here, %3 conflicting, %4 to overwrite, %5 skipped.": (
        "新增 %1 条，已有 %2 条，冲突 %3 条，将覆盖 %4 条，跳过 %5 条。"
    ),
    "Nothing was imported: %1": "未导入任何回复：%1",
    "Imported %1 replies": "已导入 %1 条回复",
    "by hand": "手动",
    "at start": "启动时",
    "before an import": "导入前",
    "before an upgrade": "升级前",
    "Back up now": "立即备份",
    "Restore the selected backup…": "恢复选中的备份…",
    "Open data folder": "打开数据文件夹",
    "This library is kept in memory: nothing to back up.": "这个资料库只在内存中：无需备份。",
    "%1 — %2 backups, %3 pass their check.": "%1 — 共 %2 个备份，%3 个检查通过。",
    "Made (UTC)": "时间（UTC）",
    "Why": "原因",
    "Check": "检查",
    "ok": "完好",
    "fails": "未通过",
    "Backed up: %1": "已备份：%1",
    "Not backed up": "未能备份",
    "The backup will be restored when BorderDesk next starts": "下次启动时将恢复这个备份",
    "Select a backup first": "请先选择一个备份",
    "Restore this backup?": "恢复这个备份？",
    "%1 will replace the library when BorderDesk next starts. The current file is kept beside "
    "it, nothing is deleted.": (
        "下次启动时，%1 将替换当前资料库。当前文件会保留在旁边，不会删除任何东西。"
    ),
    # -- weekly report --
    "Weekly report": "周报",
    "Log an inquiry": "记一笔",
    "Log an inquiry when I copy a reply (weekly report)": "复制回复时自动记一笔（用于周报）",
    "Correct the last entry": "修改上一条",
    "Delete entry": "删除这条",
    "Your own words, e.g. colour differs from photo, passed to purchasing": (
        "写你自己的话，例如：颜色色差，转采购"
    ),
    "Never the buyer's message or name.": "不要写买家的原话或姓名。",
    "Department": "部门",
    "Note": "备注",
    "Previous week": "上一周",
    "Next week": "下一周",
    "This week": "本周",
    "Last week": "上周",
    "Change": "变化",
    "Export:": "导出：",
    "Add colleagues' reports…": "合并同事周报…",
    "Only my log": "只看我的",
    "No inquiries logged this week. Copying a reply logs one; Ctrl+G logs one by hand.": (
        "本周还没有记录。复制回复会自动记一笔；按 Ctrl+G 可手动记一笔。"
    ),
    "%1 inquiries this week, %2 the week before (%3)": "本周 %1 条咨询，上周 %2 条（%3）",
    "%1 agents": "%1 位客服",
    "Departments:": "部门：",
    "Rising:": "增长最快：",
    "Countries:": "买家国家：",
    "Nothing logged yet": "还没有任何记录",
    "Inquiry logged": "已记一笔",
    "Entry deleted": "已删除这条记录",
    "Entry corrected": "已修改这条记录",
    "Not logged": "未记录",
    "Not exported": "未导出",
    "Exported %1": "已导出 %1",
    "Export the report": "导出周报",
    "Not added": "未合并",
    "These reports are of another week: %1": "这些周报不是同一周的：%1",
    "Colleagues' reports": "同事的周报",
    "Reports (*.json)": "周报 (*.json)",
    "No inquiries this week": "本周没有咨询记录",
    "Weekly pre-sales report": "售前周报",
    "Agents": "客服人数",
    "Inquiries this week": "本周咨询",
    "previous week": "上周",
    "Rising fastest": "增长最快",
    "Buyer countries": "买家国家",
    "Each department's list and notes": "各部门清单与备注",
    "By stage": "按阶段",
    "By stage:": "按阶段：",
    "Scenarios": "各情境",
}


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        zh = ZH.get(source)
        if zh is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            form = ET.SubElement(translation, "numerusform")
            form.text = zh
        else:
            translation.text = zh
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True
    )
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
