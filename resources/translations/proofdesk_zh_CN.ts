<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddLineDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/linedialogs.py" line="70"/>
        <source>Add a line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/linedialogs.py" line="71"/>
        <source>Type the line the OCR lost. It goes after the current line.</source>
        <translation>输入 OCR 漏掉的一行，它将加在当前行之后。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/linedialogs.py" line="73"/>
        <source>Type the line the OCR lost (a headline, a word). It goes before the current line.</source>
        <translation>输入 OCR 漏掉的一行（标题、字词），它将加在当前行之前。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/app.py" line="83"/>
        <source>This library is already open in another Proofdesk window:
{0}

Use that window, or close it first.</source>
        <translation>这个文库已在另一个校对台窗口中打开：
{0}

请使用那个窗口，或先将其关闭。</translation>
    </message>
</context>
<context>
    <name>ArticlePanel</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/articleview.py" line="246"/>
        <source>Item {0} · {1} · lines {2}–{3}</source>
        <translation>第 {0} 条 · {1} · 第 {2}–{3} 行</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="590"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="590"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="590"/>
        <source>Before</source>
        <translation>替换前</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="590"/>
        <source>After</source>
        <translation>替换后</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="104"/>
        <source>Check before done</source>
        <translation>完成前检查</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="113"/>
        <source>These places on the page look wrong. Go to one, or mark the page done anyway.</source>
        <translation>版面上这些地方看起来有问题。可逐一转到查看，或仍然标为完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="116"/>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="117"/>
        <source>Mark done anyway</source>
        <translation>仍然标为完成</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="320"/>
        <source>{0} lines are in no item (lines {1})</source>
        <translation>{0} 行不属于任何条目（第 {1} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="321"/>
        <source>An article has no headline (line {1})</source>
        <translation>有文章没有标题（第 {1} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="322"/>
        <source>A byline or credit stands alone (lines {1})</source>
        <translation>署名或图片署名单独成条（第 {1} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="323"/>
        <source>A heading is at the edge of its item (line {1})</source>
        <translation>小标题位于条目的开头或末尾（第 {1} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="324"/>
        <source>{0} doubtful parser decisions not yet looked at (lines {1})</source>
        <translation>{0} 处解析存疑尚未查看（第 {1} 行）</translation>
    </message>
</context>
<context>
    <name>ClaimBanner</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/savebanner.py" line="96"/>
        <source>Ta&amp;ke over</source>
        <translation>接手编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/savebanner.py" line="98"/>
        <source>Edit the page here; the other window shows it read-only (after a crash: your own window).</source>
        <translation>在这里编辑此页；另一个窗口改为只读（程序崩溃后：即你自己原先的窗口）。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/savebanner.py" line="112"/>
        <source>{0} is editing this page. It is read-only here until they move on to another page.</source>
        <translation>{0} 正在编辑此页。在其转到其他页之前，此页在这里只读。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="63"/>
        <source>New item at line {0}</source>
        <translation>从第 {0} 行起新建条目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="75"/>
        <source>Merge with previous item</source>
        <translation>与上一条目合并</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="77"/>
        <source>Merge with next item</source>
        <translation>与下一条目合并</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="88"/>
        <source>Move {0} lines to a new item</source>
        <translation>把 {0} 行移到新条目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="90"/>
        <source>Move {0} lines to another item</source>
        <translation>把 {0} 行移到另一条目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="104"/>
        <source>Role: {0} ({1} lines)</source>
        <translation>角色：{0}（{1} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="118"/>
        <source>Join/break before line {0}</source>
        <translation>第 {0} 行前的相连/分段</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="132"/>
        <source>Join the word across the hyphen before line {0}</source>
        <translation>跨连字符接合第 {0} 行前的词</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="144"/>
        <source>Correct line {0}</source>
        <translation>校正第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="146"/>
        <source>Restore raw text of line {0}</source>
        <translation>恢复第 {0} 行原文</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="163"/>
        <source>Cut line {0} in two</source>
        <translation>把第 {0} 行切成两段</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="175"/>
        <source>Add a line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="187"/>
        <source>Remove the added line</source>
        <translation>删去添加的行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="189"/>
        <source>Put line {0} back together</source>
        <translation>把第 {0} 行合回原样</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="207"/>
        <source>Confirm the doubt at line {0}</source>
        <translation>确认第 {0} 行的存疑</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="209"/>
        <source>Confirm {0} doubts</source>
        <translation>确认 {0} 处存疑</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="218"/>
        <source>Kind: {0}</source>
        <translation>类型：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="243"/>
        <source>Page status: {0}</source>
        <translation>版面状态：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="256"/>
        <source>Re-parse page</source>
        <translation>重新解析版面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="270"/>
        <source>Restore version of {0}</source>
        <translation>恢复到 {0} 的版本</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/commands.py" line="282"/>
        <source>Replace “{0}” with “{1}” ({2} lines on {3} pages)</source>
        <translation>将“{0}”替换为“{1}”（{3} 个版面上的 {2} 行）</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="104"/>
        <source>This line already starts its item.</source>
        <translation>这一行已经是所在条目的第一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="109"/>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="129"/>
        <source>There is no item on that side.</source>
        <translation>那一侧没有条目。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="115"/>
        <source>These lines cannot be moved.</source>
        <translation>这些行无法移动。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="136"/>
        <source>Select lines first.</source>
        <translation>请先选择行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="143"/>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="145"/>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="152"/>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="154"/>
        <source>No line follows this one.</source>
        <translation>这一行之后没有行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="186"/>
        <source>A line is cut inside its text, not at its start or end.</source>
        <translation>只能在行内切分，不能切在行首或行尾。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="194"/>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="209"/>
        <source>A line cannot hold a line break.</source>
        <translation>一行之内不能有换行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="205"/>
        <source>Only an added line or a part of a cut line can be taken back.</source>
        <translation>只有添加的行或切出的段可以撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="220"/>
        <source>There is no doubt here.</source>
        <translation>这里没有存疑。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="225"/>
        <source>No item here.</source>
        <translation>这里没有条目。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="289"/>
        <source>The version of {0} cannot be rebuilt.</source>
        <translation>{0} 的版本无法重建。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="291"/>
        <source>The page is back as it was at {0}.</source>
        <translation>页面已恢复为 {0} 时的样子。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="293"/>
        <source>The page is already as it was at {0}.</source>
        <translation>页面已经是 {0} 时的样子。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="307"/>
        <source>The page changed during the re-parse; run it again.</source>
        <translation>重新解析期间版面已改动，请再运行一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="311"/>
        <source>Re-parsed; every editor decision was kept.</source>
        <translation>已重新解析；编者的所有改动均已保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="313"/>
        <source>Re-parsed; nothing changed.</source>
        <translation>已重新解析；没有变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="317"/>
        <source>The re-parse failed: {0}</source>
        <translation>重新解析失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/corrections.py" line="331"/>
        <source>No doubts left on this page.</source>
        <translation>本版面已没有存疑之处。</translation>
    </message>
