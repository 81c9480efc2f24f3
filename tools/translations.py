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
    "Buyer's country: type a Chinese or English name or a code": (
        "买家国家：可输入中文名、英文名或国家代码"
    ),
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
