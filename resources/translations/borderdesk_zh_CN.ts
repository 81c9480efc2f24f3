<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuyerPanel</name>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="134" />
        <source>Copy greeting</source>
        <translation>复制问候语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="135" />
        <source>Copy closing</source>
        <translation>复制结束语</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="138" />
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="230" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="231" />
        <source>Local time</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="232" />
        <source>Gap</source>
        <translation>时差</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="233" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="234" />
        <source>Opens (Beijing)</source>
        <translation>上班时间（北京）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="245" />
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/buyer.py" line="264" />
        <source>Your day (Beijing 0-24) against %1's business hours; your shift is framed</source>
        <translation>你的一天（北京时间 0-24 点）对照%1的营业时间，方框是你的班次</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/ui/detail.py" line="59" />
        <source>Copy English</source>
        <extracomment>How rich-text views mark placeholders (see core.placeholders.html_with_placeholders).</extracomment>
        <translation>复制英文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="61" />
        <source>Copy Chinese</source>
        <translation>复制中文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="63" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="64" />
        <source>Duplicate as mine</source>
        <translation>复制为我的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="65" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="66" />
        <source>Restore original</source>
        <translation>恢复原文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="69" />
        <source>English (sent to the buyer)</source>
        <translation>英文（发给买家）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="70" />
        <source>Chinese (for you)</source>
        <translation>中文（供你参考）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="102" />
        <source>Select a reply to see it here.</source>
        <translation>选择一条回复，在这里查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="107" />
        <location filename="../../desktop/ui/detail.py" line="156" />
        <source>☆ Favourite</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="116" />
        <source>built-in, edited</source>
        <translation>内置（已修改）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="118" />
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="120" />
        <source>my reply</source>
        <translation>我的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="123" />
        <source>formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="124" />
        <source>friendly</source>
        <translation>亲切</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="125" />
        <source>short</source>
        <translation>简短</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="131" />
        <source>for %1 only</source>
        <translation>仅限%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/detail.py" line="144" />
        <source>copied %n times</source>
        <translation>
            <numerusform>已复制 %n 次</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="152" />
        <source>When buyers write</source>
        <translation>适用的买家消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/detail.py" line="156" />
        <source>★ Unfavourite</source>
        <translation>★ 取消收藏</translation>
    </message>
</context>
<context>
    <name>FillInForm</name>
    <message>
        <location filename="../../desktop/ui/fillin.py" line="43" />
        <source>Copy filled reply</source>
        <translation>复制填好的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillin.py" line="45" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/fillin.py" line="65" />
        <source>Fill in the blanks, then press Enter to copy</source>
        <translation>填写空白处，按回车复制</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103" />
        <source>BorderDesk · cross-border replies</source>
        <extracomment>How long after start the suggestion model is built in the background. Every key the window answers, as the F1 help lists it: filled where keys are bound (actions, shortcuts, and keys the search box and fill-in form handle themselves).</extracomment>
        <translation>跨境客服助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135" />
        <source>Buyer's country: type a Chinese or English name or a code</source>
        <translation>买家国家：可输入中文名、英文名或国家代码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148" />
        <source>Your platform: replies that do not apply to it are hidden</source>
        <translation>你的平台：不适用于该平台的回复会被隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>New reply</source>
        <translation>新建回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154" />
        <source>Compact</source>
        <translation>紧凑模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155" />
        <source>On top</source>
        <translation>置顶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157" />
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159" />
        <location filename="../../desktop/ui/main_window.py" line="247" />
        <source>Buyer country</source>
        <translation>买家国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194" />
        <source>Paste the buyer's message here: suggestions appear for each question.</source>
        <translation>把买家的消息粘贴到这里，每个问题都会给出推荐回复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227" />
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228" />
        <source>Buyer message</source>
        <translation>买家消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="924" />
        <source>The library is in use by another program. Try again in a moment.</source>
        <translation>词库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="926" />
        <source>The library file cannot be written: it or its folder is read-only.</source>
        <translation>词库文件无法写入：文件或所在文件夹为只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="928" />
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满，请清理空间后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="929" />
        <source>The file is not a BorderDesk library.</source>
        <translation>该文件不是 BorderDesk 词库。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="932" />
        <source>Something went wrong inside BorderDesk; the details are in the log: %1</source>
        <translation>BorderDesk 内部出错，详情已记入日志：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161" />
        <location filename="../../desktop/ui/main_window.py" line="253" />
        <source>Quotation</source>
        <translation>报价计算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="273" />
        <source>Undo delete (Ctrl+Z)</source>
        <translation>撤销删除（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331" />
        <source>Paste a buyer message</source>
        <translation>粘贴买家消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334" />
        <source>Move through the results</source>
        <translation>在结果中移动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="335" />
        <source>Copy the selected reply (English)</source>
        <translation>复制选中的回复（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="339" />
        <source>Copy the Chinese translation</source>
        <translation>复制中文译文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="344" />
        <source>Copy the n-th result</source>
        <translation>复制第 n 条结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="347" />
        <source>Clear the search / close the fill-in form</source>
        <translation>清空搜索 / 关闭填空表单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348" />
        <source>Next blank in the fill-in form</source>
        <translation>填空表单中的下一个空</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350" />
        <source>Favourite or unfavourite</source>
        <translation>收藏或取消收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351" />
        <source>Edit the reply</source>
        <translation>编辑回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="352" />
        <source>Undo the last delete</source>
        <translation>撤销上一次删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="471" />
        <source>Buyer writes in %1</source>
        <translation>买家使用的语言：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="478" />
        <source>Switch buyer country to %1</source>
        <translation>把买家国家切换为%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="494" />
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="685" />
        <source>No favourites yet.