</context>
<context>
    <name>CutLineDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/linedialogs.py" line="48"/>
        <source>Cut the line</source>
        <translation>切分本行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/linedialogs.py" line="50"/>
        <source>Put the cursor where the line is to be cut (arrow keys, Home, End) and press Enter. The part after the cursor becomes a line of its own that can take another role or item; the raw text is kept.</source>
        <translation>把光标移到要切分的位置（方向键、Home、End），按回车。光标之后的部分成为单独一行，可设不同的角色或条目；原文保持不变。</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/backups.py" line="69"/>
        <source>Daily backup made: {0}</source>
        <translation>已做每日备份：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/backups.py" line="76"/>
        <source>No backup was made: {0}</source>
        <translation>未能备份：{0}</translation>
    </message>
</context>
<context>
    <name>EditProblems</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="217"/>
        <source>Line {0} is blank or not on the page.</source>
        <translation>第 {0} 行是空行或不在本版面上。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="218"/>
        <source>There is no item {0} on this page.</source>
        <translation>本版面没有第 {0} 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="219"/>
        <source>Line {0} is ignored and belongs to no item.</source>
        <translation>第 {0} 行已忽略，不属于任何条目。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="222"/>
        <source>Line {0} already starts its item.</source>
        <translation>第 {0} 行已经是所在条目的第一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="223"/>
        <source>An item cannot be merged with itself.</source>
        <translation>条目不能与自身合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="224"/>
        <source>There is no item on that side.</source>
        <translation>那一侧没有条目。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="225"/>
        <source>Select the lines to move first.</source>
        <translation>请先选择要移动的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="226"/>
        <source>A corrected line cannot hold a line break.</source>
        <translation>改正后的行不能包含换行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="229"/>
        <source>None of these lines is a doubt.</source>
        <translation>这些行都没有存疑。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="199"/>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="230"/>
        <source>Type the text to find first.</source>
        <translation>请先输入要查找的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="231"/>
        <source>Open a page first.</source>
        <translation>请先打开一个版面。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="232"/>
        <source>Your edits do not fit the page as the other editor left it; drop them and edit again.</source>
        <translation>你的修改与另一位编辑改后的此页冲突；请放弃修改后重新编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="235"/>
        <source>Line {0} can only be cut inside its raw text, not at its start or end.</source>
        <translation>第 {0} 行只能在原文之内切分，不能切在行首或行尾。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="238"/>
        <source>Line {0} is a whole raw line: only an added line or a cut can be taken back.</source>
        <translation>第 {0} 行是完整的原始行：只有添加的行或切分可以撤回。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="296"/>
        <source>The target is a folder; choose a file.</source>
        <translation>目标是文件夹；请选择一个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="297"/>
        <source>The target is a file; a TXT or PAGE-XML export needs a folder.</source>
        <translation>目标是一个文件；TXT 或 PAGE-XML 导出需要一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="300"/>
        <source>The target folder holds other files; choose a new or empty folder.</source>
        <translation>目标文件夹中有其他文件；请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="303"/>
        <source>The target cannot be written: {0}</source>
        <translation>无法写入目标：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="306"/>
        <source>The target is the library itself, one of its files or another database; choose another file.</source>
        <translation>目标是文库本身、文库的附属文件或另一个数据库；请另选文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="309"/>
        <source>The library has no theme named {0}.</source>
        <translation>文库中没有名为 {0} 的主题。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="149"/>
        <source>Export corpus</source>
        <translation>导出语料</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="155"/>
        <source>JSONL (one item per line)</source>
        <translation>JSONL（每行一条）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="156"/>
        <source>CSV (one item per row)</source>
        <translation>CSV（每行一条）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="157"/>
        <source>TXT (a folder per page, a file per item)</source>
        <translation>TXT（每版一个文件夹，每条一个文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="158"/>
        <source>PAGE-XML (a folder, a file per page, with line boxes)</source>
        <translation>PAGE-XML（一个文件夹，每版一个文件，含行框）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="160"/>
        <source>All pages</source>
        <translation>全部版面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="162"/>
        <source>Only pages: {0}</source>
        <translation>仅限版面：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="164"/>
        <source>All items</source>
        <translation>全部条目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="166"/>
        <source>Only items with theme {0}</source>
        <translation>仅限主题为 {0} 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="168"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="178"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="179"/>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="180"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="181"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="183"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="203"/>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="205"/>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="214"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="215"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="237"/>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="254"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="239"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="242"/>
        <source>Exported {0} items from {1} pages to {2}.</source>
        <translation>已从 {1} 个版面导出 {0} 条到 {2}。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="261"/>
        <source>The export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="262"/>
        <source>Nothing was exported.</source>
        <translation>未导出任何内容。</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="200"/>
        <source>The text to find cannot hold a line break.</source>
        <translation>要查找的文字不能含有换行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="201"/>
        <source>This is not a regular expression ({0}).</source>
        <translation>这不是有效的正则表达式（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="202"/>
        <source>This regular expression matches an empty text, so it would match everywhere.</source>
        <translation>此正则表达式能匹配空文字，会处处匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="205"/>
        <source>The replacement names a group the regular expression does not have ({0}).</source>
        <translation>替换文字引用了正则表达式中没有的分组（{0}）。</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="194"/>
        <source>Find in library</source>
        <translation>在库中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="199"/>
        <source>Text to find (raw or corrected)</source>
        <translation>要查找的文字（原文或校正后）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="202"/>
        <source>Which pages to search</source>
        <translation>在哪些版面中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="203"/>
        <source>All pages</source>
        <translation>全部版面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="204"/>
        <source>This page</source>
        <translation>本版面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="207"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="209"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="211"/>
        <source>Stop searching; the lines found so far stay listed</source>
        <translation>停止查找；已找到的行仍列在下面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="217"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="218"/>
        <source>Whole word</source>
        <translation>整词</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="219"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="222"/>
        <source>Width, case and script as one</source>
        <translation>不分全半角、大小写和繁简</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="225"/>
        <source>Full-width and half-width forms, capitals and small letters, traditional and simplified characters are not told apart</source>
        <translation>全角与半角、大写与小写、繁体与简体视为相同</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="230"/>
        <source>Any role</source>
        <translation>任意角色</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="234"/>
        <source>Any theme</source>
        <translation>任意主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="236"/>
        <source>Corrected or not</source>
        <translation>已改正或未改正</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="237"/>
        <source>Corrected lines</source>
        <translation>已改正的行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="238"/>
        <source>Lines not corrected</source>
        <translation>未改正的行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="253"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="254"/>
        <source>&amp;Replace all…</source>
        <translation>全部替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="257"/>
        <source>Correct every line found, after a preview of each; the raw pages are kept. One undo step.</source>
        <translation>逐行预览后改正找到的每一行；原始版面保持不变。一步即可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="381"/>
        <source>Searching… {0} lines so far, up to page {1}</source>
        <translation>正在查找… 已找到 {0} 行，查到版面 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="393"/>
        <source>More than {0} lines; the first {0} are listed.</source>
        <translation>超过 {0} 行；仅列出前 {0} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="395"/>
        <source>{0} lines on {1} pages</source>
        <translation>{1} 个版面上的 {0} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="396"/>
        <source>No line holds this text.</source>
        <translation>没有一行包含这段文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="404"/>
        <source>Stopped after page {0}: {1} lines found so far.</source>
        <translation>已在版面 {0} 之后停止：共找到 {1} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="463"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="474"/>
        <source>Searching the library: page {0} of {1}</source>
        <translation>正在查找文库：版面 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="476"/>
        <source>Reading the pages found: {0} of {1}</source>
        <translation>正在读取找到的版面：{0} / {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="516"/>
        <source>Replace all was stopped; nothing was replaced.</source>
        <translation>已停止全部替换；未作任何替换。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="519"/>
        <source> {0} pages other editors have open were left as they are.</source>
        <translation> 其他编辑正在编辑的 {0} 页未作改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="521"/>
        <source>No line shows this text; nothing was replaced.</source>
        <translation>没有一行显示这段文字；未作任何替换。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="530"/>
        <source>Writing {0} pages…</source>
        <translation>正在写入 {0} 个版面…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="534"/>
        <source>Replaced on {0} lines of {1} pages. Undo (Ctrl+Z) takes it all back.</source>
        <translation>已在 {1} 个版面的 {0} 行中替换。撤销（Ctrl+Z）可全部还原。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="116"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="117"/>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="118"/>
        <source>Re-parsed</source>
        <translation>重新解析</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="119"/>
        <source>Page image</source>
        <translation>页面图像</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="120"/>
        <source>Themes renamed or merged</source>
        <translation>主题改名或合并</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="56"/>
        <source>History of {0}</source>
        <translation>{0} 的历史</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="66"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="66"/>
        <source>Editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="66"/>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="66"/>
        <source>Lines</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="66"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="76"/>
        <source>Every change of this page, newest first. Restoring a version is one step you can undo.</source>
        <translation>本页的每一次改动，最新的在前。恢复某个版本是一步操作，可以撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="83"/>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="105"/>
        <source>This is the page as it is now.</source>
        <translation>这是页面现在的样子。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/historydialog.py" line="107"/>
        <source>This version cannot be restored: a later change did not keep what it replaced.</source>
        <translation>此版本无法恢复：之后的某次改动没有保留它所替换的内容。</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="118"/>
        <source>{0}    (raw text: {1})</source>
        <translation>{0}    （原文：{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="129"/>
        <source>Raw text: {0}</source>
        <translation>原文：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="134"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="134"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="134"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="68"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="69"/>
        <source>{0} imported, {1} already in the library, {2} refused.</source>
        <translation>导入 {0} 个，{1} 个已在文库中，拒收 {2} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="73"/>
        <source>The import was stopped; the rest was not imported.</source>
        <translation>导入已停止；其余文件未导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="76"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="76"/>
        <source>Why it was not imported, or what to check</source>
        <translation>未导入的原因，或需检查之处</translation>
    </message>
</context>
<context>
    <name>ItemTags</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/controller.py" line="107"/>
        <source>Suggestions are unavailable.</source>
        <translation>暂无主题建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/controller.py" line="107"/>
        <source>Suggestions are loading…</source>
        <translation>正在准备主题建议…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/controller.py" line="122"/>
        <source>Theme suggestions are unavailable: {0}</source>
        <translation>无法提供主题建议：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/controller.py" line="133"/>
        <source>No suggestion {0} for this item.</source>
        <translation>这个条目没有第 {0} 条建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/controller.py" line="142"/>
        <source>There is no theme {0}. Add it under Themes → Manage themes first.</source>
        <translation>没有主题“{0}”。请先在“主题 → 管理主题”中添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/controller.py" line="146"/>
        <source>Theme: add {0}</source>
        <translation>主题：添加“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/controller.py" line="153"/>
        <source>Theme: remove {0}</source>
        <translation>主题：去掉“{0}”</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="127"/>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="128"/>
        <source>photo</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="129"/>
        <source>section label</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="130"/>
        <source>notice / ad</source>
        <translation>启事/广告</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarypanel.py" line="57"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarypanel.py" line="63"/>
        <source>Page name…</source>
        <translation>版面名称…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarypanel.py" line="99"/>
        <source>The library is empty.
Start with the sample pages, or import your own.</source>
        <translation>文库是空的。
可以先用示例版面，或导入自己的版面。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarypanel.py" line="102"/>
        <source>Load the sample pages</source>
        <translation>载入示例版面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarypanel.py" line="104"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarypanel.py" line="186"/>
        <source>{0} pages · {1} {2} · {3} {4} · {5} {6}</source>
        <translation>共 {0} 版 · {2} {1} · {4} {3} · {6} {5}</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="59"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="82"/>
        <source>Editor name</source>
        <translation>编辑者姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="83"/>
        <source>Your changes are recorded under this name (empty: the system user name):</source>
        <translation>您的改动以此姓名记录（留空：使用系统用户名）：</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="98"/>
        <source>An editor name is at most {0} characters, with no control characters.</source>
        <translation>编辑者姓名最多 {0} 个字符，且不能含控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="112"/>
        <source>Your changes are recorded as {0}.</source>
        <translation>您的改动将记录为 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="124"/>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="130"/>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="141"/>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="148"/>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="161"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="124"/>
        <source>Some edits are not saved yet: retry saving first.</source>
        <translation>还有改动未保存：请先重试保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="132"/>
        <source>A library on a server is backed up on the server (pg_dump); &apos;proofdesk copy&apos; copies it to a library file.</source>
        <translation>服务器上的文库由服务器备份（pg_dump）；“proofdesk copy”可把它复制为文库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="142"/>
        <source>This library has no backups yet (one is made each day).</source>
        <translation>这个文库还没有备份（每天做一份）。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="149"/>
        <source>Replace the library with the backup of:</source>
        <translation>用这一时间的备份替换文库：</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="165"/>
        <source>The library before it is kept as {0}.</source>
        <translation>恢复前的文库保存为 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="166"/>
        <source>Restored the backup of {0}.</source>
        <translation>已恢复 {0} 的备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="176"/>
        <source>Pages and OCR files (*.txt *.hocr *.html *.xml *.json);;All files (*)</source>
        <translation>版面与 OCR 文件 (*.txt *.hocr *.html *.xml *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="178"/>
        <source>Import page files</source>
        <translation>导入版面文件</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="186"/>
        <source>Import a folder of pages</source>
        <translation>导入版面文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="196"/>
        <source>An import is already running.</source>
        <translation>已有导入在进行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="214"/>
        <source>Importing {0}/{1} ({2} files/s, {3} left): {4}</source>
        <translation>正在导入 {0}/{1}（每秒 {2} 个文件，约剩 {3}）：{4}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="250"/>
        <source>{0} pages imported.</source>
        <translation>已导入 {0} 个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="259"/>
        <source>Import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="274"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarytasks.py" line="295"/>
        <source>Library overview</source>
        <translation>文库概况</translation>
    </message>
</context>
<context>
    <name>LineDelegate</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/pageview.py" line="319"/>
        <source>Enter or leaving the field keeps the correction, Esc cancels. The raw text is kept.</source>
        <translation>按回车或离开输入框即保存校正，按 Esc 取消。原文始终保留。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="153"/>
        <source>Marks: {0} paragraph break · {1} joined with next line · yellow: doubt · F1: all keys</source>
        <translation>标记：{0} 分段 · {1} 与下一行相连 · 黄底：存疑 · F1：全部快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="207"/>
        <source>Re-parsing…</source>
        <translation>正在重新解析…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="259"/>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="272"/>
        <source>Opening the library…</source>
        <translation>正在打开文库…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="294"/>
        <source>The database is not a Proofdesk library, or another program changed it. It was not changed.</source>
        <translation>这个数据库不是校对台文库，或已被其他程序改动。它没有被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="299"/>
        <source>Cannot open the library</source>
        <translation>无法打开文库</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="325"/>
        <source>Every page in the list is done.</source>
        <translation>列表中的版面都已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="332"/>
        <source>Page done</source>
        <translation>版面已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="333"/>
        <source>This page is marked done. Edit it and put it back in review?</source>
        <translation>此版面已标为完成。要修改并改回“校对中”吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="419"/>
        <source>Proofdesk</source>
        <translation>校对台</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="425"/>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="432"/>
        <source>All edits saved</source>
        <translation>所有改动已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="425"/>
        <source>Edits not saved yet</source>
        <translation>改动尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="432"/>
        <source>Still cannot write</source>
        <translation>仍然无法写入</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="442"/>
        <source>Nothing looks wrong on this page.</source>
        <translation>本版面没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="507"/>
        <source>Edits not saved</source>
        <translation>改动未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/mainwindow.py" line="509"/>
        <source>Some edits could not be written to the library. If you close now they are lost. Close anyway?</source>
        <translation>有些改动无法写入文库。现在关闭将会丢失这些改动。仍然关闭吗？</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="44"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="52"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="59"/>
        <source>&amp;Item</source>
        <translation>条目(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="63"/>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="98"/>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="109"/>
        <source>Kin&amp;d</source>
        <translation>类型(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="66"/>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="91"/>
        <source>Ro&amp;le</source>
        <translation>角色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="77"/>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="93"/>
        <source>Cut and add lines</source>
        <translation>切分与添加行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="114"/>
        <source>Mo&amp;ve lines to</source>
        <translation>把行移到(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="65"/>
        <source>&amp;Line</source>
        <translation>行(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="73"/>
        <source>&amp;Page</source>
        <translation>版面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="84"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/menus.py" line="123"/>
        <source>A new item</source>
        <translation>新条目</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/models.py" line="244"/>
        <source>Line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/models.py" line="249"/>
        <source>item {0}</source>
        <translation>第 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/models.py" line="253"/>
        <source>Added by the editor: not in the raw page</source>
        <translation>编者添加：原始版面中没有</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/models.py" line="255"/>
        <source>Raw text: {0}</source>
        <translation>原文：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/models.py" line="257"/>
        <source>Set by the editor</source>
        <translation>由编者设定</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/models.py" line="259"/>
        <source>Parser: {0}, sure {1:.0%}</source>
        <translation>解析器：{0}，把握 {1:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="141"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/models.py" line="313"/>
        <source>Lines {0}–{1}</source>
        <translation>第 {0}–{1} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarymodel.py" line="271"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarymodel.py" line="272"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarymodel.py" line="273"/>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarymodel.py" line="274"/>
        <source>Doubts</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarymodel.py" line="275"/>
        <source>Edited</source>
        <translation>已改</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarymodel.py" line="291"/>
        <source>{0} editing · {1}</source>
        <translation>{0} 编辑中 · {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarymodel.py" line="301"/>
        <source>{0}: {1} lines, {2} edited by hand</source>
        <translation>{0}：{1} 行，编者改过 {2} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/librarymodel.py" line="305"/>
        <source>{0} is editing this page.</source>
        <translation>{0} 正在编辑此页。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="282"/>
        <source>Imported; the image {0} it names is not beside it, so no image is attached.</source>
        <translation>已导入；文件所指的图像 {0} 不在旁边，未附加图像。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="285"/>
        <source>Imported; the image beside it cannot be read ({0}), so it is not attached.</source>
        <translation>已导入；旁边的图像无法读取（{0}），未附加。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="288"/>
        <source>Imported; {0} line boxes lie outside the page.</source>
        <translation>已导入；有 {0} 个行框超出版面。</translation>
    </message>
</context>
<context>
    <name>OutlineDelegate</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/articleview.py" line="87"/>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="157"/>
        <source>The library is locked by another program. Close it and retry.</source>
        <translation>文库被另一个程序锁定。请关闭该程序后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="160"/>
        <source>The disk is full. Free some space and retry.</source>
        <translation>磁盘已满。请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="161"/>
        <source>The library file or its folder is read-only.</source>
        <translation>文库文件或其所在文件夹是只读的。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="162"/>
        <source>The library file is damaged or is not a Proofdesk library. It was not changed: restore a backup from the backups folder beside it (proofdesk restore), or open another library.</source>
        <translation>文库文件已损坏，或不是校对台文库。文件未作任何改动：可从文库旁的 backups 文件夹恢复备份（proofdesk restore），或打开另一个文库。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="167"/>
        <source>The library was written by a newer Proofdesk. Update Proofdesk.</source>
        <translation>这个文库由更新版本的校对台写入。请更新校对台。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="170"/>
        <source>The library file cannot be opened.</source>
        <translation>无法打开文库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="171"/>
        <source>The library already has a page of that name.</source>
        <translation>文库中已有同名版面。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="172"/>
        <source>The library&apos;s server cannot be reached. Check its address and that it is running, then retry.</source>
        <translation>无法连接文库所在的服务器。请检查地址以及服务器是否在运行，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="175"/>
        <source>The server refused the user name or password, or the user may not use this library.</source>
        <translation>服务器拒绝了用户名或密码，或该用户无权使用这个文库。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="178"/>
        <source>Another editor has this page open; it is read-only here until they move on.</source>
        <translation>另一位编辑正在编辑此页；在其离开之前，此页在这里只读。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="181"/>
        <source>Another editor changed this page since it was opened here. Your edits are kept: apply them to their version, or drop them.</source>
        <translation>此页在这里打开后，另一位编辑修改了它。你的修改已保留：可将其应用到对方的版本上，或放弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="191"/>
        <source>{0} is editing this page; it is read-only here.</source>
        <translation>{0} 正在编辑此页；此页在这里只读。</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="248"/>
        <source> (line {0})</source>
        <translation>（第 {0} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="251"/>
        <source>No such file or folder.</source>
        <translation>文件或文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="255"/>
        <source>Cannot be read: {0}</source>
        <translation>无法读取：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="252"/>
        <source>The folder holds no page files (.txt, hOCR, ALTO, PAGE-XML, PaddleOCR JSON).</source>
        <translation>文件夹中没有版面文件（.txt、hOCR、ALTO、PAGE-XML、PaddleOCR JSON）。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="256"/>
        <source>Too large ({0:.1f} MB); text pages over {1} MB and OCR files over {2} MB are refused.</source>
        <translation>文件过大（{0:.1f} MB）；超过 {1} MB 的文本版面和超过 {2} MB 的 OCR 文件不予接收。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="259"/>
        <source>Empty, or only blank lines.</source>
        <translation>文件为空，或只有空行。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="260"/>
        <source>Binary data, not text</source>
        <translation>是二进制数据，不是文本</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="261"/>
        <source>Holds NUL bytes: binary data or UTF-16 without a byte-order mark</source>
        <translation>含有 NUL 字节：是二进制数据，或是没有字节序标记的 UTF-16</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="265"/>
        <source>Not text in UTF-8, GB18030/GBK or UTF-16</source>
        <translation>不是 UTF-8、GB18030/GBK 或 UTF-16 编码的文本</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="266"/>
        <source>The library has another page named {0} with other content.</source>
        <translation>文库中已有名为 {0} 但内容不同的版面。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="269"/>
        <source>Not a readable OCR file: {0}</source>
        <translation>无法读取的 OCR 文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="270"/>
        <source>Could not be parsed or stored: {0}</source>
        <translation>无法解析或存储：{0}</translation>
    </message>
</context>
<context>
    <name>ReplacePreview</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="617"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="621"/>
        <source>Replace “{0}” with “{1}” on {2} lines of {3} pages? The raw pages are kept.</source>
        <translation>在 {3} 个版面的 {2} 行中将“{0}”替换为“{1}”？原始版面保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="625"/>
        <source>{0} of these pages are done; they go back to review.</source>
        <translation>其中 {0} 个版面已完成；它们将回到校对中。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="637"/>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="638"/>
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/findpanel.py" line="643"/>
        <source>&amp;Replace ticked lines</source>
        <translation>替换勾选的行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RoleMarks</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="42"/>
        <source>K</source>
        <translation>引</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="43"/>
        <source>T</source>
        <translation>题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="44"/>
        <source>S</source>
        <translation>副</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="45"/>
        <source>B</source>
        <translation>署</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="46"/>
        <source>H</source>
        <translation>小</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="48"/>
        <source>N</source>
        <translation>注</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="49"/>
        <source>C</source>
        <translation>说</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="50"/>
        <source>Cr</source>
        <translation>摄</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="51"/>
        <source>Sec</source>
        <translation>栏</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="52"/>
        <source>Ad</source>
        <translation>告</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="53"/>
        <source>X</source>
        <translation>略</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="24"/>
        <source>kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="25"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="26"/>
        <source>subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="27"/>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="28"/>
        <source>heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="29"/>
        <source>body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="30"/>
        <source>author note</source>
        <translation>作者注</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="31"/>
        <source>caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="32"/>
        <source>photo credit</source>
        <translation>图片署名</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="33"/>
        <source>section label</source>
        <translation>栏目名</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="34"/>
        <source>notice / ad</source>
        <translation>启事/广告</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="35"/>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="60"/>
        <source>byline after its story</source>
        <translation>署名在正文之后</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="61"/>
        <source>byline with no story beside it</source>
        <translation>署名旁无正文</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="62"/>
        <source>byline before its story</source>
        <translation>署名在正文之前</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="63"/>
        <source>photo credit after a dated caption</source>
        <translation>日期说明后的摄影署名</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="64"/>
        <source>the story before already has a byline</source>
        <translation>前文已有署名</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="65"/>
        <source>byline under its headline</source>
        <translation>标题下的署名</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="66"/>
        <source>a colon or closing bracket ends a short line</source>
        <translation>短行以冒号或右括号结尾，段落到此为止</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="67"/>
        <source>a short line ends on a percentage</source>
        <translation>短行以百分数结尾，段落到此为止</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="68"/>
        <source>sentence runs on across a column cut</source>
        <translation>句子跨栏续接</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="69"/>
        <source>a column with no headline goes on the story whose words it shares</source>
        <translation>无标题的一栏接续与其用词相同的文章</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="72"/>
        <source>short line read as a headline</source>
        <translation>短行判为标题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="73"/>
        <source>a list item (一是, （一）) opens a paragraph</source>
        <translation>序号（一是、（一））开启新段</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="74"/>
        <source>lines of columns read row by row, across them</source>
        <translation>几栏文字被逐行横向交错读出</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="75"/>
        <source>headline placed by its words, away from its story</source>
        <translation>按用词归属的远处标题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="76"/>
        <source>headline under a photo&apos;s credit heads the story after it</source>
        <translation>图片署名下的标题属于其后的稿件</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="79"/>
        <source>first line of a paragraph</source>
        <translation>段首行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="80"/>
        <source>who attended: a paragraph of its own</source>
        <translation>出席人员一句自成一段</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="81"/>
        <source>full line, then a paragraph&apos;s last line</source>
        <translation>满行后接段末行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="82"/>
        <source>full line wraps on</source>
        <translation>满行折行续接</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="83"/>
        <source>heading inside the article</source>
        <translation>文中小标题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="84"/>
        <source>headline with no story beside it</source>
        <translation>标题旁无正文</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="85"/>
        <source>headline shares few words with its story</source>
        <translation>标题与正文用词重合少</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="86"/>
        <source>headline next to its only story</source>
        <translation>标题只邻接一篇正文</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="87"/>
        <source>headline goes where its words are</source>
        <translation>按用词重合归属标题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="88"/>
        <source>a story already had a headline</source>
        <translation>正文已有标题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="89"/>
        <source>unit signature names the story</source>
        <translation>单位署名指明归属</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="90"/>
        <source>two headlines split one text</source>
        <translation>两个标题拆分一段正文</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="91"/>
        <source>line-end hyphen kept</source>
        <translation>保留行尾连字符</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="92"/>
        <source>indented on the scan: a paragraph starts</source>
        <translation>扫描件上缩进：新段开始</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="93"/>
        <source>flush on the scan: the paragraph goes on</source>
        <translation>扫描件上顶格：本段接续</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="94"/>
        <source>the next line stands in another column</source>
        <translation>下一行在另一栏</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="95"/>
        <source>paragraph start whose indent OCR dropped</source>
        <translation>缩进丢失的段首</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="96"/>
        <source>notice or advert</source>
        <translation>广告或启事</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="97"/>
        <source>section label or page furniture</source>
        <translation>栏目或版面信息</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="98"/>
        <source>line cut in mid-sentence</source>
        <translation>句中断行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="99"/>
        <source>author note</source>
        <translation>作者注</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="100"/>
        <source>what OCR made of a photo, no words</source>
        <translation>OCR 从图片中读出的杂字，不是文字</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="101"/>
        <source>line ends on open punctuation</source>
        <translation>行尾为未完标点</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="102"/>
        <source>short line with an open sentence</source>
        <translation>句未完的短行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="103"/>
        <source>attribution after a quotation</source>
        <translation>引语后的说话人</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="104"/>
        <source>running text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="105"/>
        <source>sentence ends the line</source>
        <translation>句末换段</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="106"/>
        <source>sentence ends a short line</source>
        <translation>句末短行换段</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="107"/>
        <source>soft wrap</source>
        <translation>软折行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="108"/>
        <source>text split between two headlines</source>
        <translation>两标题之间拆分正文</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/savebanner.py" line="36"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/savebanner.py" line="38"/>
        <source>&amp;Apply my edits to their version</source>
        <translation>将我的修改应用到对方版本(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/savebanner.py" line="40"/>
        <source>Drop my edits</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/savebanner.py" line="62"/>
        <source>Your last edits could not be written to the library: {0} They are kept in this window and will be written with your next edit, or when you press Retry (Ctrl+S).</source>
        <translation>最近的改动无法写入文库：{0} 这些改动保留在本窗口中，会在下一次改动时或按“重试”（Ctrl+S）时写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/savebanner.py" line="73"/>
        <source>{0} changed this page since it was opened here (lines {1}). Your edits are kept: apply them to their version, or drop them.</source>
        <translation>此页在这里打开后，{0} 修改了它（第 {1} 行）。你的修改已保留：可将其应用到对方的版本上，或放弃。</translation>
    </message>
</context>
<context>
    <name>ScanPane</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/scanpane.py" line="50"/>
        <source>The page image {0} cannot be read (moved or damaged?).</source>
        <translation>无法读取扫描图 {0}（已移动或已损坏？）。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/scanpane.py" line="65"/>
        <location filename="../../desktop/proofdesk/gui/scanpane.py" line="76"/>
        <location filename="../../desktop/proofdesk/gui/scanpane.py" line="80"/>
        <source>Attach page image</source>
        <translation>附加扫描图</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/scanpane.py" line="67"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/scanpane.py" line="76"/>
        <source>{0} is not an image.</source>
        <translation>{0} 不是图像文件。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="276"/>
        <source>Keys and marks</source>
        <translation>快捷键与标记</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="278"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="278"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="295"/>
        <source>Marks on the raw page</source>
        <translation>原版面上的标记</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="300"/>
        <source>(no mark: body text)</source>
        <translation>（无标记：正文）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="303"/>
        <source>paragraph break after this line</source>
        <translation>本行之后分段</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="308"/>
        <source>soft wrap: joined with the next line</source>
        <translation>软换行：与下一行相连</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="313"/>
        <source>a word runs on into the next line: the hyphen goes</source>
        <translation>词语接续到下一行：去掉连字符</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="318"/>
        <source>the second part of line 12, cut in two</source>
        <translation>第 12 行切分后的第二段</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="322"/>
        <source>a line added by the editor</source>
        <translation>编者添加的行</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="327"/>
        <source>doubt: the parser was not sure</source>
        <translation>存疑：解析器没有把握</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="332"/>
        <source>corrected text (raw kept)</source>
        <translation>已校正的文字（原文保留）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="335"/>
        <source>Coloured band: the item a line belongs to</source>
        <translation>彩色竖条：该行所属的条目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/dialogs.py" line="337"/>
        <source>Enter also edits a line; Enter or leaving the field keeps the correction, Esc cancels.</source>
        <translation>回车也可编辑一行；按回车或离开输入框即保存校正，按 Esc 取消。</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="35"/>
        <source>Library overview</source>
        <translation>文库概况</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="39"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="40"/>
        <source>{0} pages: {1}</source>
        <translation>共 {0} 版：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="46"/>
        <source>Searches read every line: the server has no pg_trgm extension.</source>
        <translation>搜索会逐行读取：服务器没有 pg_trgm 扩展。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="48"/>
        <source>OCR text</source>
        <translation>OCR 文字</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="48"/>
        <source>Corrected to</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="48"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="49"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="51"/>
        <source>Most frequent corrections (candidates for a replace across the library)</source>
        <translation>最常见的改正（可在全文库中替换的候选）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="55"/>
        <source>Editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="55"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="55"/>
        <source>Pages done</source>
        <translation>完成版数</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="55"/>
        <source>Edits</source>
        <translation>修改次数</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="55"/>
        <source>Lines changed</source>
        <translation>改动行数</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="58"/>
        <source>Each editor&apos;s work by day (UTC)</source>
        <translation>各编者每日工作（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="69"/>
        <source>Parser accuracy: no page is done yet; it is measured on the done pages.</source>
        <translation>解析准确率：尚无已完成的版面；准确率以已完成的版面计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/statsdialog.py" line="73"/>
        <source>Parser accuracy on the done pages: {0} of {1} lines kept as parsed. Changed by editors: item {2}, role {3}, break {4}, text {5}.</source>
        <translation>已完成版面上的解析准确率：{1} 行中 {0} 保持解析结果。编者改动：条目 {2}，角色 {3}，断行 {4}，文字 {5}。</translation>
    </message>
</context>
<context>
    <name>Statuses</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="147"/>
        <source>new</source>
        <translation>未校</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="148"/>
        <source>in review</source>
        <translation>校对中</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/wording.py" line="149"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>TaxonomyDialog</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="53"/>
        <source>A theme needs a name.</source>
        <translation>主题需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="54"/>
        <source>There is already a theme {0}.</source>
        <translation>已有主题“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="55"/>
        <source>There is no theme {0}.</source>
        <translation>没有主题“{0}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="56"/>
        <source>The taxonomy file {0} cannot be read.</source>
        <translation>无法读取主题表文件 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="71"/>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="184"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="86"/>
        <source>Words or phrases that suggest the theme, separated by 、 or commas</source>
        <translation>提示这一主题的词语，用顿号或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="88"/>
        <source>Save description and keywords</source>
        <translation>保存说明和关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="91"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="92"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="93"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="94"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="97"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="98"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="99"/>
        <source>Merge into…</source>
        <translation>并入…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="100"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="111"/>
        <source>Renaming or merging a theme retags every item that carries it; deleting one removes it from every item. Edit → Undo takes any of these back, on every item, in one step.</source>
        <translation>主题改名或合并后，带有该主题的条目随之改标；删除主题会把它从所有条目上去掉。用“编辑 → 撤销”可一步撤回其中任何一项，所有条目一并恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="166"/>
        <source>{0} themes selected</source>
        <translation>已选 {0} 个主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="172"/>
        <source>{0} items carry it</source>
        <translation>{0} 个条目带有此主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="193"/>
        <source>Add the theme {0}</source>
        <translation>添加主题“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="200"/>
        <source>Rename the theme {0} to {1}</source>
        <translation>将主题“{0}”改名为“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="207"/>
        <source>Merge {0} into {1}</source>
        <translation>将“{0}”合并到“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="220"/>
        <source>Delete the theme {0}</source>
        <translation>删除主题“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="239"/>
        <source>Describe the theme {0}</source>
        <translation>修改主题“{0}”的说明和关键词</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="247"/>
        <source>{0}: carried by {1} items</source>
        <translation>{0}：{1} 个条目带有此主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="250"/>
        <source>Delete themes</source>
        <translation>删除主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="251"/>
        <source>Delete {0} from the taxonomy and from every item that carries it?</source>
        <translation>从主题表中删除“{0}”，并从带有它的所有条目上去掉？</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="258"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="265"/>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="296"/>
        <source>Merge themes</source>
        <translation>合并主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="266"/>
        <source>Merge {0} into {1}? {2} tags are moved to {1}; {0} are removed from the taxonomy.</source>
        <translation>把“{0}”并入“{1}”？{2} 个标注将改为“{1}”，“{0}”将从主题表中去掉。</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="272"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="276"/>
        <source>Add a theme</source>
        <translation>新增主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="276"/>
        <source>Name of the new theme:</source>
        <translation>新主题的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="285"/>
        <source>Rename theme</source>
        <translation>主题改名</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="285"/>
        <source>New name for {0}:</source>
        <translation>“{0}”的新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/dialog.py" line="296"/>
        <source>Merge {0} into:</source>
        <translation>把“{0}”并入：</translation>
    </message>
</context>
<context>
    <name>Teamwork</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/teamwork.py" line="81"/>
        <source>Your edits of {0} pages did not fit the other editor&apos;s and were dropped.</source>
        <translation>你在 {0} 页上的修改与另一位编辑的修改冲突，已放弃。</translation>
    </message>
</context>
<context>
    <name>ThemeChips</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/chips.py" line="42"/>
        <source>Its keywords are in the text: {0}</source>
        <translation>正文中有它的关键词：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/chips.py" line="44"/>
        <source>Confirmed on {0} similar items</source>
        <translation>{0} 个相似条目已确认此主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/chips.py" line="46"/>
        <source>Keywords in the text ({0}), confirmed on {1} similar items</source>
        <translation>正文中有关键词（{0}），{1} 个相似条目已确认此主题</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/chips.py" line="48"/>
        <source>One of the themes confirmed most often</source>
        <translation>最常确认的主题之一</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/chips.py" line="95"/>
        <source>Add a theme…</source>
        <translation>添加主题…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/chips.py" line="187"/>
        <location filename="../../desktop/proofdesk/gui/tagging/chips.py" line="188"/>
        <source>Remove the theme {0}</source>
        <translation>去掉主题“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/chips.py" line="206"/>
        <source>Accept with {0}</source>
        <translation>按 {0} 采纳</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/model.py" line="81"/>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
</context>
<context>
    <name>ThemeUi</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/ui.py" line="72"/>
        <source>Only pages with items of this theme; the outline shows only those items</source>
        <translation>只列出有此主题条目的版面；条目列表也只显示这些条目</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/ui.py" line="104"/>
        <source>Accept suggestion {0}</source>
        <translation>采纳第 {0} 条建议</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/ui.py" line="109"/>
        <source>Accept the first suggestion</source>
        <translation>采纳第一条建议</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/ui.py" line="114"/>
        <source>A&amp;dd a theme to the item…</source>
        <translation>为条目添加主题(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/ui.py" line="118"/>
        <source>Manage th&amp;emes…</source>
        <translation>管理主题(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/ui.py" line="124"/>
        <source>&amp;Themes</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/tagging/ui.py" line="143"/>
        <source>Select an article or photo first.</source>
        <translation>请先选择一篇文章或图片。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="85"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="86"/>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="88"/>
        <source>&amp;Export corpus…</source>
        <translation>导出语料(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="89"/>
        <source>&amp;Retry saving</source>
        <translation>重试保存(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="95"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="97"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="103"/>
        <source>Restore &amp;raw text</source>
        <translation>恢复原文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="87"/>
        <source>&amp;Load the sample pages</source>
        <translation>载入示例版面(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="90"/>
        <source>Restore a back&amp;up…</source>
        <translation>恢复备份(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="91"/>
        <source>E&amp;ditor name…</source>
        <translation>编辑者姓名(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="92"/>
        <source>Library &amp;overview…</source>
        <translation>文库概况(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="102"/>
        <source>C&amp;orrect line text</source>
        <translation>校正本行文字(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="104"/>
        <source>Find &amp;in page…</source>
        <translation>在本版面查找(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="105"/>
        <source>&amp;Find in library…</source>
        <translation>在库中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="107"/>
        <source>New &amp;item at this line</source>
        <translation>从本行起新建条目(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="108"/>
        <source>Merge with previo&amp;us item</source>
        <translation>与上一条目合并(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="109"/>
        <source>Merge with n&amp;ext item</source>
        <translation>与下一条目合并(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="110"/>
        <source>Move &amp;lines to…</source>
        <translation>把行移到(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="111"/>
        <source>Move lines to pre&amp;vious item</source>
        <translation>把行移到上一条目(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="112"/>
        <source>M&amp;ove lines to next item</source>
        <translation>把行移到下一条目(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="113"/>
        <source>Move lines to a ne&amp;w item</source>
        <translation>把行移到新条目(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="114"/>
        <source>Kin&amp;d…</source>
        <translation>类型(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="118"/>
        <source>To&amp;ggle join / paragraph break</source>
        <translation>切换 相连 / 分段(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="119"/>
        <source>Join the word across the hyph&amp;en</source>
        <translation>跨连字符接合词语(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="120"/>
        <source>C&amp;ut the line at…</source>
        <translation>切分本行(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="121"/>
        <source>A&amp;dd a line before…</source>
        <translation>在前面添加一行(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="122"/>
        <source>Add a line belo&amp;w…</source>
        <translation>在后面添加一行(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="123"/>
        <source>Remo&amp;ve the added line or the cut</source>
        <translation>撤回添加的行或切分(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="125"/>
        <source>N&amp;ext doubt</source>
        <translation>下一处存疑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="126"/>
        <source>Pre&amp;vious doubt</source>
        <translation>上一处存疑(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="127"/>
        <source>Con&amp;firm the doubt as it is</source>
        <translation>按原样确认存疑(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="128"/>
        <source>Check pa&amp;ge</source>
        <translation>检查版面(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="129"/>
        <source>Mark page &amp;done</source>
        <translation>标为完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="131"/>
        <source>&amp;Re-parse page</source>
        <translation>重新解析版面(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="132"/>
        <source>Page hist&amp;ory…</source>
        <translation>页面历史(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="133"/>
        <source>Next page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="134"/>
        <source>Previous page</source>
        <translation>上一版</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="135"/>
        <source>Sho&amp;w the scan</source>
        <translation>显示扫描图(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="140"/>
        <source>K&amp;eys and marks</source>
        <translation>快捷键与标记(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/proofdesk/gui/actions.py" line="138"/>
        <source>Attach page &amp;image…</source>
        <translation>附加扫描图(&amp;I)…</translation>
    </message>
</context>
</TS>
