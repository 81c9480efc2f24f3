<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../desktop/ui/failures.py" line="23" />
        <source>The library is in use by another program. Try again in a moment.</source>
        <translation>词库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/failures.py" line="24" />
        <source>The library file cannot be written: it or its folder is read-only.</source>
        <translation>词库文件无法写入：文件或所在文件夹为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/failures.py" line="25" />
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满，请清理空间后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/failures.py" line="26" />
        <source>The file is not a BorderDesk library.</source>
        <translation>该文件不是 BorderDesk 词库。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/failures.py" line="29" />
        <source>Something went wrong inside BorderDesk; the details are in the log: %1</source>
        <translation>BorderDesk 内部出错，详情已记入日志：%1</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop/ui/report_chart.py" line="34" />
        <location filename="../../desktop/ui/report_pdf.py" line="76" />
        <source>No inquiries this week</source>
        <translation>本周没有咨询记录</translation>
    </message>
</context>
<context>
    <name>BuyerPanel</name>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="135" />
        <source>Copy greeting</source>
        <translation>复制问候语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="136" />
        <source>Copy closing</source>
        <translation>复制结束语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="139" />
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="245" />
        <source>Holiday: %1</source>
        <translation>节假日：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="247" />
        <source>%1 (offices closed)</source>
        <translation>%1（政府机构放假）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="253" />
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="254" />
        <source>After hours</source>
        <translation>已下班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="255" />
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="256" />
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="257" />
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="264" />
        <source>Same time as Beijing</source>
        <translation>与北京同时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="265" />
        <source>%1 h behind</source>
        <translation>晚 %1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="265" />
        <source>%1 h ahead</source>
        <translation>早 %1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="269" />
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="269" />
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="275" />
        <source>From %1, %2 is %3 h behind Beijing</source>
        <translation>%1起%2与北京时差变为%3小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="277" />
        <source>From %1, %2 is %3 h ahead of Beijing</source>
        <translation>%1起%2与北京时差变为%3小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="279" />
        <source>From %1, %2 is on Beijing time</source>
        <translation>%1起%2与北京时差变为0小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="288" />
        <source>Your own closure: %1, %2 to %3. Tell buyers before it starts.</source>
        <translation>你自己的假期：%1，%2至%3。请在放假前告知买家。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="299" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="300" />
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="301" />
        <source>Gap</source>
        <translation>时差</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="302" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="303" />
        <source>Opens (Beijing)</source>
        <translation>上班时间（北京）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="313" />
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="333" />
        <source>Your day (Beijing 0-24) against %1's business hours; your shift is framed</source>
        <translation>你的一天（北京时间 0-24 点）对照%1的营业时间，方框是你的班次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="368" />
        <source>Copied ✓ %1</source>
        <translation>已复制 ✓ %1</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="45" />
        <source>same time as Beijing</source>
        <translation>与北京同时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="47" />
        <source>%1 h behind Beijing</source>
        <translation>比北京晚 %1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="47" />
        <source>%1 h ahead of Beijing</source>
        <translation>比北京早 %1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="49" />
        <source>clocks change</source>
        <translation>有夏令时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="49" />
        <source>no clock change</source>
        <translation>无夏令时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="51" />
        <source>%1 (UTC%2, %3, %4)</source>
        <comment>zone: city (offset, gap, clock changes)</comment>
        <translation>%1（UTC%2，%3，%4）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="61" />
        <source>Communication</source>
        <translation>沟通风格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="62" />
        <source>Taboos</source>
        <translation>禁忌</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="63" />
        <source>Colours and numbers</source>
        <translation>颜色与数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="64" />
        <source>What buyers value</source>
        <translation>买家看重</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="65" />
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="66" />
        <source>Shopping seasons</source>
        <translation>购物季</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="78" />
        <source>(offices closed, most buyers work)</source>
        <translation>（政府机构放假，多数买家照常上班）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="86" />
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="91" />
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="91" />
        <source>Closing</source>
        <translation>结尾</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="94" />
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="112" />
        <source>Upcoming shopping seasons</source>
        <translation>近期购物季</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="119" />
        <source>Upcoming public holidays</source>
        <translation>近期公共假日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="122" />
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="123" />
        <source>Business hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="124" />
        <source>Currency format</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="125" />
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="125" />
        <source>12-hour</source>
        <translation>12 小时制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="125" />
        <source>24-hour</source>
        <translation>24 小时制</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="129" />
        <source>Main time zones</source>
        <translation>主要时区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer_card.py" line="137" />
        <source>%1 (%2) %3 ~ %4</source>
        <comment>festival: Chinese name (English name) dates</comment>
        <translation>%1（%2）%3 ~ %4</translation>
    </message>