Select a reply and press Ctrl+D to keep it here.</source>
        <translation>还没有收藏。
选中回复后按 Ctrl+D，就会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="687" />
        <source>Nothing copied yet.
Replies you copy are listed here.</source>
        <translation>还没有复制过回复。
复制过的回复会列在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="689" />
        <source>No replies of your own yet.
Press Ctrl+N to write one.</source>
        <translation>还没有自己的回复。
按 Ctrl+N 新建一条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="690" />
        <source>No replies here yet.
Press Ctrl+N to write one.</source>
        <translation>这里还没有回复。
按 Ctrl+N 新建一条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328" />
        <location filename="../../desktop/ui/main_window.py" line="802" />
        <source>Copied ✓ %1</source>
        <translation>已复制 ✓ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="124" />
        <source>Search in Chinese, English or pinyin (Ctrl+F)</source>
        <translation>搜索回复：中文、英文或拼音（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="671" />
        <source>Closest situations:</source>
        <translation>最接近的情形：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="681" />
        <source>No reply holds any word of “%1”.
Try another word, English, Chinese or pinyin.</source>
        <translation>没有回复包含“%1”里的任何词。
换个词试试，中文、英文、拼音都可以。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="848" />
        <location filename="../../desktop/ui/main_window.py" line="860" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="869" />
        <source>Copied into My replies</source>
        <translation>已复制到“我的回复”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="878" />
        <source>Original text restored</source>
        <translation>已恢复原文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="890" />
        <source>Deleted “%1”</source>
        <translation>已删除“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="901" />
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="46" />
        <source>AliExpress</source>
        <translation>速卖通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="47" />
        <source>Amazon</source>
        <translation>亚马逊</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="48" />
        <source>Shopee</source>
        <translation>Shopee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="49" />
        <source>Own store</source>
        <translation>独立站</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="148" />
        <source>product preset</source>
        <translation>商品预设</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="149" />
        <source>Save product</source>
        <translation>保存商品</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="150" />
        <source>Save fees for this platform</source>
        <translation>保存为该平台的默认费率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="177" />
        <source>Reverse: from a price to the margin</source>
        <translation>反算：由售价算利润率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="181" />
        <source>Charm price (.99)</source>
        <translation>尾数定价（.99）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="203" />
        <source>buyer's counter-offer</source>
        <translation>买家还价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="208" />
        <source>Open the suggested reply</source>
        <translation>打开建议的回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="211" />
        <source>Price adjusted</source>
        <translation>已改价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="212" />
        <source>Quantity discount</source>
        <translation>多买优惠</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="213" />
        <source>Bulk quote</source>
        <translation>批量报价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="216" />
        <source>Quote into a reply</source>
        <translation>把报价填入回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="219" />
        <source>Bargaining</source>
        <translation>议价助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="221" />
        <source>Counter-offer</source>
        <translation>买家还价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="223" />
        <source>Minimum margin (%)</source>
        <translation>最低利润率（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="309" />
        <source>Type today's rate: it is kept with its date.</source>
        <translation>请输入今天的汇率，会连同日期一起保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="312" />
        <source>Rate set %1 (%2 days ago)</source>
        <translation>汇率设置于 %1（%2 天前）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="384" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="385" />
        <source>Int'l shipping / unit</source>
        <translation>国际运费/件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="386" />
        <source>Margin %</source>
        <translation>利润率 %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="387" />
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="388" />
        <source>Total</source>
        <translation>总价</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/quote_panel.py" line="429" />
        <source>Type the buyer's counter-offer to check it.</source>
        <translation>输入买家的还价，检查是否可以接受。</translation>
    </message>
