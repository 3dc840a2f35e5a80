<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name />
        <message>
            <source>import</source>
            <comment>（在回收站中）</comment>
            <translation>import</translation>
        </message>
        <message>
            <source>import</source>
            <comment>许可证 %1%2 已在库中：
%3

用导入的内容替换它，还是跳过？替换前的内容会记入历史记录。</comment>
            <translation>import</translation>
        </message>
        <message>
            <source>import</source>
            <comment>许可证已存在</comment>
            <translation>import</translation>
        </message>
        <message>
            <source>import</source>
            <comment>替换</comment>
            <translation>import</translation>
        </message>
        <message>
            <source>import</source>
            <comment>跳过</comment>
            <translation>import</translation>
        </message>
        <message>
            <source>import</source>
            <comment>对其余 %1 个重复的许可证执行相同操作</comment>
            <translation>import</translation>
        </message>
        <message>
            <source>status</source>
            <comment>90天内续期</comment>
            <translation>status</translation>
        </message>
        <message>
            <source>status</source>
            <comment>已过期</comment>
            <translation>status</translation>
        </message>
        <message>
            <source>status</source>
            <comment>有效期未知</comment>
            <translation>status</translation>
        </message>
        <message>
            <source>status</source>
            <comment>待续期</comment>
            <translation>status</translation>
        </message>
        <message>
            <source>status</source>
            <comment>未知</comment>
            <translation>status</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>关于 licdesk</source>
            <translation>About licdesk</translation>
        </message>
        <message>
            <source>增值电信业务经营许可证管理 — 离线桌面程序，资料仅保存在本机。</source>
            <translation>Value-added telecom license desk — an offline desktop program; your data stays on this computer.</translation>
        </message>
        <message>
            <source>字体
• AR PL UMing（文鼎PL细上海宋）— Arphic Public License
• 文泉驿微米黑 WenQuanYi Micro Hei — Apache License 2.0 或 GPL v3（附字体例外条款）
字体许可证全文随程序附在 resources/fonts/ 目录中。

界面基于 Qt %1（PySide6），依 LGPL v3 使用。</source>
            <translation>Fonts
• AR PL UMing — Arphic Public License
• WenQuanYi Micro Hei — Apache License 2.0 or GPL v3 (with font exception)
The full font licenses ship with the program in resources/fonts/.