</context>
<context>
    <name>Copier</name>
    <message>
        <location filename="../../desktop/ui/copying.py" line="62" />
        <source>Copy anyway?</source>
        <extracomment>The fill-in form was filled and its reply copied.</extracomment>
        <translation>仍然复制？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/copying.py" line="64" />
        <source>This reply breaks a platform rule:</source>
        <translation>这条回复违反了平台规则：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/copying.py" line="110" />
        <source>Not copied: fix the reply first</source>
        <translation>未复制：请先修改回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/copying.py" line="124" />
        <source>Copied ✓ %1</source>
        <translation>已复制 ✓ %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/detail.py" line="54" />
        <source>Copy English</source>
        <translation>复制英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="56" />
        <source>Copy Chinese</source>
        <translation>复制中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="58" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="59" />
        <source>Duplicate as mine</source>
        <translation>复制为我的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="60" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="61" />
        <source>Restore original</source>
        <translation>恢复原文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="64" />
        <source>English (sent to the buyer)</source>
        <translation>英文（发给买家）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="65" />
        <source>Chinese (for you)</source>
        <translation>中文（供你参考）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="97" />
        <source>Select a reply to see it here.</source>
        <translation>选择一条回复，在这里查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="102" />
        <location filename="../../desktop/ui/detail.py" line="148" />
        <source>☆ Favourite</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="111" />
        <source>built-in, edited</source>
        <translation>内置（已修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="113" />
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="115" />
        <source>my reply</source>
        <translation>我的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="121" />
        <source>for %1 only</source>
        <translation>仅限%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/detail.py" line="136" />
        <source>copied %n times</source>
        <translation>
            <numerusform>已复制 %n 次</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="144" />
        <source>When buyers write</source>
        <translation>适用的买家消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="148" />
        <source>★ Unfavourite</source>
        <translation>★ 取消收藏</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <location filename="../../desktop/ui/draft_panel.py" line="23" />
        <source>Paste or write a reply here: what the platforms punish is underlined, with the reason and a fix.</source>
        <translation>在这里粘贴或撰写回复：平台会处罚的内容会标出下划线，并给出原因和修改建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_panel.py" line="44" />
        <source>Nothing to check yet.</source>
        <translation>还没有可检查的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_panel.py" line="46" />
        <source>No problem found for your platform.</source>
        <translation>未发现违反你所在平台规则的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_panel.py" line="50" />
        <source>%1 problems, %2 of them punished by the platform.</source>
        <translation>发现 %1 处问题，其中 %2 处会被平台处罚。</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../desktop/ui/editing.py" line="39" />
        <source>Undo delete (Ctrl+Z)</source>
        <extracomment>A write finished: the reply to show (None when it is gone).</extracomment>
        <translation>撤销删除（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="75" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="103" />
        <source>Copied into My replies</source>
        <translation>已复制到“我的回复”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="108" />
        <source>Original text restored</source>
        <translation>已恢复原文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="115" />
        <source>Added to favourites</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="115" />
        <source>Removed from favourites</source>
        <translation>已取消收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="132" />
        <source>Deleted “%1”</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editing.py" line="146" />
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>FillInForm</name>
    <message>
        <location filename="../../desktop/ui/fillin.py" line="61" />
        <source>Copy filled reply</source>
        <translation>复制填好的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillin.py" line="63" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillin.py" line="84" />
        <source>Fill in the blanks, then press Enter to copy</source>
        <translation>填写空白处，按回车复制</translation>
    </message>