</context>
<context>
    <name>ReplyDelegate</name>
    <message>
        <location filename="../../desktop/ui/delegates.py" line="35" />
        <source>Copy</source>
        <extracomment>The background behind search words in a row (the placeholder colour of the reply pane).</extracomment>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="35" />
        <source>Edit reply</source>
        <translation>编辑回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="35" />
        <source>New reply</source>
        <translation>新建回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="43" />
        <source>friendly</source>
        <translation>亲切</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="44" />
        <source>formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="45" />
        <source>short</source>
        <translation>简短</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="53" />
        <source>comma-separated, English or Chinese</source>
        <translation>用逗号分隔，中英文均可</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="55" />
        <source>one buyer message per line</source>
        <translation>每行一条买家消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="61" />
        <source>Placeholders: %1</source>
        <translation>可用占位符：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="65" />
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="66" />
        <source>Tone</source>
        <translation>语气</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="67" />
        <source>Title (English)</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="68" />
        <source>Title (Chinese)</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="69" />
        <source>English reply</source>
        <translation>英文回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="70" />
        <source>Chinese translation</source>
        <translation>中文译文</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="71" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="72" />
        <source>Buyer messages</source>
        <translation>买家消息示例</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="117" />
        <source>Please fix: %1</source>
        <translation>请修改：%1</translation>
    </message>
</context>
<context>
    <name>ScenarioTree</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="82" />
        <source>All replies</source>
        <translation>全部回复</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="83" />
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="84" />
        <source>Recently used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="85" />
        <source>Most used</source>
        <translation>最常用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="86" />
        <source>My replies</source>
        <translation>我的回复</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="34" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="46" />
        <source>system default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="50" />
        <source>no preference</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="51" />
        <source>formal</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="52" />
        <source>friendly</source>
        <translation>亲切</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="53" />
        <source>short</source>
        <translation>简短</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="57" />
        <source>Keep the window on top</source>
        <translation>窗口始终置顶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="63" />
        <source>Show an icon in the system tray</source>
        <translation>在系统托盘显示图标</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="66" />
        <source>Agent name {agent}</source>
        <translation>客服名字 {agent}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="67" />
        <source>Shop name {shop}</source>
        <translation>店铺名称 {shop}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="68" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="69" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="70" />
        <source>Reply font size</source>
        <translation>回复字号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="71" />
        <source>Preferred tone</source>
        <translation>首选语气</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="72" />
        <source>Countries on the clock</source>
        <translation>时钟显示的国家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="73" />
        <source>My shift (Beijing time)</source>
        <translation>我的班次（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="94" />
        <source>Unknown country code: %1</source>
        <translation>无法识别的国家代码：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="96" />
        <source>Shift: write it as 09:00-18:00</source>
        <translation>班次请写成 09:00-18:00 的格式</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="120" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="122" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="122" />
        <source>Action</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="90" />
        <source>Show BorderDesk</source>
        <translation>显示跨境客服助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="97" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
</TS>