The interface is built on Qt %1 (PySide6), used under the LGPL v3.</translation>
        </message>
    </context>
    <context>
        <name>AnnexModel</name>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>Content</translation>
        </message>
    </context>
    <context>
        <name>AnnexPane</name>
        <message>
            <source>附页：获准经营信息服务业务的网站</source>
            <translation>Annex: websites licensed for information services</translation>
        </message>
        <message>
            <source>此许可证没有附页网站信息。</source>
            <translation>This license has no annex websites.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>licdesk 每次启动时、升级数据库前、批量导入和恢复前都会自动备份数据库。自动备份只保留最近的若干份；手动备份不会被自动删除。</source>
            <translation>licdesk backs up the database automatically at every start, before upgrading it, and before batch imports and restores. Only the most recent automatic backups are kept; manual backups are never deleted automatically.</translation>
        </message>
        <message>
            <source> 份</source>
            <translation> copies</translation>
        </message>
        <message>
            <source>备份文件夹：</source>
            <translation>Backup folder:</translation>
        </message>
        <message>
            <source>保留自动备份：</source>
            <translation>Keep automatic backups:</translation>
        </message>
        <message>
            <source>最近一次备份：</source>
            <translation>Last backup:</translation>
        </message>
        <message>
            <source>立即备份</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>备份到其他位置…</source>
            <translation>Back up to another place…</translation>
        </message>
        <message>
            <source>还没有备份</source>
            <translation>No backup yet</translation>
        </message>
        <message>
            <source>备份到</source>
            <translation>Back up to</translation>
        </message>
        <message>
            <source>licdesk 数据库 (*.sqlite3)</source>
            <translation>licdesk database (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>BugDialog</name>
        <message>
            <source>licdesk 出现了程序错误</source>
            <translation>licdesk met a program error</translation>
        </message>
        <message>
            <source>licdesk 遇到了一个程序错误，刚才的操作没有完成。已保存的许可证不受影响。
请点击“复制详情”，把下面的内容发给技术支持人员。</source>
            <translation>licdesk met a program error and the last action was not completed. Saved licenses are not affected.
Click "Copy details" and send the text below to your support contact.</translation>
        </message>
        <message>
            <source>复制详情</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>CertificatePane</name>
        <message>
            <source>业务种类（服务项目）及覆盖范围：</source>
            <translation>Business types (services) and coverage:</translation>
        </message>
        <message>
            <source>中华人民共和国</source>
            <translation>People's Republic of China</translation>
        </message>
        <message>
            <source>经营许可证编号：</source>
            <translation>License number:</translation>
        </message>
        <message>
            <source>已于 %1 过期</source>
            <translation>Expired on %1</translation>
        </message>
        <message>
            <source>⚠ 续期申请应在 %1 前提交</source>
            <translation>⚠ Apply for renewal before %1</translation>
        </message>
        <message>
            <source>核对提示（%1 处）：</source>
            <translation>Points to check (%1):</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>检查数据库</source>
            <translation>Check database</translation>
        </message>
        <message>
            <source>重建搜索索引</source>
            <translation>Rebuild search index</translation>
        </message>
        <message>
            <source>复制报告</source>
            <translation>Copy report</translation>
        </message>
        <message>
            <source>重新检查</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>正在检查数据库……</source>
            <translation>Checking the database…</translation>
        </message>
        <message>
            <source>已检查 %v / %m 份许可证</source>
            <translation>Checked %v of %m licenses</translation>
        </message>
        <message>
            <source>未发现问题</source>
            <translation>No problems found</translation>
        </message>
        <message>
            <source>可以点“重建搜索索引”来修复；许可证本身不受影响。</source>
            <translation>Click "Rebuild search index" to repair it; the licenses themselves are not affected.</translation>
        </message>
        <message>
            <source>所有许可证均未发现问题</source>
            <translation>No problems found in any license</translation>
        </message>
        <message>
            <source>双击打开这份许可证</source>
            <translation>Double-click to open this license</translation>
        </message>
        <message>
            <source>数据库以只读方式打开，不能重建索引</source>
            <translation>The database is open read-only; the index cannot be rebuilt</translation>
        </message>
        <message>
            <source>重建失败</source>
            <translation>Rebuild failed</translation>
        </message>
    </context>
    <context>
        <name>ClauseTreeModel</name>
        <message>
            <source>特别规定事项</source>
            <translation>Special provisions</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPage</name>
        <message>
            <source>合规期限</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>全部事项</source>
            <translation>All obligations</translation>
        </message>
        <message>
            <source>未完成</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <source>截止日期前多少天起显示为“即将到期”</source>
            <translation>How many days before the deadline an obligation shows as "due soon"</translation>
        </message>
        <message>
            <source>许可证：</source>
            <translation>License:</translation>
        </message>
        <message>
            <source>事项：</source>
            <translation>Obligation:</translation>
        </message>
        <message>
            <source>状态：</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>提前提醒：</source>
            <translation>Warn ahead:</translation>
        </message>
        <message>
            <source>标记为已完成…</source>
            <translation>Mark as done…</translation>
        </message>
        <message>
            <source>记录该事项已报送或已申请</source>
            <translation>Record that this was filed or applied for</translation>
        </message>
        <message>
            <source>导出日历（.ics）…</source>
            <translation>Export calendar (.ics)…</translation>
        </message>
        <message>
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>全部许可证</source>
            <translation>All licenses</translation>
        </message>
        <message>
            <source>已逾期 %1 项 · %2 天内到期 %3 项</source>
            <translation>%1 overdue · %3 due within %2 days</translation>
        </message>
        <message>
            <source>没有逾期或 %1 天内到期的事项</source>
            <translation>Nothing overdue or due within %1 days</translation>
        </message>
        <message>
            <source>（截至 %1）</source>
            <translation>(as of %1)</translation>
        </message>
        <message>
            <source>共 %1 项。选中一项查看详情；双击或点“标记为已完成”记录报送。</source>
            <translation>%1 obligations. Select one to see details; double-click or use "Mark as done" to record a filing.</translation>
        </message>
        <message>
            <source>有效期届满不能直接标记完成：请录入续办后的新证书（更新有效期），或报告不再继续经营。</source>
            <translation>An expiry cannot simply be marked done: enter the renewed certificate (update the expiry date), or record that the business will not continue.</translation>
        </message>
        <message>
            <source>无法记录</source>
            <translation>Cannot record</translation>
        </message>
        <message>
            <source>许可证 %1 已不在库中（可能已被删除）。</source>
            <translation>License %1 is no longer in the library (it may have been deleted).</translation>
        </message>
        <message>
            <source>记录未保存：%1</source>
            <translation>The record was not saved: %1</translation>
        </message>
        <message>
            <source>导出日历</source>
            <translation>Export calendar</translation>
        </message>
        <message>
            <source>许可证期限.ics</source>
            <translation>license-deadlines.ics</translation>
        </message>
        <message>
            <source>iCalendar 日历 (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>导出 Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <source>许可证期限.xlsx</source>
            <translation>license-deadlines.xlsx</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>无法写入 %1：%2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DetailArea</name>
        <message>
            <source>特别规定事项</source>
            <translation>Special provisions</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>Inspections / reports</translation>
        </message>
        <message>
            <source>历史</source>
            <translation>History</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>重新导入，内容相同</source>
            <translation>Imported again, unchanged</translation>
        </message>
    </context>
    <context>
        <name>HistoryPane</name>
        <message>
            <source>每次导入、替换、移到回收站和恢复都记录在此；替换前的内容不会丢失。</source>
            <translation>Every import, replacement, move to the trash and restore is recorded here; what was replaced is never lost.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>导入预览</source>
            <translation>Import preview</translation>
        </message>
        <message>
            <source>请核对读取结果。确认无误后点击“保存”；在此之前不会写入任何内容。</source>
            <translation>Check what was read. Click "Save" when it is right; nothing is written before that.</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>读取结果</source>
            <translation>What was read</translation>
        </message>
        <message>
            <source>%1 行未能识别（在原文中以黄色标出）：</source>
            <translation>%1 lines could not be placed (marked yellow in the source):</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>InspectionsModel</name>
        <message>
            <source>发证机关</source>
            <translation>Issuing authority</translation>
        </message>
        <message>
            <source>%1 年度</source>
            <translation>Year %1</translation>
        </message>
        <message>
            <source>年报</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <source>年检</source>
            <translation>Annual inspection</translation>
        </message>
    </context>
    <context>
        <name>InspectionsPane</name>
        <message>
            <source>没有年检/年报记录。2017 年起年检改为年报，可在此记录每年的报送。</source>
            <translation>No inspection or annual report records. Since 2017 the annual inspection is an annual report; record each year's filing here.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPane</name>
        <message>
            <source>搜索 编号 / 公司 / 域名 / 条款…  (Ctrl+F)</source>
            <translation>Search number / company / domain / clause…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>打印预览…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <source>复制编号</source>
            <translation>Copy number</translation>
        </message>
        <message>
            <source>移到回收站…</source>
            <translation>Move to trash…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>licdesk — 增值电信业务经营许可证</source>
            <translation>licdesk — value-added telecom licenses</translation>
        </message>
        <message>
            <source>没有符合条件的许可证。
请修改搜索词或状态筛选。</source>
            <translation>No license matches.
Change the search words or the status filter.</translation>
        </message>
        <message>
            <source>导入许可证文件(&amp;I)…</source>
            <translation>&amp;Import license files…</translation>
        </message>
        <message>
            <source>导入一个或多个许可证文本文件（.txt）</source>
            <translation>Import one or more license text files (.txt)</translation>
        </message>
        <message>
            <source>粘贴许可证文本(&amp;P)…</source>
            <translation>&amp;Paste license text…</translation>
        </message>
        <message>
            <source>载入示例许可证</source>
            <translation>Load the sample licenses</translation>
        </message>
        <message>
            <source>打印预览(&amp;R)…</source>
            <translation>P&amp;rint preview…</translation>
        </message>
        <message>
            <source>此版本尚未包含打印功能</source>
            <translation>This version does not include printing yet</translation>
        </message>
        <message>
            <source>移到回收站(&amp;D)…</source>
            <translation>Move to trash (&amp;D)…</translation>
        </message>
        <message>
            <source>回收站(&amp;T)…</source>
            <translation>&amp;Trash…</translation>
        </message>
        <message>
            <source>复制许可证编号</source>
            <translation>Copy license number</translation>
        </message>
        <message>
            <source>查找许可证(&amp;F)</source>
            <translation>&amp;Find license</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>退出(&amp;Q)</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>立即备份(&amp;B)</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>备份设置…</source>
            <translation>Backup settings…</translation>
        </message>
        <message>
            <source>从备份恢复(&amp;R)…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>检查数据库(&amp;C)…</source>
            <translation>&amp;Check database…</translation>
        </message>
        <message>
            <source>合规期限(&amp;L)…</source>
            <translation>Dead&amp;lines…</translation>
        </message>
        <message>
            <source>关于 licdesk(&amp;A)</source>
            <translation>&amp;About licdesk</translation>
        </message>
        <message>
            <source>关于 Qt</source>
            <translation>About Qt</translation>
        </message>
        <message>
            <source>正本</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>附页</source>
            <translation>Annex</translation>
        </message>
        <message>
            <source>特别规定事项 / 年检</source>
            <translation>Provisions / inspections</translation>
        </message>
        <message>
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>编辑(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>视图(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>工具(&amp;T)</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>数据库以只读方式打开</source>
            <translation>The database is open read-only</translation>
        </message>
        <message>
            <source>只读：另一个 licdesk 正在编辑此数据库</source>
            <translation>Read-only: another licdesk is editing this database</translation>
        </message>
        <message>
            <source>数据库问题</source>
            <translation>Database problem</translation>
        </message>
        <message>
            <source>（只读）</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <source>共 %1 张许可证 · 有效 %2 · 90天内续期 %3 · 已过期 %4</source>
            <translation>%1 licenses · %2 valid · %3 renewal due within 90 days · %4 expired</translation>
        </message>
        <message>
            <source> · 当前列出 %1 张</source>
            <translation> · %1 listed</translation>
        </message>
        <message>
            <source>把许可证 %1（%2）移到回收站？
回收站中的许可证可以恢复。</source>
            <translation>Move license %1 (%2) to the trash?
Licenses in the trash can be restored.</translation>
        </message>
        <message>
            <source>移到回收站</source>
            <translation>Move to trash</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>已将 %1 移到回收站</source>
            <translation>Moved %1 to the trash</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>此版本尚未包含打印功能。</source>
            <translation>This version does not include printing yet.</translation>
        </message>
        <message>
            <source>导入许可证文件</source>
            <translation>Import license files</translation>
        </message>
        <message>
            <source>许可证文本 (*.txt *.text);;所有文件 (*)</source>
            <translation>License texts (*.txt *.text);;All files (*)</translation>
        </message>
        <message>
            <source>无法导入</source>
            <translation>Cannot import</translation>
        </message>
        <message>
            <source>无法读取文件 %1：%2</source>
            <translation>Cannot read file %1: %2</translation>
        </message>
        <message>
            <source>粘贴的文本</source>
            <translation>Pasted text</translation>
        </message>
        <message>
            <source>无法导入 %1</source>
            <translation>Cannot import %1</translation>
        </message>
        <message>
            <source>保存失败</source>
            <translation>Save failed</translation>
        </message>
        <message>
            <source>正在导入</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>上一批文件还在导入，请稍候。</source>
            <translation>The previous files are still being imported; please wait.</translation>
        </message>
        <message>
            <source>正在导入 %1 个文件…</source>
            <translation>Importing %1 files…</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>已导入 %1 张，替换 %2 张，跳过 %3 张，失败 %4 个文件。</source>
            <translation>Imported %1, replaced %2, skipped %3, failed %4 files.</translation>
        </message>
        <message>
            <source>
已取消 %1 个文件。</source>
            <translation>
%1 files were cancelled.</translation>
        </message>
        <message>
            <source>导入完成</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>无法载入示例</source>
            <translation>Cannot load the samples</translation>
        </message>
        <message>
            <source>只能导入许可证文本文件（.txt）。扫描件或 PDF 请先转换为文本。</source>
            <translation>Only license text files (.txt) can be imported. Convert scans or PDFs to text first.</translation>
        </message>
        <message>
            <source>拖入的文本</source>
            <translation>Dropped text</translation>
        </message>
        <message>
            <source>合规期限 — licdesk</source>
            <translation>Deadlines — licdesk</translation>
        </message>
        <message>
            <source>已备份到 %1</source>
            <translation>Backed up to %1</translation>
        </message>
        <message>
            <source>启动时的自动备份未完成：%1</source>
            <translation>The automatic backup at start did not complete: %1</translation>
        </message>
        <message>
            <source>已自动备份数据库</source>
            <translation>The database was backed up automatically</translation>
        </message>
        <message>
            <source>无法重新打开数据库</source>
            <translation>Cannot reopen the database</translation>
        </message>
    </context>
    <context>
        <name>MarkDoneDialog</name>
        <message>
            <source>记录为已完成</source>
            <translation>Record as done</translation>
        </message>
        <message>
            <source>完成日期：</source>
            <translation>Date done:</translation>
        </message>
        <message>
            <source>可选，例如受理编号</source>
            <translation>Optional, e.g. the acceptance number</translation>
        </message>
        <message>
            <source>备注：</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>记录</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>将在该许可证的年报记录中添加 %1 年度的报送记录。</source>
            <translation>A filing for year %1 will be added to this license's annual report records.</translation>
        </message>
        <message>
            <source>将记录“已申请续办”。收到新证书后，请更新有效期。</source>
            <translation>"Renewal applied for" will be recorded. When the new certificate arrives, update the expiry date.</translation>
        </message>
        <message>
            <source>将把该事项的报送日期记为所选日期。</source>
            <translation>The filing date of this obligation will be set to the chosen date.</translation>
        </message>
    </context>
    <context>
        <name>ObligationModel</name>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>截止日期</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>剩余</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>许可证编号</source>
            <translation>License number</translation>
        </message>
        <message>
            <source>公司</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>Obligation</translation>
        </message>
        <message>
            <source>依据</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>（第%1条）</source>
            <translation>(clause %1)</translation>
        </message>
        <message>
            <source>截止日期：%1（%2）</source>
            <translation>Due: %1 (%2)</translation>
        </message>
        <message>
            <source>起始日期：%1</source>
            <translation>From: %1</translation>
        </message>
        <message>
            <source>规则 %1</source>
            <translation>Rule %1</translation>
        </message>
        <message>
            <source>，期限取自特别规定事项第%1条</source>
            <translation>, period taken from provision %1</translation>
        </message>
        <message>
            <source>备注：%1</source>
            <translation>Note: %1</translation>
        </message>
    </context>
    <context>
        <name>PasteDialog</name>
        <message>
            <source>粘贴许可证文本</source>
            <translation>Paste license text</translation>
        </message>
        <message>
            <source>把许可证的全文（正本、附页、特别规定事项）粘贴到下面，然后点击“读取”。</source>
            <translation>Paste the whole license (certificate, annex, special provisions) below, then click "Read".</translation>
        </message>
        <message>
            <source>读取</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>打印预览 — %1</source>
            <translation>Print preview — %1</translation>
        </message>
        <message>
            <source>打印预览</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>上一页</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>下一页</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>适合宽度</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>整页</source>
            <translation>Whole page</translation>
        </message>
        <message>
            <source>另存为 PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>注意：有字符无法用内置字体印出，已以 □ 代替：</source>
            <translation>Note: some characters cannot be printed with the built-in fonts and were replaced by □:</translation>
        </message>
        <message>
            <source>第 %1 页，共 %2 页</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>另存为 PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>无法保存文件：%1
%2</source>
            <translation>Cannot save the file: %1
%2</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>无法打印</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <source>打印机无法开始打印，请检查打印机设置。</source>
            <translation>The printer could not start printing; check the printer settings.</translation>
        </message>
    </context>
    <context>
        <name>ProvisionsPane</name>
        <message>
            <source>在条款中查找…</source>
            <translation>Find in provisions…</translation>
        </message>
        <message>
            <source>展开</source>
            <translation>Expand</translation>
        </message>
        <message>
            <source>全部展开</source>
            <translation>Expand all</translation>
        </message>
        <message>
            <source>折叠</source>
            <translation>Collapse</translation>
        </message>
        <message>
            <source>全部折叠</source>
            <translation>Collapse all</translation>
        </message>
        <message>
            <source>选择一条规定，在此阅读全文。</source>
            <translation>Select a provision to read it in full here.</translation>
        </message>
        <message>
            <source>无匹配</source>
            <translation>No match</translation>
        </message>
        <message>
            <source>%1 处</source>
            <translation>%1 matches</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>status</source>
            <comment>有效</comment>
            <translation>status</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>合规期限提醒</source>
            <translation>Deadline reminder</translation>
        </message>
        <message>
            <source>%1 项已逾期</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <source>%1 项将在 %2 天内到期</source>
            <translation>%1 due within %2 days</translation>
        </message>
        <message>
            <source>请注意：</source>
            <translation>Please note:</translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <source>。</source>
            <translation>.</translation>
        </message>
        <message>
            <source>错过续办、年报或变更报送期限，可能导致许可证失效或被列入电信业务经营不良名单。</source>
            <translation>Missing a renewal, annual report or change-filing deadline can cost the license or put the company on the regulator's list of bad operators.</translation>
        </message>
        <message>
            <source>查看合规期限</source>
            <translation>Show deadlines</translation>
        </message>
        <message>
            <source>稍后提醒</source>
            <translation>Remind me later</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>恢复备份</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>选择一份备份来替换当前数据库。恢复前，当前数据库会先另存为一份备份，之后仍可以恢复回来。</source>
            <translation>Choose a backup to replace the current database. The current database is saved as a backup first, so you can go back to it.</translation>
        </message>
        <message>
            <source>备份文件夹中还没有备份。可以点“选择文件…”从其他位置恢复。</source>
            <translation>There are no backups in the backup folder yet. Click "Choose file…" to restore from another place.</translation>
        </message>
        <message>
            <source>选择文件…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>无法读取</source>
            <translation>Cannot read</translation>
        </message>
        <message>
            <source>选择备份文件</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <source>licdesk 数据库 (*.sqlite3 *.db *.bak);;所有文件 (*)</source>
            <translation>licdesk databases (*.sqlite3 *.db *.bak);;All files (*)</translation>
        </message>
        <message>
            <source>无法恢复</source>
            <translation>Cannot restore</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <source>恢复完成</source>
            <translation>Restore finished</translation>
        </message>
    </context>
    <context>
        <name>ServiceRow</name>
        <message>
            <source>覆盖范围：</source>
            <translation>Coverage:</translation>
        </message>
        <message>
            <source>点击查看管辖此业务的特别规定事项</source>
            <translation>Click to see the provisions that govern this business</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>保存为图片…</source>
            <translation>Save as picture…</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>保存时间轴图片</source>
            <translation>Save timeline picture</translation>
        </message>
        <message>
            <source>许可证时间轴.png</source>
            <translation>license-timeline.png</translation>
        </message>
        <message>
            <source>PNG 图片 (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>保存失败</source>
            <translation>Save failed</translation>
        </message>
        <message>
            <source>无法写入 %1</source>
            <translation>Cannot write %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>没有许可证可显示。导入许可证后，这里会显示各证的有效期和合规期限。</source>
            <translation>No licenses to show. Once licenses are imported, their validity and deadlines appear here.</translation>
        </message>
        <message>
            <source>有效期未知：无法计算期限</source>
            <translation>Validity unknown: no deadlines can be computed</translation>
        </message>
        <message>
            <source>至 %1</source>
            <translation>until %1</translation>
        </message>
        <message>
            <source>今天 %1</source>
            <translation>Today %1</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>Validity</translation>
        </message>
        <message>
            <source>续办截止后</source>
            <translation>After the renewal deadline</translation>
        </message>
        <message>
            <source>续办截止日</source>
            <translation>Renewal deadline</translation>
        </message>
        <message>
            <source>第一季度（年报期）</source>
            <translation>First quarter (annual report period)</translation>
        </message>
        <message>
            <source>年报已完成</source>
            <translation>Annual report done</translation>
        </message>
        <message>
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>未到期</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>变更等事项的报送</source>
            <translation>Filings for changes and other events</translation>
        </message>
        <message>
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>有效期：%1 至 %2</source>
            <translation>Valid: %1 to %2</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>回收站</source>
            <translation>Trash</translation>
        </message>
        <message>
            <source>移到回收站的许可证不再出现在库中，但仍完整保存，可以随时恢复。</source>
            <translation>Licenses moved to the trash no longer appear in the library, but they are kept whole and can be restored at any time.</translation>
        </message>
        <message>
            <source>回收站是空的。</source>
            <translation>The trash is empty.</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>永久删除…</source>
            <translation>Delete for good…</translation>
        </message>
        <message>
            <source>数据库问题</source>
            <translation>Database problem</translation>
        </message>
        <message>
            <source>无法恢复</source>
            <translation>Cannot restore</translation>
        </message>
        <message>
            <source>永久删除许可证 %1（%2）？
此操作无法撤销；历史记录会保留。</source>
            <translation>Delete license %1 (%2) for good?
This cannot be undone; its history is kept.</translation>
        </message>
        <message>
            <source>永久删除</source>
            <translation>Delete for good</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>无法删除</source>
            <translation>Cannot delete</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>欢迎使用 licdesk</source>
            <translation>Welcome to licdesk</translation>
        </message>
        <message>
            <source>licdesk 帮您保管公司的增值电信业务经营许可证：正本、附页、特别规定事项和年检记录一目了然，续期期限提前提醒。资料仅保存在本机。

库中还没有许可证。您可以导入许可证文本文件（.txt），也可以直接把文件拖到此窗口，或先载入三份示例许可证看看效果。</source>
            <translation>licdesk keeps your company's value-added telecom licenses: certificate, annex, special provisions and inspection records at a glance, with renewal deadlines shown well ahead. Your data stays on this computer.

The library is empty. Import license text files (.txt), drag files onto this window, or load the three sample licenses to see how it works.</translation>
        </message>
        <message>
            <source>导入许可证文件…</source>
            <translation>Import license files…</translation>
        </message>
        <message>
            <source>粘贴许可证文本…</source>
            <translation>Paste license text…</translation>
        </message>
        <message>
            <source>载入示例许可证</source>
            <translation>Load the sample licenses</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>无法生成打印文件</source>
            <translation>Cannot produce the print file</translation>
        </message>
    </context>
    <context>
        <name>self._view</name>
        <message>
            <source>适用于：</source>
            <translation>Applies to:</translation>
        </message>
    </context>
</TS>