</context>
<context>
    <name>FindingsBar</name>
    <message>
        <location filename="../../desktop/ui/compliance_view.py" line="174" />
        <source>Punished:</source>
        <translation>违规：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compliance_view.py" line="174" />
        <source>Check:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compliance_view.py" line="180" />
        <source>Fix</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compliance_view.py" line="181" />
        <source>Replace with: %1</source>
        <translation>替换为：%1</translation>
    </message>
</context>
<context>
    <name>HandbookPanel</name>
    <message>
        <location filename="../../desktop/ui/handbook_panel.py" line="61" />
        <source>Practise this</source>
        <translation>练一练</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/handbook_panel.py" line="61" />
        <source>Situations</source>
        <translation>相关情境</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="31" />
        <source>Import replies</source>
        <translation>导入回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="40" />
        <source>Keep both (the file's reply gets a new id)</source>
        <translation>两个都保留（文件里的回复用新编号）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="41" />
        <source>Skip the file's reply</source>
        <translation>跳过文件里的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="42" />
        <source>Overwrite mine (never a built-in I edited)</source>
        <translation>覆盖我的（我改过的内置回复除外）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="45" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="47" />
        <source>When a reply's id is taken by a different reply:</source>
        <translation>编号已被另一条回复占用时：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="58" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="80" />
        <source>Nothing can be imported: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="83" />
        <source>%1 new, %2 already here, %3 conflicting, %4 to overwrite, %5 skipped.</source>
        <translation>新增 %1 条，已有 %2 条，冲突 %3 条，将覆盖 %4 条，跳过 %5 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="105" />
        <source>Nothing was imported: %1</source>
        <translation>未导入任何回复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="110" />
        <source>Imported %1 replies</source>
        <translation>已导入 %1 条回复</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../desktop/ui/log_dialog.py" line="38" />
        <source>Correct the last entry</source>
        <translation>修改上一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_dialog.py" line="38" />
        <source>Log an inquiry</source>
        <translation>记一笔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_dialog.py" line="55" />
        <source>Your own words, e.g. colour differs from photo, passed to purchasing</source>
        <translation>写你自己的话，例如：颜色色差，转采购</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_dialog.py" line="57" />
        <source>Never the buyer's message or name.</source>
        <translation>不要写买家的原话或姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_dialog.py" line="60" />
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_dialog.py" line="61" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_dialog.py" line="62" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/log_dialog.py" line="70" />
        <source>Delete entry</source>
        <translation>删除这条</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <location filename="../../desktop/ui/toolbar.py" line="20" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/toolbar.py" line="25" />
        <source>Search in Chinese, English or pinyin (Ctrl+F)</source>
        <translation>搜索回复：中文、英文或拼音（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/toolbar.py" line="32" />
        <source>Buyer's country: type its name or its code</source>
        <translation>买家国家：可输入中文名、英文名或国家代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/toolbar.py" line="45" />
        <source>Your platform: replies that do not apply to it are hidden</source>
        <translation>你的平台：不适用于该平台的回复会被隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/toolbar.py" line="66" />
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="54" />
        <source>BorderDesk · cross-border replies</source>
        <translation>跨境客服助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57" />
        <source>New reply</source>
        <translation>新建回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>Compact</source>
        <translation>紧凑模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="117" />
        <source>On top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="118" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119" />
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="94" />
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="95" />
        <source>Buyer message</source>
        <translation>买家消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168" />
        <source>Paste a buyer message</source>
        <translation>粘贴买家消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <source>Move through the results</source>
        <translation>在结果中移动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170" />
        <source>Copy the selected reply (English)</source>
        <translation>复制选中的回复（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="173" />
        <source>Copy the Chinese translation</source>
        <translation>复制中文译文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178" />
        <source>Copy the n-th result</source>
        <translation>复制第 n 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179" />
        <source>Clear the search / close the fill-in form</source>
        <translation>清空搜索 / 关闭填空表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180" />
        <source>Next blank in the fill-in form</source>
        <translation>填空表单中的下一个空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181" />
        <source>Favourite or unfavourite</source>
        <translation>收藏或取消收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182" />
        <source>Edit the reply</source>
        <translation>编辑回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183" />
        <source>Undo the last delete</source>
        <translation>撤销上一次删除</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../desktop/ui/message_page.py" line="54" />
        <source>Paste the buyer's message here: suggestions appear for each question.</source>
        <extracomment>The agent accepted the offer to switch the buyer's country (ISO code).</extracomment>
        <translation>把买家的消息粘贴到这里，每个问题都会给出推荐回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_page.py" line="125" />
        <source>Buyer writes in %1</source>
        <translation>买家使用的语言：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_page.py" line="132" />
        <source>Switch buyer country to %1</source>
        <translation>把买家国家切换为%1</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/ui/panels.py" line="67" />
        <source>Buyer country</source>
        <extracomment>A panel open at start is built this long after the window is shown (it is painted first); its modules are imported on the background worker, then the GUI thread builds it. The translation context of the panels' titles. More window keys the panel serves: (keys, English title, method of the panel widget); they work with the panel closed and are listed in the F1 help.</extracomment>
        <translation>买家国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="73" />
        <source>Quotation</source>
        <translation>报价计算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="80" />
        <source>Check a draft</source>
        <translation>检查草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="86" />
        <source>Handbook</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="92" />
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="97" />
        <source>Log an inquiry</source>
        <translation>记一笔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="101" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="107" />
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="179" />
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="47" />
        <source>AliExpress</source>
        <translation>速卖通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="48" />
        <source>Amazon</source>
        <translation>亚马逊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="49" />
        <source>Shopee</source>
        <translation>Shopee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="50" />
        <source>Own store</source>
        <translation>独立站</translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="71" />
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="73" />
        <source>Practise my weak spots</source>
        <translation>练我的薄弱项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="80" />
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="112" />
        <source>Which situation?</source>
        <translation>这是哪种情境？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="113" />
        <source>Which reply breaks a rule?</source>
        <translation>哪条回复违规？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="114" />
        <source>Match the greeting</source>
        <translation>称呼要对应</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="115" />
        <source>English to Chinese</source>
        <translation>英译中卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="116" />
        <source>Which country?</source>
        <translation>哪个国家？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="158" />
        <source>Right!</source>
        <translation>答对了！</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="158" />
        <source>Not quite: the answer is marked green.</source>
        <translation>不对哦，正确答案已标成绿色。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="170" />
        <source>Session done: %1 of %2 right.</source>
        <translation>本轮结束：%2 题答对 %1 题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="189" />
        <source>Which rule does this break? %1</source>
        <translation>这句话违反了哪条规则？%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="191" />
        <source>Which of these replies breaks a platform rule?</source>
        <translation>下面哪条回复违反了平台规则？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="192" />
        <source>The buyer wrote: %1  Which opening matches?</source>
        <translation>买家这样开头：%1  你该怎么称呼？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="193" />
        <source>Which country's buyers are greeted like this? %1</source>
        <translation>这是哪个国家买家的问候语？%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="208" />
        <source>Pick a quiz and press Start: ten questions.</source>
        <translation>选择一种练习，点“开始”：每轮十题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/practice_panel.py" line="217" />
        <source>Streak: %1 days. Weak spots: %2</source>
        <translation>连续练习 %1 天，薄弱情境 %2 个</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="111" />
        <source>Reverse: from a price to the margin</source>
        <translation>反算：由售价算利润率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="115" />
        <source>Charm price (.99)</source>
        <translation>尾数定价（.99）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="138" />
        <source>buyer's counter-offer</source>
        <translation>买家还价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="143" />
        <source>Open the suggested reply</source>
        <translation>打开建议的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="157" />
        <source>Price adjusted</source>
        <translation>已改价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="158" />
        <source>Quantity discount</source>
        <translation>多买优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="159" />
        <source>Bulk quote</source>
        <translation>批量报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="162" />
        <source>Quote into a reply</source>
        <translation>把报价填入回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="144" />
        <source>Bargaining</source>
        <translation>议价助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="146" />
        <source>Counter-offer</source>
        <translation>买家还价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="148" />
        <source>Minimum margin (%)</source>
        <translation>最低利润率（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="271" />
        <source>Type the buyer's counter-offer to check it.</source>
        <translation>输入买家的还价，检查是否可以接受。</translation>
    </message>
</context>
<context>
    <name>QuotePresets</name>
    <message>
        <location filename="../../desktop/ui/quote_presets.py" line="63" />
        <source>product preset</source>
        <extracomment>The stored rate for the current currency arrived (or there is none): recalculate.</extracomment>
        <translation>商品预设</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_presets.py" line="64" />
        <source>Save product</source>
        <translation>保存商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_presets.py" line="65" />
        <source>Save fees for this platform</source>
        <translation>保存为该平台的默认费率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_presets.py" line="213" />
        <source>Type today's rate: it is kept with its date.</source>
        <translation>请输入今天的汇率，会连同日期一起保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_presets.py" line="216" />
        <source>Rate set %1 (%2 days ago)</source>
        <translation>汇率设置于 %1（%2 天前）</translation>
    </message>
</context>
<context>
    <name>QuoteWords</name>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="51" />
        <source>Cost (CNY/unit)</source>
        <extracomment>The parts of the selling price in the bar, with their colours.</extracomment>
        <translation>成本（元/件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="52" />
        <source>Domestic shipping (CNY/unit)</source>
        <translation>国内运费（元/件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="53" />
        <source>International shipping (CNY/unit)</source>
        <translation>国际运费（元/件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="54" />
        <source>Loss rate (%)</source>
        <translation>损耗率（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="55" />
        <source>Platform commission (%)</source>
        <translation>平台佣金（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="56" />
        <source>Payout fee (%)</source>
        <translation>提现手续费（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="57" />
        <source>Profit margin (%)</source>
        <translation>利润率（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="58" />
        <source>Store discount (%)</source>
        <translation>店铺折扣（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="63" />
        <source>Exchange rate (1 %1 = ? CNY)</source>
        <translation>汇率（1 %1 = ? 元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="68" />
        <location filename="../../desktop/ui/quote_widgets.py" line="109" />
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="69" />
        <source>Domestic shipping</source>
        <translation>国内运费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="70" />
        <source>International shipping</source>
        <translation>国际运费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="71" />
        <source>Loss rate</source>
        <translation>损耗率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="72" />
        <source>Platform commission</source>
        <translation>平台佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="73" />
        <source>Payout fee</source>
        <translation>提现手续费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="74" />
        <source>Profit margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="75" />
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="76" />
        <source>Store discount</source>
        <translation>店铺折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="77" />
        <source>Selling price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="94" />
        <source>Currency: unknown currency code %2</source>
        <translation>币种：无法识别的货币代码 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="78" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="79" />
        <source>Counter-offer</source>
        <translation>买家还价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="80" />
        <source>Minimum margin</source>
        <translation>最低利润率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="87" />
        <source>%1: not a number</source>
        <translation>%1：请输入数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="88" />
        <source>%1: must be a finite number</source>
        <translation>%1：必须是有限的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="89" />
        <source>%1: must not be negative</source>
        <translation>%1：不能为负数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="90" />
        <source>%1: must be greater than 0</source>
        <translation>%1：必须大于 0</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="91" />
        <source>%1: must be below 100%</source>
        <translation>%1：必须小于 100%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="92" />
        <source>Commission + payout fee + margin must be below 100% (now %2%)</source>
        <translation>平台佣金 + 提现手续费 + 利润率必须小于 100%（现在是 %2%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="93" />
        <source>%1: too low to cover commission and payout fee</source>
        <translation>%1：低于平台佣金和手续费所需，无法计算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="95" />
        <source>Margin above 70%: check it is intended</source>
        <translation>利润率超过 70%，请确认是否有误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="96" />
        <source>Commission + payout fee above 30%: check the rates</source>
        <translation>佣金与手续费合计超过 30%，请核对费率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="98" />
        <source>%1: must be from 0 to below 100%, and below 100% with the fees</source>
        <translation>%1：必须在 0 到 100% 之间，且加上费率小于 100%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="110" />
        <source>Shipping cost</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="111" />
        <source>Loss</source>
        <translation>损耗</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="112" />
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="113" />
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="114" />
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="124" />
        <source>%1 CNY</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="126" />
        <source>Selling price %1</source>
        <translation>售价 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="127" />
        <source>List price %1</source>
        <translation>划线价 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="128" />
        <source>Floor (break-even) %1</source>
        <translation>底价（保本）%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="129" />
        <source>Margin %1%</source>
        <translation>利润率 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="130" />
        <source>Markup %1%</source>
        <translation>加价率 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="131" />
        <source>Landed cost %1 CNY</source>
        <translation>落地成本 %1 元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="141" />
        <source>above the floor, no loss</source>
        <translation>高于底价，不亏本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="143" />
        <source>below the floor, at a loss</source>
        <translation>低于底价，会亏本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="146" />
        <source>Margin at this price: %1% (%2). At the minimum margin of %3%, the lowest price is %4, a discount of at most %5%. Suggested reply: %6</source>
        <translation>此价利润率 %1%（%2）。按最低利润率 %3% ，最低可卖 %4，最多可让 %5%。建议回复：%6</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="30" />
        <source>its first bytes are not a database's</source>
        <translation>文件开头不是数据库格式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="33" />
        <source>it is cut short</source>
        <translation>文件被截断了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="34" />
        <source>some of its pages are broken</source>
        <translation>部分数据页已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="35" />
        <source>it is empty although it held data</source>
        <translation>原本有数据，现在却是空文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="38" />
        <source>The backup you chose was restored; the file it replaced was kept.</source>
        <translation>已恢复你选择的备份；被替换的文件已保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="42" />
        <source>The library file could not be read (%1) and was moved to %2. No sound backup was found: a fresh library with the built-in replies was created.</source>
        <translation>资料库文件无法读取（%1），已移到 %2。没有找到完好的备份：已新建一个含内置回复的资料库。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="48" />
        <source>The library file could not be read (%1) and was moved to %2. The backup of %3 was restored.</source>
        <translation>资料库文件无法读取（%1），已移到 %2。已恢复 %3 的备份。</translation>
    </message>
</context>
<context>
    <name>ReplyDelegate</name>
    <message>
        <location filename="../../desktop/ui/delegates.py" line="37" />
        <source>Copy</source>
        <extracomment>The background behind search words in a row (the placeholder colour of the reply pane).</extracomment>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="41" />
        <source>Edit reply</source>
        <translation>编辑回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="41" />
        <source>New reply</source>
        <translation>新建回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="56" />
        <source>comma-separated, English or Chinese</source>
        <translation>用逗号分隔，中英文均可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="58" />
        <source>one buyer message per line</source>
        <translation>每行一条买家消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="64" />
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="68" />
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="69" />
        <source>Tone</source>
        <translation>语气</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="70" />
        <source>Title (English)</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="71" />
        <source>Title (Chinese)</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="76" />
        <source>English reply</source>
        <translation>英文回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="78" />
        <source>Chinese translation</source>
        <translation>中文译文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="80" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="81" />
        <source>Buyer messages</source>
        <translation>买家消息示例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="126" />
        <source>Please fix: %1</source>
        <translation>请修改：%1</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="59" />
        <source>Previous week</source>
        <extracomment>Scenarios in the chart.</extracomment>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="60" />
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="61" />
        <location filename="../../desktop/ui/report_panel.py" line="190" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="80" />
        <source>Log an inquiry</source>
        <translation>记一笔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="82" />
        <source>Correct the last entry</source>
        <translation>修改上一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="87" />
        <source>Add colleagues' reports…</source>
        <translation>合并同事周报…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="88" />
        <source>Only my log</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="118" />
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="172" />
        <source>No inquiries logged this week. Copying a reply logs one; Ctrl+G logs one by hand.</source>
        <translation>本周还没有记录。复制回复会自动记一笔；按 Ctrl+G 可手动记一笔。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="175" />
        <source>%1 inquiries this week, %2 the week before (%3)</source>
        <translation>本周 %1 条咨询，上周 %2 条（%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="179" />
        <source>%1 agents</source>
        <translation>%1 位客服</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="190" />
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="190" />
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="190" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="205" />
        <source>By stage:</source>
        <translation>按阶段：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="216" />
        <source>Rising:</source>
        <translation>增长最快：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="220" />
        <source>Countries:</source>
        <translation>买家国家：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="234" />
        <source>Inquiry logged</source>
        <translation>已记一笔</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="241" />
        <source>Nothing logged yet</source>
        <translation>还没有任何记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="248" />
        <source>Entry deleted</source>
        <translation>已删除这条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="251" />
        <source>Entry corrected</source>
        <translation>已修改这条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="261" />
        <source>Not logged</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="278" />
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="280" />
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="286" />
        <source>Export the report</source>
        <translation>导出周报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="301" />
        <location filename="../../desktop/ui/report_panel.py" line="307" />
        <source>Not added</source>
        <translation>未合并</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="308" />
        <source>These reports are of another week: %1</source>
        <translation>这些周报不是同一周的：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="320" />
        <source>Colleagues' reports</source>
        <translation>同事的周报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_panel.py" line="320" />
        <source>Reports (*.json)</source>
        <translation>周报 (*.json)</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="117" />
        <source>Weekly pre-sales report</source>
        <translation>售前周报</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="118" />
        <source>Agents</source>
        <translation>客服人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="119" />
        <source>Inquiries this week</source>
        <translation>本周咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="120" />
        <source>previous week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="121" />
        <source>Rising fastest</source>
        <translation>增长最快</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="122" />
        <source>Buyer countries</source>
        <translation>买家国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="123" />
        <source>Each department's list and notes</source>
        <translation>各部门清单与备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="124" />
        <source>By stage</source>
        <translation>按阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="125" />
        <source>Scenarios</source>
        <translation>各情境</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="126" />
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="127" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="128" />
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_pdf.py" line="129" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/ui/results.py" line="157" />
        <source>Closest situations:</source>
        <extracomment>What the list shows: ("view", key) or ("scenario", id) or ("stage", key) from the tree. The reply selected in the list changed (an Entry, or None).</extracomment>
        <translation>最接近的情形：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results.py" line="167" />
        <source>No reply holds any word of “%1”.
Try another word, English, Chinese or pinyin.</source>
        <translation>没有回复包含“%1”里的任何词。
换个词试试，中文、英文、拼音都可以。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results.py" line="171" />
        <source>No favourites yet.
Select a reply and press Ctrl+D to keep it here.</source>
        <translation>还没有收藏。
选中回复后按 Ctrl+D，就会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results.py" line="173" />
        <source>Nothing copied yet.
Replies you copy are listed here.</source>
        <translation>还没有复制过回复。
复制过的回复会列在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results.py" line="175" />
        <source>No replies of your own yet.
Press Ctrl+N to write one.</source>
        <translation>还没有自己的回复。
按 Ctrl+N 新建一条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results.py" line="176" />
        <source>No replies here yet.
Press Ctrl+N to write one.</source>
        <translation>这里还没有回复。
按 Ctrl+N 新建一条。</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="51" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="53" />
        <source>Restore the selected backup…</source>
        <translation>恢复选中的备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="54" />
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="55" />
        <source>Import replies…</source>
        <translation>导入回复…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="56" />
        <source>Update team packs</source>
        <translation>更新团队包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="87" />
        <source>This library is kept in memory: nothing to back up.</source>
        <translation>这个资料库只在内存中：无需备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="95" />
        <source>%1 — %2 backups, %3 pass their check.</source>
        <translation>%1 — 共 %2 个备份，%3 个检查通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="100" />
        <source>Made (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="100" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="100" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="104" />
        <source>ok</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="104" />
        <source>fails</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="114" />
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="115" />
        <source>at start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="116" />
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="117" />
        <source>before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="126" />
        <source>Backed up: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="130" />
        <source>Not backed up</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="147" />
        <source>The backup will be restored when BorderDesk next starts</source>
        <translation>下次启动时将恢复这个备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="153" />
        <source>Select a backup first</source>
        <translation>请先选择一个备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="157" />
        <source>Restore this backup?</source>
        <translation>恢复这个备份？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="159" />
        <source>%1 will replace the library when BorderDesk next starts. The current file is kept beside it, nothing is deleted.</source>
        <translation>下次启动时，%1 将替换当前资料库。当前文件会保留在旁边，不会删除任何东西。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="174" />
        <source>Import replies</source>
        <translation>导入回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/safety_panel.py" line="174" />
        <source>Reply packs (*.csv *.json)</source>
        <translation>回复包 (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="46" />
        <source>Team packs: %1 merged, %2 could not be read</source>
        <extracomment>Background work waits at start-up for a pause this long in the agent's keys, clicks, searches and copies (:class:`QuietStart`) ... ... or this long at most. Wait this long after the first paint before warming (the agent's first keys come first). Wait this long before reading the compliance rules (~0.2 s of CPU): the first view and the first search come first (read beside them, they took ~50 ms longer under the shared GIL); a check asked for sooner reads them itself, the fill-in preview's on the background worker.</extracomment>
        <translation>团队包：已合并 %1 个，%2 个无法读取</translation>
    </message>
</context>
<context>
    <name>ScenarioTree</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="74" />
        <source>All replies</source>
        <translation>全部回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="75" />
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="76" />
        <source>Recently used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="77" />
        <source>Most used</source>
        <translation>最常用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="78" />
        <source>My replies</source>
        <translation>我的回复</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="36" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="48" />
        <source>system default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="51" />
        <source>no preference</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="54" />
        <source>Keep the window on top</source>
        <translation>窗口始终置顶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="60" />
        <source>Show an icon in the system tray</source>
        <translation>在系统托盘显示图标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="63" />
        <source>Log an inquiry when I copy a reply (weekly report)</source>
        <translation>复制回复时自动记一笔（用于周报）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="67" />
        <source>Agent name {agent}</source>
        <translation>客服名字 {agent}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="68" />
        <source>Shop name {shop}</source>
        <translation>店铺名称 {shop}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="69" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="70" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="71" />
        <source>Reply font size</source>
        <translation>回复字号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="72" />
        <source>Preferred tone</source>
        <translation>首选语气</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="73" />
        <source>Countries on the clock</source>
        <translation>时钟显示的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="74" />
        <source>My shift (Beijing time)</source>
        <translation>我的班次（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="96" />
        <source>Unknown country code: %1</source>
        <translation>无法识别的国家代码：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="98" />
        <source>Shift: write it as 09:00-18:00</source>
        <translation>班次请写成 09:00-18:00 的格式</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="123" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="125" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="125" />
        <source>Action</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>TierTable</name>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="236" />
        <source>Quantity</source>
        <extracomment>Computes one tier: (international shipping, margin) as typed -&gt; a result. The agent edited a tier's shipping or margin.</extracomment>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="237" />
        <source>Int'l shipping / unit</source>
        <translation>国际运费/件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="238" />
        <source>Margin %</source>
        <translation>利润率 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="239" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_widgets.py" line="240" />
        <source>Total</source>
        <translation>总价</translation>
    </message>
</context>
<context>
    <name>Tones</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="57" />
        <source>formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="58" />
        <source>friendly</source>
        <translation>亲切</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="59" />
        <source>short</source>
        <translation>简短</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="184" />
        <source>The library was recovered</source>
        <translation>资料库已恢复</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="157" />
        <source>Show BorderDesk</source>
        <translation>显示跨境客服助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="164" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>