<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
        <message>
            <source>数据库位置</source>
            <translation>Database location</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>Open containing folder</translation>
        </message>
        <message>
            <source>无法打开文件夹</source>
            <translation>Cannot open the folder</translation>
        </message>
        <message>
            <source>这台电脑没有可以打开文件夹的程序。数据库在：
%1</source>
            <translation>This computer has no program that opens folders. The database is in:
%1</translation>
        </message>
    </context>
    <context>
        <name>AnnexEditor</name>
        <message>
            <source>附页标题（可不填），如“……获准经营信息服务业务的网站相关信息”</source>
            <translation>Annex heading (optional), e.g. “…websites licensed for information services”</translation>
        </message>
        <message>
            <source>网站名称</source>
            <translation>Website name</translation>
        </message>
        <message>
            <source>网站域名</source>
            <translation>Domain names</translation>
        </message>
        <message>
            <source>服务器放置地</source>
            <translation>Server location</translation>
        </message>
        <message>
            <source>网站接入服务提供单位</source>
            <translation>Website access provider</translation>
        </message>
        <message>
            <source>添加网站</source>
            <translation>Add website</translation>
        </message>
        <message>
            <source>附页：获准经营信息服务业务的网站</source>
            <translation>Annex: websites licensed for information services</translation>
        </message>
        <message>
            <source>选中单元格直接输入即可修改，Tab 键到下一格。一个网站有多个域名时，用空格、逗号或换行分隔。</source>
            <translation>Select a cell and type to change it; Tab moves to the next cell. Separate several domain names of one website with spaces, commas or line breaks.</translation>
        </message>
        <message>
            <source>修改附页标题</source>
            <translation>Change annex heading</translation>
        </message>
        <message>
            <source>修改网站域名</source>
            <translation>Change domain names</translation>
        </message>
        <message>
            <source>修改网站信息</source>
            <translation>Change website details</translation>
        </message>
        <message>
            <source>删除网站</source>
            <translation>Delete website</translation>
        </message>
        <message>
            <source>调整网站顺序</source>
            <translation>Reorder websites</translation>
        </message>
    </context>
    <context>
        <name>AnnexModel</name>
        <message>
            <source>网站名称</source>
            <translation>Website name</translation>
        </message>
        <message>
            <source>网站域名</source>
            <translation>Domain names</translation>
        </message>
        <message>
            <source>服务器放置地</source>
            <translation>Server location</translation>
        </message>
        <message>
            <source>网站接入服务提供单位</source>
            <translation>Website access provider</translation>
        </message>
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
        <name>AttachmentViewer</name>
        <message>
            <source>附件 — %1</source>
            <translation>Attachment — %1</translation>
        </message>
        <message>
            <source>适合窗口</source>
            <translation>Fit to Window</translation>
        </message>
        <message>
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <source>另存为…</source>
            <translation>Save As…</translation>
        </message>
        <message>
            <source>用系统程序打开</source>
            <translation>Open with System Viewer</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>licdesk 不能显示这种文件（%1）。可以另存为，或用系统程序打开。</source>
            <translation>licdesk cannot show this kind of file (%1). You can save it elsewhere or open it with the system viewer.</translation>
        </message>
        <message>
            <source>未知类型</source>
            <translation>unknown type</translation>
        </message>
        <message>
            <source>这个 PDF 文件已损坏或无法读取，不能在 licdesk 中显示。可以另存为，或用系统程序打开试试。</source>
            <translation>This PDF file is damaged or cannot be read, so licdesk cannot show it. You can save it elsewhere, or try the system viewer.</translation>
        </message>
        <message>
            <source>第 %1 / %2 页</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>这个图像文件已损坏或无法读取，不能在 licdesk 中显示。可以另存为，或用系统程序打开试试。</source>
            <translation>This image file is damaged or cannot be read, so licdesk cannot show it. You can save it elsewhere, or try the system viewer.</translation>
        </message>
        <message>
            <source>另存附件</source>
            <translation>Save attachment</translation>
        </message>
        <message>
            <source>无法保存附件</source>
            <translation>Cannot save the attachment</translation>
        </message>
        <message>
            <source>无法写入文件 %1：%2</source>
            <translation>Cannot write the file %1: %2</translation>
        </message>
        <message>
            <source>无法用系统程序打开</source>
            <translation>Cannot open with the system viewer</translation>
        </message>
        <message>
            <source>无法写出附件的副本：%1</source>
            <translation>Cannot write a copy of the attachment: %1</translation>
        </message>
        <message>
            <source>这台电脑没有可以打开“%1”的程序。可以点“另存为…”把文件保存下来，再用其他程序打开。</source>
            <translation>This computer has no program that opens “%1”. Click “Save As…” to keep the file, then open it with another program.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPane</name>
        <message>
            <source>添加附件…</source>
            <translation>Add file…</translation>
        </message>
        <message>
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>删除附件</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>添加纸质许可证的扫描件或照片（PDF、JPG、PNG、TIFF）</source>
            <translation>Add a scan or photo of the paper license (PDF, JPG, PNG, TIFF)</translation>
        </message>
        <message>
            <source>在 licdesk 的查看窗口中打开选中的附件</source>
            <translation>Open the selected attachment in licdesk's viewer</translation>
        </message>
        <message>
            <source>删除选中的附件（记录在历史中）</source>
            <translation>Delete the selected attachment (the history keeps a note of it)</translation>
        </message>
        <message>
            <source>纸质许可证的扫描件或照片（PDF、JPG、PNG、TIFF，每个不超过 %1 MB），保存在数据库中。可以直接把文件拖到这里。</source>
            <translation>Scans or photos of the paper license (PDF, JPG, PNG, TIFF, up to %1 MB each), kept in the database. You can drag files straight here.</translation>
        </message>
        <message>
            <source>还没有附件。</source>
            <translation>No attachments yet.</translation>
        </message>
        <message>
            <source>添加附件</source>
            <translation>Add attachment</translation>
        </message>
        <message>
            <source>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
            <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
        </message>
        <message>
            <source>文件 %1 太大（%2），每个附件不能超过 %3 MB。</source>
            <translation>The file %1 is too large (%2); each attachment can be at most %3 MB.</translation>
        </message>
        <message>
            <source>无法添加附件</source>
            <translation>Cannot add the attachment</translation>
        </message>
        <message>
            <source>无法读取文件 %1：%2</source>
            <translation>Cannot read file %1: %2</translation>
        </message>
        <message>
            <source>无法打开附件</source>
            <translation>Cannot open the attachment</translation>
        </message>
        <message>
            <source>删除附件“%1”？此操作记录在历史中。</source>
            <translation>Delete the attachment “%1”? This is recorded in the history.</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>无法删除附件</source>
            <translation>Cannot delete the attachment</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>备份失败</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <source>备份没有完成，数据库未受影响。

%1</source>
            <translation>The backup was not completed. The database is unaffected.

%1</translation>
        </message>
        <message>
            <source>已备份</source>
            <translation>Backed up</translation>
        </message>
        <message>
            <source>已把 %1 份许可证备份到：
%2</source>
            <translation>Backed up. Licenses in the backup: %1
Saved to:
%2</translation>
        </message>
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
            <source>%1，%2 份许可证，%3</source>
            <translation>%1, licenses: %2, %3</translation>
        </message>
        <message>
            <source>备份到</source>
            <translation>Back up to</translation>
        </message>
        <message>
            <source>licdesk 数据库 (*.sqlite3)</source>
            <translation>licdesk database (*.sqlite3)</translation>
        </message>
        <message>
            <source>licdesk-备份.sqlite3</source>
            <translation>licdesk-backup.sqlite3</translation>
        </message>
    </context>
    <context>
        <name>BatchImport</name>
        <message>
            <source>无法读取文件：%1</source>
            <translation>Cannot read the file: %1</translation>
        </message>
        <message>
            <source>这是扫描件：请单独导入这一个文件，以便对照扫描图像核对识别结果。</source>
            <translation>This is a scan: import this file on its own, so that the recognised text can be checked against the scanned image.</translation>
        </message>
        <message>
            <source>程序错误：
</source>
            <translation>Program error:
</translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <source>批量打印</source>
            <translation>Batch print</translation>
        </message>
        <message>
            <source>生成 PDF…</source>
            <translation>Produce PDF…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>许可证</source>
            <translation>Licenses</translation>
        </message>
        <message>
            <source>按编号、公司名称或法定代表人筛选</source>
            <translation>Filter by number, company or legal representative</translation>
        </message>
        <message>
            <source>全选</source>
            <translation>Select all</translation>
        </message>
        <message>
            <source>全不选</source>
            <translation>Select none</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>not filled in</translation>
        </message>
        <message>
            <source>%1　%2　有效期至 %3</source>
            <translation>%1　%2　expires %3</translation>
        </message>
        <message>
            <source>（未填公司名称）</source>
            <translation>(no company name)</translation>
        </message>
        <message>
            <source>打印内容</source>
            <translation>What to print</translation>
        </message>
        <message>
            <source>输出</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>合并为一个 PDF 文件</source>
            <translation>One combined PDF file</translation>
        </message>
        <message>
            <source>每份许可证一个 PDF 文件（以许可证编号命名）</source>
            <translation>One PDF file per license (named by its number)</translation>
        </message>
        <message>
            <source>已选 %1 份，共 %2 份</source>
            <translation>%1 of %2 selected</translation>
        </message>
        <message>
            <source>请至少勾选一份许可证。</source>
            <translation>Tick at least one license.</translation>
        </message>
        <message>
            <source>请至少勾选一项打印内容。</source>
            <translation>Tick at least one part to print.</translation>
        </message>
        <message>
            <source>保存合并的 PDF</source>
            <translation>Save the combined PDF</translation>
        </message>
        <message>
            <source>许可证.pdf</source>
            <translation>licenses.pdf</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>选择保存 PDF 文件的文件夹</source>
            <translation>Choose the folder for the PDF files</translation>
        </message>
        <message>
            <source>正在生成 PDF…</source>
            <translation>Producing the PDF…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>正在取消…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>正在生成 PDF：第 %1 份，共 %2 份</source>
            <translation>Producing the PDF: license %1 of %2</translation>
        </message>
        <message>
            <source>PDF 未能生成，没有写入任何文件。</source>
            <translation>The PDF could not be produced; no file was written.</translation>
        </message>
        <message>
            <source>已取消，没有写入任何文件。</source>
            <translation>Cancelled; no file was written.</translation>
        </message>
        <message>
            <source>已将 %1 份许可证打印到一个 PDF 文件：</source>
            <translation>Printed %1 licenses into one PDF file:</translation>
        </message>
        <message>
            <source>已打印 %1 份许可证，保存在文件夹：</source>
            <translation>Printed %1 licenses into the folder:</translation>
        </message>
        <message>
            <source>没有打印任何许可证。</source>
            <translation>No license was printed.</translation>
        </message>
        <message>
            <source>以下许可证已不在库中，未打印：</source>
            <translation>These licenses are no longer in the library and were not printed:</translation>
        </message>
        <message>
            <source>注意：有字符无法用内置字体印出，已以 □ 代替：</source>
            <translation>Note: some characters cannot be printed with the built-in fonts and were replaced by □:</translation>
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
        <name>CertificateForm</name>
        <message>
            <source>经营许可证编号</source>
            <translation>License number</translation>
        </message>
        <message>
            <source>修改许可证编号</source>
            <translation>Change license number</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>修改公司名称</source>
            <translation>Change company name</translation>
        </message>
        <message>
            <source>法定代表人</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>修改法定代表人</source>
            <translation>Change legal representative</translation>
        </message>
        <message>
            <source>发证机关</source>
            <translation>Issuing authority</translation>
        </message>
        <message>
            <source>修改发证机关</source>
            <translation>Change issuing authority</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <source>修改发证日期</source>
            <translation>Change issue date</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>修改有效期至</source>
            <translation>Change expiry date</translation>
        </message>
        <message>
            <source>：</source>
            <translation>: </translation>
        </message>
        <message>
            <source>如 京B2-20192917、B1-20195402</source>
            <translation>e.g. 京B2-20192917, B1-20195402</translation>
        </message>
        <message>
            <source>业务种类（服务项目）</source>
            <translation>Service (service item)</translation>
        </message>
        <message>
            <source>覆盖范围</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>添加业务种类</source>
            <translation>Add service</translation>
        </message>
        <message>
            <source>业务种类（服务项目）及覆盖范围</source>
            <translation>Services and coverage</translation>
        </message>
        <message>
            <source>修改业务种类</source>
            <translation>Change service</translation>
        </message>
        <message>
            <source>删除业务种类</source>
            <translation>Delete service</translation>
        </message>
        <message>
            <source>调整业务种类顺序</source>
            <translation>Reorder services</translation>
        </message>
        <message>
            <source>按编号默认为：</source>
            <translation>From the number, by default: </translation>
        </message>
        <message>
            <source>请填写经营许可证编号</source>
            <translation>Please fill in the license number</translation>
        </message>
        <message>
            <source>编号格式无法识别（应如 京B2-20192917、B1-20195402）</source>
            <translation>The number's format is not recognised (it should look like 京B2-20192917 or B1-20195402)</translation>
        </message>
        <message>
            <source>✓ 业务类别 </source>
            <translation>✓ Category </translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>发证机关 </source>
            <translation>issued by </translation>
        </message>
        <message>
            <source>规范写法 </source>
            <translation>standard spelling </translation>
        </message>
        <message>
            <source>，</source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>CertificatePane</name>
        <message>
            <source>yyyy年M月d日</source>
            <translation>yyyy-MM-dd</translation>
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
            <source>续期申请应在 %1 前提交</source>
            <translation>Apply for renewal before %1</translation>
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
            <source>无法检查数据库：%1</source>
            <translation>Cannot check the database: %1</translation>
        </message>
        <message>
            <source>数据库完整性</source>
            <translation>Database integrity</translation>
        </message>
        <message>
            <source>搜索索引</source>
            <translation>Search index</translation>
        </message>
        <message>
            <source>许可证检查</source>
            <translation>License check</translation>
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
            <source>%1（共 %2 份）</source>
            <translation>%1 (%2 in all)</translation>
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
            <source>%1：%2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>数据库有问题，请按上面的说明处理；如无法修复，请从备份恢复。</source>
            <translation>The database has problems. Please follow the notes above; if it cannot be repaired, restore a backup.</translation>
        </message>
        <message>
            <source>数据库完好；有 %1 份许可证存在错误，请打开核对。</source>
            <translation>The database is sound. Licenses with errors: %1. Please open them and check.</translation>
        </message>
        <message>
            <source>数据库完好；有 %1 份许可证有需要留意的提示。</source>
            <translation>The database is sound. Licenses with points worth a look: %1.</translation>
        </message>
        <message>
            <source>数据库完好，未发现任何问题。</source>
            <translation>The database is sound. No problems were found.</translation>
        </message>
        <message>
            <source>重建失败</source>
            <translation>Rebuild failed</translation>
        </message>
        <message>
            <source>搜索索引没有重建，许可证不受影响。

%1</source>
            <translation>The search index was not rebuilt. The licenses are unaffected.

%1</translation>
        </message>
        <message>
            <source>licdesk 数据库检查报告</source>
            <translation>licdesk database check report</translation>
        </message>
    </context>
    <context>
        <name>ClauseDelegate</name>
        <message>
            <source>适用于：</source>
            <translation>Applies to:</translation>
        </message>
    </context>
    <context>
        <name>ClauseEditor</name>
        <message>
            <source>引言（可不填），如“《特别规定事项》是经营许可证重要组成部分……”</source>
            <translation>Introduction (optional), e.g. “The Special Provisions are an important part of the license…”</translation>
        </message>
        <message>
            <source>修改特别规定事项引言</source>
            <translation>Change the introduction to the special provisions</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>添加条款</source>
            <translation>Add clause</translation>
        </message>
        <message>
            <source>添加下级</source>
            <translation>Add sub-clause</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>上移</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>下移</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>升级 ←</source>
            <translation>Outdent ←</translation>
        </message>
        <message>
            <source>降级 →</source>
            <translation>Indent →</translation>
        </message>
        <message>
            <source>条款内容：从许可证原件照录</source>
            <translation>Copy the clause word for word from the original license</translation>
        </message>
        <message>
            <source>如：信息服务业务（可不填）</source>
            <translation>e.g. information services (optional)</translation>
        </message>
        <message>
            <source>条款内容：</source>
            <translation>Clause text:</translation>
        </message>
        <message>
            <source>适用于：</source>
            <translation>Applies to:</translation>
        </message>
        <message>
            <source>添加下级条款</source>
            <translation>Add sub-clause</translation>
        </message>
        <message>
            <source>删除条款</source>
            <translation>Delete clause</translation>
        </message>
        <message>
            <source>上移条款</source>
            <translation>Move clause up</translation>
        </message>
        <message>
            <source>下移条款</source>
            <translation>Move clause down</translation>
        </message>
        <message>
            <source>降级条款</source>
            <translation>Indent clause</translation>
        </message>
        <message>
            <source>升级条款</source>
            <translation>Outdent clause</translation>
        </message>
        <message>
            <source>修改条款内容</source>
            <translation>Change clause text</translation>
        </message>
        <message>
            <source>修改条款适用范围</source>
            <translation>Change what the clause applies to</translation>
        </message>
    </context>
    <context>
        <name>ClauseTreeModel</name>
        <message>
            <source>特别规定事项</source>
            <translation>Special provisions</translation>
        </message>
        <message>
            <source>（适用于%1）</source>
            <translation>(applies to %1)</translation>
        </message>
    </context>
    <context>
        <name>ClosureBanner</name>
        <message>
            <source>yyyy年M月d日</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>此许可证已于 %1 不再续办</source>
            <translation>This license was not continued from %1</translation>
        </message>
        <message>
            <source>此许可证已于 %1 注销</source>
            <translation>This license was cancelled on %1</translation>
        </message>
        <message>
            <source>此许可证已于 %1 换发新证</source>
            <translation>This license was replaced by a new certificate on %1</translation>
        </message>
        <message>
            <source>新证：</source>
            <translation>New license: </translation>
        </message>
        <message>
            <source>新证已不在库中</source>
            <translation>The new license is no longer in the library</translation>
        </message>
        <message>
            <source>此后不再为它生成年报、续办等事项。</source>
            <translation>No annual reports, renewals or other duties are listed for it from then on.</translation>
        </message>
    </context>
    <context>
        <name>ClosureDialog</name>
        <message>
            <source>关闭许可证 %1</source>
            <translation>Close license %1</translation>
        </message>
        <message>
            <source>许可证 %1（%2）不再需要跟踪时，在此关闭它：关闭日期之后不再为它生成年报、续办等事项。关闭可以随时撤销（编辑 → 重新启用许可证）。</source>
            <translation>Close license %1 (%2) here once it no longer needs tracking: after the closing date no annual reports, renewals or other duties are listed for it. A closing can be undone at any time (Edit → Reopen license).</translation>
        </message>
        <message>
            <source>不再续办（有效期届满后不再经营）</source>
            <translation>Not continued (no longer operated after expiry)</translation>
        </message>
        <message>
            <source>已注销</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>已换发新证（由库中另一张许可证接替）</source>
            <translation>Replaced by a new certificate (another license in the library)</translation>
        </message>
        <message>
            <source>选择或输入新许可证的编号</source>
            <translation>Choose or type the new license's number</translation>
        </message>
        <message>
            <source>（可不填）如 注销文号、新证编号的来由</source>
            <translation>(optional) e.g. the cancellation notice number</translation>
        </message>
        <message>
            <source>同时将此前未完成的事项标记为已免除/已完成</source>
            <translation>Also mark the duties still open before then as waived/done</translation>
        </message>
        <message>
            <source>关闭日期之前还有 %1 项未完成</source>
            <translation>%1 duties are still open</translation>
        </message>
        <message>
            <source>（%1 项）</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>关闭原因：</source>
            <translation>Reason: </translation>
        </message>
        <message>
            <source>新许可证：</source>
            <translation>New license: </translation>
        </message>
        <message>
            <source>关闭日期：</source>
            <translation>Closing date: </translation>
        </message>
        <message>
            <source>备注：</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>关闭许可证</source>
            <translation>Close license</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>请选择替换此许可证的新许可证</source>
            <translation>Please choose the new license that replaced this one</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>经营许可证编号</source>
            <translation>License number</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>法定代表人</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>业务种类及覆盖范围</source>
            <translation>Services and coverage</translation>
        </message>
        <message>
            <source>发证机关</source>
            <translation>Issuing authority</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>附页网站</source>
            <translation>Annex websites</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>Inspections / reports</translation>
        </message>
        <message>
            <source>比较许可证</source>
            <translation>Compare licenses</translation>
        </message>
        <message>
            <source>只显示不同之处</source>
            <translation>Show differences only</translation>
        </message>
        <message>
            <source>左：</source>
            <translation>Left:</translation>
        </message>
        <message>
            <source>右：</source>
            <translation>Right:</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>请选择要比较的两张许可证。</source>
            <translation>Choose the two licenses to compare.</translation>
        </message>
        <message>
            <source>两者内容相同。</source>
            <translation>Both are the same.</translation>
        </message>
        <message>
            <source>%1 项字段、%2 条条款不同。</source>
            <translation>%1 field(s) and %2 clause(s) differ.</translation>
        </message>
        <message>
            <source>正本、附页与年检</source>
            <translation>Certificate, annex and inspections</translation>
        </message>
        <message>
            <source>特别规定事项</source>
            <translation>Special provisions</translation>
        </message>
        <message>
            <source>（无此条）</source>
            <translation>(no such clause)</translation>
        </message>
        <message>
            <source>适用于：</source>
            <translation>Applies to:</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>团队库连接状态</source>
            <translation>Team library connection</translation>
        </message>
        <message>
            <source>与团队库服务器的连接已断开，正在自动重新连接。在此期间只能查看和打印，不能修改；连接恢复后会自动刷新。</source>
            <translation>The connection to the team library's server was lost; licdesk is reconnecting by itself. Until then you can view and print but not change anything; the desk refreshes once the connection is back.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>数据库问题</source>
            <translation>Database problem</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>（未填写）如 2026-03-15</source>
            <translation>(not filled in) e.g. 2026-03-15</translation>
        </message>
        <message>
            <source>如 2026-03-15</source>
            <translation>e.g. 2026-03-15</translation>
        </message>
        <message>
            <source>从日历中选择</source>
            <translation>Pick from the calendar</translation>
        </message>
        <message>
            <source>请填写日期，如 2026-03-15</source>
            <translation>Enter a date, e.g. 2026-03-15</translation>
        </message>
        <message>
            <source>“%1”不是有效日期：请写作 2026-03-15、2026/3/15、20260315 或 2026年3月15日</source>
            <translation>“%1” is not a valid date: write it as 2026-03-15, 2026/3/15, 20260315 or 2026年3月15日</translation>
        </message>
        <message>
            <source>日期不能早于 %1</source>
            <translation>The date cannot be before %1</translation>
        </message>
        <message>
            <source>日期不能晚于 %1</source>
            <translation>The date cannot be after %1</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesController</name>
        <message>
            <source>合规期限 — licdesk</source>
            <translation>Deadlines — licdesk</translation>
        </message>
        <message>
            <source>时间轴 — licdesk</source>
            <translation>Timeline — licdesk</translation>
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
            <source>到期一览…</source>
            <translation>Due overview…</translation>
        </message>
        <message>
            <source>本月到期、未来90天和已逾期的事项，可打印、导出</source>
            <translation>What is due this month, in the next 90 days and overdue; print or export it</translation>
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
            <translation> (as of %1)</translation>
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
        <name>DeskSession</name>
        <message>
            <source>只读：您的用户在此团队库中只有查看的权限</source>
            <translation>Read-only: your login may only view this team library</translation>
        </message>
        <message>
            <source>只读：另一个 licdesk 正在编辑此数据库</source>
            <translation>Read-only: another licdesk is editing this database</translation>
        </message>
    </context>
    <context>
        <name>DetailArea</name>
        <message>
            <source>特别规定事项</source>
            <translation>Special provisions</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>Clauses</translation>
        </message>
        <message>
            <source>年检</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>年检/年报记录</source>
            <translation>Inspections and annual reports</translation>
        </message>
        <message>
            <source>附件</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>随许可证保存的文件</source>
            <translation>Files kept with the license</translation>
        </message>
        <message>
            <source>历史</source>
            <translation>History</translation>
        </message>
        <message>
            <source>此许可证的修改历史</source>
            <translation>Changes made to this license</translation>
        </message>
    </context>
    <context>
        <name>DueOverviewWindow</name>
        <message>
            <source>到期一览 — licdesk</source>
            <translation>Due overview — licdesk</translation>
        </message>
        <message>
            <source>到期一览</source>
            <translation>Due overview</translation>
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
            <source>到期事项</source>
            <translation>What is due</translation>
        </message>
        <message>
            <source>截止日期</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>剩余或逾期</source>
            <translation>Days left or overdue</translation>
        </message>
        <message>
            <source>双击一行，在主窗口中打开该许可证。</source>
            <translation>Double-click a row to open that license in the main window.</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>预览并打印到期一览，也可以另存为 PDF</source>
            <translation>Preview and print the overview, or save it as a PDF</translation>
        </message>
        <message>
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <source>导出 CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>无法读取</source>
            <translation>Cannot read</translation>
        </message>
        <message>
            <source>本月到期</source>
            <translation>Due this month</translation>
        </message>
        <message>
            <source>未来90天</source>
            <translation>Next 90 days</translation>
        </message>
        <message>
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>%1（%2 项）</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <source>截至 %1：已逾期 %2 项 · 本月到期 %3 项 · 未来90天 %4 项</source>
            <translation>As of %1: %2 overdue · %3 due this month · %4 in the next 90 days</translation>
        </message>
        <message>
            <source>导出 Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <source>到期一览.xlsx</source>
            <translation>due-overview.xlsx</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>导出 CSV</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <source>到期一览.csv</source>
            <translation>due-overview.csv</translation>
        </message>
        <message>
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
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
        <name>EditController</name>
        <message>
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>请先改正以下错误：
</source>
            <translation>Please correct these errors first:
</translation>
        </message>
        <message>
            <source>（在回收站中）</source>
            <translation> (in the trash)</translation>
        </message>
        <message>
            <source>编号 %1 已属于另一份许可证%2。请核对编号。</source>
            <translation>The number %1 already belongs to another license%2. Please check the number.</translation>
        </message>
        <message>
            <source>保存失败</source>
            <translation>Save failed</translation>
        </message>
        <message>
            <source>%1

您的修改仍在编辑器中，没有丢失；问题解决后再点“保存”即可。</source>
            <translation>%1

Your changes are still in the editor, nothing is lost; once the problem is solved, click Save again.</translation>
        </message>
        <message>
            <source>新许可证</source>
            <translation>New license</translation>
        </message>
        <message>
            <source>撤销</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>重做</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>已保存 %1</source>
            <translation>Saved %1</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>许可证</source>
            <translation>Licenses</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV 表格 (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <source>JSON 数据 (*.json)</source>
            <translation>JSON data (*.json)</translation>
        </message>
        <message>
            <source>日历 (*.ics)</source>
            <translation>Calendar (*.ics)</translation>
        </message>
        <message>
            <source>导出到</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>正在导出到 %1…</source>
            <translation>Exporting to %1…</translation>
        </message>
        <message>
            <source>已导出 %1 张许可证和 %2 项合规期限到：
%3</source>
            <translation>Exported %1 licenses and %2 deadlines to:
%3</translation>
        </message>
        <message>
            <source>已导出 %1 张许可证到：
%3</source>
            <translation>Exported %1 licenses to:
%3</translation>
        </message>
        <message>
            <source>已导出到 %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <source>导出完成</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>Open containing folder</translation>
        </message>
        <message>
            <source>无法打开文件夹</source>
            <translation>Cannot open the folder</translation>
        </message>
        <message>
            <source>这台电脑没有可以打开文件夹的程序。文件在：
%1</source>
            <translation>This computer has no program that opens folders. The file is in:
%1</translation>
        </message>
        <message>
            <source>无法导出</source>
            <translation>Cannot export</translation>
        </message>
        <message>
            <source>这是一个文件夹，不能写入：%1</source>
            <translation>This is a folder and cannot be written to: %1</translation>
        </message>
        <message>
            <source>文件夹不存在：%1</source>
            <translation>The folder does not exist: %1</translation>
        </message>
        <message>
            <source>没有权限写入：%1</source>
            <translation>No permission to write: %1</translation>
        </message>
        <message>
            <source>无法写入文件 %1：%2</source>
            <translation>Cannot write the file %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Excel 工作簿（.xlsx）</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>两张工作表：许可证一览和合规期限</source>
            <translation>Two sheets: the list of licenses and the deadlines</translation>
        </message>
        <message>
            <source>CSV 表格（.csv）</source>
            <translation>CSV table (.csv)</translation>
        </message>
        <message>
            <source>许可证一览，Excel 和 WPS 可直接打开</source>
            <translation>The list of licenses; opens directly in Excel and WPS</translation>
        </message>
        <message>
            <source>JSON 数据（.json）</source>
            <translation>JSON data (.json)</translation>
        </message>
        <message>
            <source>每张许可证的全部资料，供其他程序读取</source>
            <translation>Everything about each license, for other programs to read</translation>
        </message>
        <message>
            <source>日历（.ics）</source>
            <translation>Calendar (.ics)</translation>
        </message>
        <message>
            <source>尚未完成的合规期限，可导入 Outlook 或手机日历</source>
            <translation>The deadlines not yet done, for Outlook or a phone calendar</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>格式</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>许可证</source>
            <translation>Licenses</translation>
        </message>
        <message>
            <source>全部许可证（%1 张）</source>
            <translation>All licenses (%1)</translation>
        </message>
        <message>
            <source>当前列表中的许可证（按搜索和筛选，%1 张）</source>
            <translation>The licenses listed now (by search and filter, %1)</translation>
        </message>
        <message>
            <source>选中的许可证：%1</source>
            <translation>The selected license: %1</translation>
        </message>
        <message>
            <source>选中的许可证（未选中）</source>
            <translation>The selected license (none selected)</translation>
        </message>
        <message>
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
    </context>
    <context>
        <name>FindingMark</name>
        <message>
            <source>错误</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>提示</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>licdesk 用户指南</source>
            <translation>licdesk user guide</translation>
        </message>
        <message>
            <source>找不到用户指南文件（guide.md）。请重新安装 licdesk。</source>
            <translation>The user guide (guide.md) was not found. Please reinstall licdesk.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>录入</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>修改</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>移到回收站</source>
            <translation>Move to trash</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>永久删除</source>
            <translation>Delete for good</translation>
        </message>
        <message>
            <source>添加附件</source>
            <translation>Add attachment</translation>
        </message>
        <message>
            <source>删除附件</source>
            <translation>Delete attachment</translation>
        </message>
        <message>
            <source>关闭许可证</source>
            <translation>Closed the license</translation>
        </message>
        <message>
            <source>重新启用</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>法定代表人</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>发证机关</source>
            <translation>Issuing authority</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>许可证标题</source>
            <translation>License title</translation>
        </message>
        <message>
            <source>正文</source>
            <translation>Main text</translation>
        </message>
        <message>
            <source>业务种类</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>附页网站</source>
            <translation>Annex websites</translation>
        </message>
        <message>
            <source>特别规定事项</source>
            <translation>Special provisions</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>Inspections / reports</translation>
        </message>
        <message>
            <source>事项记录</source>
            <translation>Event records</translation>
        </message>
        <message>
            <source>读取提示</source>
            <translation>Reading notes</translation>
        </message>
        <message>
            <source>附页标题</source>
            <translation>Annex heading</translation>
        </message>
        <message>
            <source>特别规定事项引言</source>
            <translation>Introduction to the special provisions</translation>
        </message>
        <message>
            <source>附件</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>变更内容</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>重新导入</source>
            <translation>Imported again</translation>
        </message>
        <message>
            <source>内容没有变化</source>
            <translation>Nothing changed</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>%1：%2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>撤销关闭（%1）</source>
            <translation>Closing undone (%1)</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1 起不再续办</source>
            <translation>not continued from %1</translation>
        </message>
        <message>
            <source>%1 注销</source>
            <translation>cancelled on %1</translation>
        </message>
        <message>
            <source>%1 换发新证</source>
            <translation>replaced on %1</translation>
        </message>
        <message>
            <source>（新证 %1）</source>
            <translation> (new license %1)</translation>
        </message>
        <message>
            <source>；此前未完成的事项一并免除</source>
            <translation>; the duties still open were waived</translation>
        </message>
        <message>
            <source>；备注：%1</source>
            <translation>; note: %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPane</name>
        <message>
            <source>每次导入、修改、移到回收站和恢复都记录在此；每个保存过的版本都留有完整副本。</source>
            <translation>Every import, change, move to the trash and restore is recorded here; a full copy of every saved version is kept.</translation>
        </message>
        <message>
            <source>与早先版本比较…</source>
            <translation>Compare with an earlier version…</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <source>导入许可证文件</source>
            <translation>Import license files</translation>
        </message>
        <message>
            <source>许可证文件 (*.txt *.text *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;许可证文本 (*.txt *.text);;PDF 与扫描图像 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</source>
            <translation>License files (*.txt *.text *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;License texts (*.txt *.text);;PDFs and scanned images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
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
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>正在导入 %1 个文件…</source>
            <translation>Importing %1 files…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>正在备份数据库，然后导入 %1 个文件…</source>
            <translation>Backing up the database, then importing %1 files…</translation>
        </message>
        <message>
            <source>未导入</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <source>导入前无法备份数据库，为免无法恢复，这批文件没有导入：
%1</source>
            <translation>The database could not be backed up before the import, so these files were not imported (there would be no way back):
%1</translation>
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
            <source>只能导入许可证文本（.txt）、PDF 或扫描图像（.png、.jpg、.tif）。</source>
            <translation>Only license texts (.txt), PDFs and scanned images (.png, .jpg, .tif) can be imported.</translation>
        </message>
        <message>
            <source>拖入的文本</source>
            <translation>Dropped text</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>服务器放置地</source>
            <translation>Server location</translation>
        </message>
        <message>
            <source>接入服务提供单位</source>
            <translation>Access provider</translation>
        </message>
        <message>
            <source>（适用于%1）</source>
            <translation>(applies to %1)</translation>
        </message>
        <message>
            <source>年报</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <source>年检</source>
            <translation>Annual inspection</translation>
        </message>
        <message>
            <source>%1 年度</source>
            <translation>Year %1</translation>
        </message>
        <message>
            <source>经营许可证编号</source>
            <translation>License number</translation>
        </message>
        <message>
            <source>跨地区许可证：由工业和信息化部颁发，可在多个省份经营</source>
            <translation>Cross-regional license: issued by the Ministry of Industry and Information Technology, for business in several provinces</translation>
        </message>
        <message>
            <source>省内许可证：由所在省（自治区、直辖市）通信管理局颁发，在该地经营</source>
            <translation>Provincial license: issued by the communications administration of the province (or region, or municipality), for business there</translation>
        </message>
        <message>
            <source>许可证类别</source>
            <translation>Kind of license</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>法定代表人</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <source>业务种类</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>发证机关</source>
            <translation>Issuing authority</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>附页网站</source>
            <translation>Annex websites</translation>
        </message>
        <message>
            <source>特别规定事项</source>
            <translation>Special provisions</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>Inspections / reports</translation>
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
        <name>InspectionsEditor</name>
        <message>
            <source>年检</source>
            <translation>Annual inspection</translation>
        </message>
        <message>
            <source>年报</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>机关</source>
            <translation>Authority</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>添加记录</source>
            <translation>Add record</translation>
        </message>
        <message>
            <source>年度应为四位年份，如 2024</source>
            <translation>The year should have four digits, e.g. 2024</translation>
        </message>
        <message>
            <source>“%1”不是有效日期，未保存。请写作 2026-03-15、2026/3/15、20260315 或 2026年3月15日</source>
            <translation>“%1” is not a valid date and was not saved. Write it as 2026-03-15, 2026/3/15, 20260315 or 2026年3月15日</translation>
        </message>
        <message>
            <source>修改年检/年报记录</source>
            <translation>Change inspection or annual report record</translation>
        </message>
        <message>
            <source>添加年检/年报记录</source>
            <translation>Add inspection or annual report record</translation>
        </message>
        <message>
            <source>删除年检/年报记录</source>
            <translation>Delete inspection or annual report record</translation>
        </message>
        <message>
            <source>调整年检/年报顺序</source>
            <translation>Reorder inspections and annual reports</translation>
        </message>
    </context>
    <context>
        <name>InspectionsModel</name>
        <message>
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>盖章机关</source>
            <translation>Stamped by</translation>
        </message>
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
        <message>
            <source>添加记录…</source>
            <translation>Add record…</translation>
        </message>
        <message>
            <source>记录一年的年报报送或年检结果</source>
            <translation>Record a year's annual report filing or inspection result</translation>
        </message>
        <message>
            <source>资料库以只读方式打开，不能添加记录</source>
            <translation>The library is open read-only; records cannot be added</translation>
        </message>
        <message>
            <source>记录未保存</source>
            <translation>Record not saved</translation>
        </message>
        <message>
            <source>许可证 %1 刚刚在别处被修改过，记录未保存。请查看最新内容后再添加。</source>
            <translation>License %1 was changed elsewhere just now, so the record was not saved. Please look at the latest content and add it again.</translation>
        </message>
        <message>
            <source>许可证 %1 已不在库中（可能已被删除）。</source>
            <translation>License %1 is no longer in the library (it may have been deleted).</translation>
        </message>
    </context>
    <context>
        <name>LibraryController</name>
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
            <source>未能关闭许可证</source>
            <translation>Could not close the license</translation>
        </message>
        <message>
            <source>已关闭 %1（%2）</source>
            <translation>Closed %1 (%2)</translation>
        </message>
        <message>
            <source>重新启用</source>
            <translation>Reopen license</translation>
        </message>
        <message>
            <source>许可证 %1 没有关闭，无需重新启用。</source>
            <translation>License %1 is not closed; there is nothing to reopen.</translation>
        </message>
        <message>
            <source>重新启用许可证 %1？
它将像未关闭时一样产生年报、续办等事项。</source>
            <translation>Reopen license %1?
Its annual reports, renewal and other duties will be listed again as before it was closed.</translation>
        </message>
        <message>
            <source>未能重新启用许可证</source>
            <translation>Could not reopen the license</translation>
        </message>
        <message>
            <source>已重新启用 %1</source>
            <translation>Reopened %1</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>业务种类</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>编号 / 公司名称</source>
            <translation>Number / company</translation>
        </message>
    </context>
    <context>
        <name>LibraryPane</name>
        <message>
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>即将到期</source>
            <translation>Expiring</translation>
        </message>
        <message>
            <source>已过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>已关闭</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>搜索 编号 / 公司 / 域名 / 接入商 / 业务 / 条款…  (Ctrl+F)</source>
            <translation>Search number / company / domain / provider / service / clause…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>有效期在 90 天内届满的许可证：应着手申请续办</source>
            <translation>Licenses whose validity ends within 90 days: time to apply for renewal</translation>
        </message>
        <message>
            <source>不再续办、已注销或已换发新证的许可证</source>
            <translation>Licenses not continued, cancelled or replaced by a new certificate</translation>
        </message>
        <message>
            <source>搜索…  (Ctrl+F)</source>
            <translation>Search…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>编辑…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>与其他许可证比较…</source>
            <translation>Compare with another license…</translation>
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
            <source>导出此许可证…</source>
            <translation>Export this license…</translation>
        </message>
        <message>
            <source>移到回收站…</source>
            <translation>Move to trash…</translation>
        </message>
    </context>
    <context>
        <name>LicenseEditor</name>
        <message>
            <source>撤销</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>重做</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>退出编辑</source>
            <translation>Stop editing</translation>
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
            <source>特别规定事项</source>
            <translation>Special provisions</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>Inspections / reports</translation>
        </message>
        <message>
            <source>撤销 </source>
            <translation>Undo: </translation>
        </message>
        <message>
            <source>重做 </source>
            <translation>Redo: </translation>
        </message>
        <message>
            <source>新许可证</source>
            <translation>New license</translation>
        </message>
        <message>
            <source>编辑 </source>
            <translation>Editing </translation>
        </message>
        <message>
            <source>（未保存）</source>
            <translation> (not saved)</translation>
        </message>
        <message>
            <source>核对：没有发现问题。</source>
            <translation>Check: no problems found.</translation>
        </message>
        <message>
            <source>核对：%1 处错误（须改正才能保存），%2 处提示</source>
            <translation>Check: %1 error(s) (must be corrected before saving), %2 note(s)</translation>
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
            <source>审查</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>逐条审查此许可证</source>
            <translation>Review this license clause by clause</translation>
        </message>
        <message>
            <source>共 %1 张许可证 · 有效 %2 · 即将到期 %3 · 已过期 %4</source>
            <translation>%1 licenses · %2 valid · %3 expiring · %4 expired</translation>
        </message>
        <message>
            <source>导入许可证文件(&amp;I)…</source>
            <translation>&amp;Import license files…</translation>
        </message>
        <message>
            <source>导入一个或多个许可证文件：文本（.txt）、PDF 或扫描图像</source>
            <translation>Import one or more license files: text (.txt), PDF or scanned images</translation>
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
            <source>批量打印(&amp;B)…</source>
            <translation>&amp;Batch print…</translation>
        </message>
        <message>
            <source>移到回收站(&amp;D)…</source>
            <translation>&amp;Move to trash…</translation>
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
            <source>导出(&amp;X)…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>把全部或选中的许可证导出为 Excel、CSV、JSON 或日历文件</source>
            <translation>Export all or the selected licenses as Excel, CSV, JSON or a calendar file</translation>
        </message>
        <message>
            <source>连接团队库(&amp;K)…</source>
            <translation>Connect to &amp;Team Library…</translation>
        </message>
        <message>
            <source>打开多人共用的团队库（PostgreSQL），或切换回本机数据库</source>
            <translation>Open a team library shared by several clerks (PostgreSQL), or switch back to this computer's database</translation>
        </message>
        <message>
            <source>带走离线副本(&amp;T)…</source>
            <translation>Take an Offline &amp;Copy…</translation>
        </message>
        <message>
            <source>把整个团队库存为本机的一个文件：离线时也能查看、打印和审查</source>
            <translation>Save the whole team library as a file on this computer: view, print and review it offline too</translation>
        </message>
        <message>
            <source>打开离线副本(&amp;O)…</source>
            <translation>&amp;Open Offline Copy…</translation>
        </message>
        <message>
            <source>打开一个离线副本或其他 licdesk 数据库文件</source>
            <translation>Open an offline copy or another licdesk database file</translation>
        </message>
        <message>
            <source>添加年检/年报记录(&amp;R)…</source>
            <translation>Add inspection or annual &amp;report record…</translation>
        </message>
        <message>
            <source>记录一年的年报报送或年检结果</source>
            <translation>Record a year's annual report filing or inspection result</translation>
        </message>
        <message>
            <source>关闭许可证(&amp;G)…</source>
            <translation>C&amp;lose license…</translation>
        </message>
        <message>
            <source>许可证不再续办、已注销或已换发新证：此后不再为它生成事项</source>
            <translation>The license was not continued, was cancelled or was replaced: no duties are listed for it from then on</translation>
        </message>
        <message>
            <source>重新启用许可证(&amp;U)</source>
            <translation>Re&amp;open license</translation>
        </message>
        <message>
            <source>撤销关闭：许可证重新产生年报、续办等事项</source>
            <translation>Undo the closing: the license's annual reports, renewal and other duties are listed again</translation>
        </message>
        <message>
            <source>时间轴(&amp;T)…</source>
            <translation>&amp;Timeline…</translation>
        </message>
        <message>
            <source>每张许可证的有效期、年报和期限排在一条时间线上</source>
            <translation>Each license's validity, annual reports and deadlines on one line</translation>
        </message>
        <message>
            <source>到期一览(&amp;D)…</source>
            <translation>&amp;Due overview…</translation>
        </message>
        <message>
            <source>本月到期、未来90天和已逾期的事项，可打印、导出</source>
            <translation>What is due this month, in the next 90 days and overdue; print or export it</translation>
        </message>
        <message>
            <source>许可证列表(&amp;Y)</source>
            <translation>License &amp;list</translation>
        </message>
        <message>
            <source>隐藏左侧的许可证列表，给正本、附页和条款更多地方；再按一次显示</source>
            <translation>Hide the list of licenses on the left to give the certificate, annex and clauses more room; press again to show it</translation>
        </message>
        <message>
            <source>紧凑列表(&amp;K)</source>
            <translation>&amp;Compact list</translation>
        </message>
        <message>
            <source>列表只显示编号、公司名称（两行）和状态，占地更少</source>
            <translation>The list shows only the number, the company (on two lines) and the status, and takes less room</translation>
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
            <source>新建许可证(&amp;N)</source>
            <translation>&amp;New license</translation>
        </message>
        <message>
            <source>照纸质原件逐项录入一张许可证</source>
            <translation>Enter a license item by item from the paper original</translation>
        </message>
        <message>
            <source>从已有许可证的条款新建(&amp;M)…</source>
            <translation>New fro&amp;m an existing license's provisions…</translation>
        </message>
        <message>
            <source>编辑许可证(&amp;E)</source>
            <translation>&amp;Edit license</translation>
        </message>
        <message>
            <source>修改当前许可证的正本、附页、条款和年检记录</source>
            <translation>Change the current license's certificate, annex, provisions and inspection records</translation>
        </message>
        <message>
            <source>保存(&amp;S)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>比较两张许可证(&amp;O)…</source>
            <translation>C&amp;ompare two licenses…</translation>
        </message>
        <message>
            <source>与早先版本比较(&amp;V)…</source>
            <translation>Compare with an earlier &amp;version…</translation>
        </message>
        <message>
            <source>用户指南(&amp;G)</source>
            <translation>User &amp;Guide</translation>
        </message>
        <message>
            <source>在程序里阅读使用说明，无需联网</source>
            <translation>Read the user guide inside licdesk, no network needed</translation>
        </message>
        <message>
            <source>键盘快捷键(&amp;K)</source>
            <translation>&amp;Keyboard Shortcuts</translation>
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
            <source>首选项(&amp;N)…</source>
            <translation>Prefere&amp;nces…</translation>
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
            <source>审查模式(&amp;V)…</source>
            <translation>Re&amp;view mode…</translation>
        </message>
        <message>
            <source>导入审查包(&amp;I)…</source>
            <translation>&amp;Import review package…</translation>
        </message>
        <message>
            <source>只读查看审查包(&amp;O)…</source>
            <translation>View review package read-&amp;only…</translation>
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
            <source>数据库问题</source>
            <translation>Database problem</translation>
        </message>
        <message>
            <source>（只读）</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <source> · 已关闭 %1</source>
            <translation> · %1 closed</translation>
        </message>
        <message>
            <source> · 当前列出 %1 张</source>
            <translation> · %1 listed</translation>
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
        <name>OfflineCopyBadge</name>
        <message>
            <source>离线副本，取自 %1 于 %2</source>
            <translation>Offline copy, taken from %1 on %2</translation>
        </message>
        <message>
            <source>这是从团队库取出的一份文件副本；在这里的修改不会自动回到团队库，审查结果可用审查包带回</source>
            <translation>A copy of a team library in a file: changes made here do not go back to the team library by themselves; bring reviews back with a review package</translation>
        </message>
    </context>
    <context>
        <name>OlderObligations</name>
        <message>
            <source>这些事项属于开始跟踪的年度之前（首选项 → 合规期限 → 跟踪范围），不作为逾期提醒，也不出现在启动提醒和导出的日历中。</source>
            <translation>These duties belong to years before tracking starts (Preferences → Deadlines → Tracking): they are not overdue alarms and appear neither in the start-up reminder nor in exported calendars.</translation>
        </message>
        <message>
            <source>更早的事项（不跟踪）%1 项</source>
            <translation>Earlier duties (not tracked): %1</translation>
        </message>
    </context>
    <context>
        <name>PageViewer</name>
        <message>
            <source>第 %1 / %2 页</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>没有页面图像</source>
            <translation>No page image</translation>
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
            <source>请至少勾选一项打印内容。</source>
            <translation>Tick at least one part to print.</translation>
        </message>
        <message>
            <source>正在更新预览…</source>
            <translation>Updating the preview…</translation>
        </message>
        <message>
            <source>无法生成打印文件：%1</source>
            <translation>The print file could not be produced: %1</translation>
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
        <name>PreferencesDialog</name>
        <message>
            <source>首选项</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>跟随系统 — %1</source>
            <translation>Same as the system — %1</translation>
        </message>
        <message>
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <source> 份</source>
            <translation> copies</translation>
        </message>
        <message>
            <source>全部年度</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>从 </source>
            <translation>From </translation>
        </message>
        <message>
            <source> 年度开始跟踪</source>
            <translation> on</translation>
        </message>
        <message>
            <source>界面</source>
            <translation>Interface</translation>
        </message>
        <message>
            <source>界面语言：</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>更改界面语言后，需重新启动 licdesk 才能生效。</source>
            <translation>A new language takes effect when licdesk starts again.</translation>
        </message>
        <message>
            <source>合规期限</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>提前提醒：</source>
            <translation>Warn ahead:</translation>
        </message>
        <message>
            <source>截止日期前多少天起，事项显示为“即将到期”并在启动时提醒。合规期限窗口使用同一设置。</source>
            <translation>How many days before a deadline an item counts as due soon and appears in the reminder at start-up. The Deadlines window uses the same setting.</translation>
        </message>
        <message>
            <source>跟踪范围：</source>
            <translation>Tracking: </translation>
        </message>
        <message>
            <source>接手一个库时，更早年度未记录的年报等不再作为逾期提醒，只在合规期限窗口中折叠列出。此设置保存在数据库中，随库一起备份和复制。</source>
            <translation>For a library taken over from someone else: unrecorded annual reports and other duties of earlier years are no longer overdue alarms, only listed folded away in the Deadlines window. This is kept in the database, so it goes with the library into backups and copies.</translation>
        </message>
        <message>
            <source>备份</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>保留自动备份：</source>
            <translation>Keep automatic backups:</translation>
        </message>
        <message>
            <source>licdesk 每次启动时自动备份数据库，只保留最近的若干份；手动备份不会被自动删除。</source>
            <translation>licdesk backs up the database every time it starts and keeps only the most recent copies; backups made by hand are never removed automatically.</translation>
        </message>
        <message>
            <source>未设置</source>
            <translation>None</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>清除</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>本单位节假日表：</source>
            <translation>Own holiday table:</translation>
        </message>
        <message>
            <source>工作日按国务院公布的节假日安排计算。尚未公布的年份，可选本单位的节假日表（文本文件，每行一个日期和“休”或“班”），表中列出的年份按此表计算。</source>
            <translation>Working days follow the State Council's published holidays. For a year not yet published, choose your own table: a text file with one date a line and off or work. It rules the years it lists.</translation>
        </message>
        <message>
            <source>无法使用此节假日表：%1</source>
            <translation>This holiday table cannot be used: %1</translation>
        </message>
        <message>
            <source>选择节假日表</source>
            <translation>Choose a holiday table</translation>
        </message>
        <message>
            <source>文本文件 (*.txt);;所有文件 (*)</source>
            <translation>Text files (*.txt);;All files (*)</translation>
        </message>
        <message>
            <source>未能保存跟踪范围</source>
            <translation>Could not save the tracking start year</translation>
        </message>
        <message>
            <source>界面语言将在下次启动 licdesk 时改为 %1。</source>
            <translation>licdesk will show %1 the next time it starts.</translation>
        </message>
        <message>
            <source>重新启动后生效</source>
            <translation>Takes effect after a restart</translation>
        </message>
        <message>
            <source>界面语言将在 licdesk 重新启动后改为 %1。

现在重新启动吗？如有未保存的修改，会先询问是否保存。</source>
            <translation>licdesk will show %1 after it starts again.

Restart now? If there are unsaved changes, you will be asked whether to save them first.</translation>
        </message>
        <message>
            <source>立即重启</source>
            <translation>Restart now</translation>
        </message>
        <message>
            <source>稍后</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>无法重新启动</source>
            <translation>Could not restart</translation>
        </message>
        <message>
            <source>licdesk 已关闭，但未能自动重新打开。请手动启动 licdesk。</source>
            <translation>licdesk has closed but could not open again by itself. Please start licdesk yourself.</translation>
        </message>
    </context>
    <context>
        <name>PresenceBanner</name>
        <message>
            <source>%1 正在编辑许可证 %2。您也可以查看和修改；两人都保存时，后保存的一方会看到冲突，并可比较两份内容后再决定。</source>
            <translation>%1 is editing license %2. You can still view and change it; if you both save, whoever saves second sees the conflict and can compare the two versions before deciding.</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>PrintBridge</name>
        <message>
            <source>无法生成打印文件</source>
            <translation>Cannot produce the print file</translation>
        </message>
        <message>
            <source>%1：%2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>PrintOptionsForm</name>
        <message>
            <source>正本</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>附页</source>
            <translation>Annex</translation>
        </message>
        <message>
            <source>特别规定事项</source>
            <translation>Special provisions</translation>
        </message>
        <message>
            <source>年检情况记录表</source>
            <translation>Annual inspection record</translation>
        </message>
        <message>
            <source>不加水印</source>
            <translation>No watermark</translation>
        </message>
        <message>
            <source>例如：本公司文件编号，印在每页顶部</source>
            <translation>e.g. your own document reference, printed at the top of every page</translation>
        </message>
        <message>
            <source>部分：</source>
            <translation>Parts:</translation>
        </message>
        <message>
            <source>水印：</source>
            <translation>Watermark:</translation>
        </message>
        <message>
            <source>参考文字：</source>
            <translation>Reference:</translation>
        </message>
    </context>
    <context>
        <name>ProvisionsPane</name>
        <message>
            <source>在条款中查找…</source>
            <translation>Find in clauses…</translation>
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
        <message>
            <source>（适用于%1）</source>
            <translation>(applies to %1)</translation>
        </message>
    </context>
    <context>
        <name>QtStringsSupplement</name>
        <message>
            <source>查找范围(&amp;L)：</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>文件类型(&amp;T)：</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>计算机</source>
            <translation>Computer</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>添加年检/年报记录</source>
            <translation>Add inspection or annual report record</translation>
        </message>
        <message>
            <source>为许可证 %1 添加一条年检或年报记录。</source>
            <translation>Add an annual report or inspection record to license %1.</translation>
        </message>
        <message>
            <source>选择或直接输入，如 已报送</source>
            <translation>Choose or type, e.g. Filed</translation>
        </message>
        <message>
            <source>（可不填）如 报送回执编号</source>
            <translation>(optional) e.g. the filing receipt number</translation>
        </message>
        <message>
            <source>年度：</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>类型：</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>结果：</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>日期：</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>备注：</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>已有 %1 年度的%2记录。要修改它，请用“编辑”打开许可证。</source>
            <translation>There is already a record for %1 (%2). To change it, open the license with Edit.</translation>
        </message>
    </context>
    <context>
        <name>RecordResults</name>
        <message>
            <source>合格</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>不合格</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>已报送</source>
            <translation>Filed</translation>
        </message>
        <message>
            <source>已公示</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>限期整改</source>
            <translation>Correction ordered</translation>
        </message>
        <message>
            <source>未报送</source>
            <translation>Not filed</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>上移</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>下移</source>
            <translation>Move down</translation>
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
            <translation>Please note: </translation>
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
            <source>下面列出最紧急的 %1 项，全部事项见“合规期限”。</source>
            <translation>The %1 most urgent items are listed below; see "Deadlines" for all of them.</translation>
        </message>
        <message>
            <source>选中一项查看详情。</source>
            <translation>Select an item to see its details.</translation>
        </message>
        <message>
            <source>查看合规期限</source>
            <translation>Show deadlines</translation>
        </message>
        <message>
            <source>明天再提醒</source>
            <translation>Remind me tomorrow</translation>
        </message>
        <message>
            <source>今天不再提醒，明天打开 licdesk 时再提醒</source>
            <translation>No more reminders today; licdesk reminds you again when you open it tomorrow</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>启动时自动备份</source>
            <translation>Automatic backup at start</translation>
        </message>
        <message>
            <source>手动备份</source>
            <translation>Manual backup</translation>
        </message>
        <message>
            <source>恢复前的原数据库</source>
            <translation>Database as it was before a restore</translation>
        </message>
        <message>
            <source>批量导入前自动备份</source>
            <translation>Automatic backup before a batch import</translation>
        </message>
        <message>
            <source>清空回收站前自动备份</source>
            <translation>Automatic backup before emptying the trash</translation>
        </message>
        <message>
            <source>升级数据库前自动备份</source>
            <translation>Automatic backup before a database upgrade</translation>
        </message>
        <message>
            <source>恢复前的原数据库（已损坏，原样保留）</source>
            <translation>Database as it was before a restore (damaged, kept as it was)</translation>
        </message>
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
            <source>备份时间</source>
            <translation>Backed up at</translation>
        </message>
        <message>
            <source>许可证</source>
            <translation>Licenses</translation>
        </message>
        <message>
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
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
            <source>无法从这个文件恢复，数据库未作任何改动。

%1

%2</source>
            <translation>Cannot restore from this file. The database was not changed.

%1

%2</translation>
        </message>
        <message>
            <source>用这份备份替换当前数据库？

%1
其中有 %2 份许可证。

当前数据库会先另存为一份备份（原因：恢复前的原数据库），之后仍可以恢复回来。</source>
            <translation>Replace the current database with this backup?

%1
Licenses in it: %2.

The current database is first saved as a backup (reason: database as it was before a restore), so you can restore it later.</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>Restore failed</translation>
        </message>
        <message>
            <source>恢复没有完成，数据库保持原样。

%1</source>
            <translation>The restore was not completed. The database is as it was.

%1</translation>
        </message>
        <message>
            <source>已恢复 %1 份许可证。</source>
            <translation>Restored. Licenses in the database: %1.</translation>
        </message>
        <message>
            <source>

恢复前的数据库已另存为：
%1</source>
            <translation>

The database as it was before the restore was saved as:
%1</translation>
        </message>
        <message>
            <source>恢复完成</source>
            <translation>Restore finished</translation>
        </message>
    </context>
    <context>
        <name>ReviewConflictsDialog</name>
        <message>
            <source>审查合并冲突</source>
            <translation>Review merge conflicts</translation>
        </message>
        <message>
            <source>以下各项在本库和审查包中都被修改过，内容不同。目前保留的是本库的内容；请逐项选择保留哪一方。</source>
            <translation>Each item below was changed both in this library and in the review package, differently. This library's version is kept for now; choose which side to keep for each item.</translation>
        </message>
        <message>
            <source>许可证</source>
            <translation>License</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>本库</source>
            <translation>This library</translation>
        </message>
        <message>
            <source>审查包</source>
            <translation>Review package</translation>
        </message>
        <message>
            <source>保留本库的</source>
            <translation>Keep this library's</translation>
        </message>
        <message>
            <source>采用审查包的</source>
            <translation>Take the package's</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>Fix by</translation>
        </message>
        <message>
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>%1 个附件</source>
            <translation>Attachments: %1</translation>
        </message>
        <message>
            <source>（%1）</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>没有待解决的冲突</source>
            <translation>No conflicts to resolve</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>licdesk 审查包 (*.licreview *.zip);;所有文件 (*)</source>
            <translation>licdesk review package (*.licreview *.zip);;All files (*)</translation>
        </message>
        <message>
            <source>导入审查包</source>
            <translation>Import review package</translation>
        </message>
        <message>
            <source>只读查看审查包</source>
            <translation>View a review package (read-only)</translation>
        </message>
        <message>
            <source>（只读）</source>
            <translation>(read-only)</translation>
        </message>
    </context>
    <context>
        <name>ReviewDiffDialog</name>
        <message>
            <source>与上一轮比较</source>
            <translation>Compare with the previous round</translation>
        </message>
        <message>
            <source>%1 → %2：%3 条有变化</source>
            <translation>%1 → %2: changed clauses: %3</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>上一轮</source>
            <translation>Previous round</translation>
        </message>
        <message>
            <source>本轮</source>
            <translation>This round</translation>
        </message>
        <message>
            <source>条款文字</source>
            <translation>Clause text</translation>
        </message>
        <message>
            <source>（旧文字）</source>
            <translation>(old text)</translation>
        </message>
        <message>
            <source>已变化，需重新审查</source>
            <translation>Changed, review again</translation>
        </message>
        <message>
            <source>两轮的审查结果相同。</source>
            <translation>Both rounds have the same results.</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>Fix by</translation>
        </message>
        <message>
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>%1 个附件</source>
            <translation>Attachments: %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>（适用于%1）</source>
            <translation>(applies to %1)</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>条款内容</source>
            <translation>Clause text</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>Fix by</translation>
        </message>
        <message>
            <source>证据</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>⚑ 条款已变化，需重新审查</source>
            <translation>⚑ The clause has changed; review it again</translation>
        </message>
    </context>
    <context>
        <name>ReviewPane</name>
        <message>
            <source>开始新一轮审查</source>
            <translation>Start a new review round</translation>
        </message>
        <message>
            <source>在条款列表中按 %1 键</source>
            <translation>Press %1 in the clause list</translation>
        </message>
        <message>
            <source>说明：做法、证据在哪里、还缺什么</source>
            <translation>Notes: what is done, where the evidence is, what is missing</translation>
        </message>
        <message>
            <source>有整改期限</source>
            <translation>Has a fix-by date</translation>
        </message>
        <message>
            <source>保存说明</source>
            <translation>Save notes</translation>
        </message>
        <message>
            <source>添加附件作为证据…</source>
            <translation>Attach a file as evidence…</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>Fix by</translation>
        </message>
        <message>
            <source>证据（附件）</source>
            <translation>Evidence (attachments)</translation>
        </message>
        <message>
            <source>审查轮次</source>
            <translation>Review round</translation>
        </message>
        <message>
            <source>第 %1 轮  %2</source>
            <translation>Round %1  %2</translation>
        </message>
        <message>
            <source>这份许可证还没有审查。点“开始新一轮审查”开始逐条审查。</source>
            <translation>This license has not been reviewed yet. Click "Start a new review round" to review it clause by clause.</translation>
        </message>
        <message>
            <source>已审 %1 / %2 条</source>
            <translation>%1 of %2 reviewed</translation>
        </message>
        <message>
            <source>，%1 条需重新审查</source>
            <translation>, to review again: %1</translation>
        </message>
        <message>
            <source>⚑ 条款文字自上次审查以来已变化，请重新审查</source>
            <translation>⚑ The clause text has changed since the last review; please review it again</translation>
        </message>
        <message>
            <source>只读方式打开：审查结果不能修改</source>
            <translation>Opened read-only: review results cannot be changed</translation>
        </message>
        <message>
            <source>所有条款都已审查</source>
            <translation>All clauses have been reviewed</translation>
        </message>
        <message>
            <source>整改期限未保存：</source>
            <translation>The due date was not saved: </translation>
        </message>
        <message>
            <source>无法读取文件：%1</source>
            <translation>Cannot read the file: %1</translation>
        </message>
        <message>
            <source>选择证据文件</source>
            <translation>Choose an evidence file</translation>
        </message>
        <message>
            <source>扫描件或照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
            <translation>Scans or photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>licdesk 审查模式 — %1</source>
            <translation>licdesk review mode — %1</translation>
        </message>
        <message>
            <source>（只读）</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <source>审查</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>导入审查包…</source>
            <translation>Import review package…</translation>
        </message>
        <message>
            <source>导出审查包…</source>
            <translation>Export review package…</translation>
        </message>
        <message>
            <source>生成审查报告…</source>
            <translation>Create review report…</translation>
        </message>
        <message>
            <source>与上一轮比较</source>
            <translation>Compare with the previous round</translation>
        </message>
        <message>
            <source>合并冲突…</source>
            <translation>Merge conflicts…</translation>
        </message>
        <message>
            <source>未开始审查</source>
            <translation>Not reviewed yet</translation>
        </message>
        <message>
            <source>已审 %1 / %2 条</source>
            <translation>%1 of %2 reviewed</translation>
        </message>
        <message>
            <source>  待解决冲突：%1</source>
            <translation>  Conflicts to resolve: %1</translation>
        </message>
        <message>
            <source>已导入审查包：%1 份许可证，合并 %2 条，冲突 %3 处</source>
            <translation>Review package imported. Licenses: %1, clauses merged: %2, conflicts: %3</translation>
        </message>
        <message>
            <source>已导出审查包：%1</source>
            <translation>Review package exported: %1</translation>
        </message>
        <message>
            <source>这份许可证还没有审查，无法生成报告</source>
            <translation>This license has not been reviewed yet, so there is no report to create</translation>
        </message>
        <message>
            <source>无法写入文件：%1</source>
            <translation>Cannot write the file: %1</translation>
        </message>
        <message>
            <source>已生成审查报告：%1</source>
            <translation>Review report created: %1</translation>
        </message>
        <message>
            <source>只有一轮审查，无可比较</source>
            <translation>There is only one review round; nothing to compare</translation>
        </message>
        <message>
            <source>导入审查包</source>
            <translation>Import review package</translation>
        </message>
        <message>
            <source>审查包 (*.licreview)</source>
            <translation>Review packages (*.licreview)</translation>
        </message>
        <message>
            <source>导出审查包</source>
            <translation>Export review package</translation>
        </message>
        <message>
            <source>生成审查报告</source>
            <translation>Create review report</translation>
        </message>
        <message>
            <source>审查报告-%1-%2.pdf</source>
            <translation>review-report-%1-%2.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Excel (*.xlsx)</source>
            <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>SafetyController</name>
        <message>
            <source>已备份到 %1</source>
            <translation>Backed up to %1</translation>
        </message>
        <message>
            <source>无法重新打开数据库</source>
            <translation>Cannot reopen the database</translation>
        </message>
        <message>
            <source>已自动备份数据库</source>
            <translation>The database was backed up automatically</translation>
        </message>
        <message>
            <source>启动时的自动备份未完成：%1</source>
            <translation>The automatic backup at start did not complete: %1</translation>
        </message>
    </context>
    <context>
        <name>SavePrompts</name>
        <message>
            <source>尚未保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>%1 有尚未保存的修改。要保存吗？</source>
            <translation>%1 has changes that are not saved. Save them?</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>放弃修改</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>许可证已被修改</source>
            <translation>The license has been changed</translation>
        </message>
        <message>
            <source>重新载入（放弃我的修改）</source>
            <translation>Reload (discard my changes)</translation>
        </message>
        <message>
            <source>保存为新许可证</source>
            <translation>Save as a new license</translation>
        </message>
        <message>
            <source>仍然保存（覆盖）</source>
            <translation>Save anyway (overwrite)</translation>
        </message>
    </context>
    <context>
        <name>ScanController</name>
        <message>
            <source>正在识别</source>
            <translation>Recognition in progress</translation>
        </message>
        <message>
            <source>上一个扫描件还在识别，请稍候。</source>
            <translation>The previous scan is still being recognised. Please wait.</translation>
        </message>
        <message>
            <source>识别扫描件</source>
            <translation>Recognise scan</translation>
        </message>
        <message>
            <source>正在识别扫描件…</source>
            <translation>Recognising the scan…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>已取消扫描件识别：%1</source>
            <translation>Scan recognition cancelled: %1</translation>
        </message>
        <message>
            <source>无法识别扫描件</source>
            <translation>Cannot recognise the scan</translation>
        </message>
        <message>
            <source>无法导入 %1</source>
            <translation>Cannot import %1</translation>
        </message>
        <message>
            <source>正在识别第 %1 / %2 页</source>
            <translation>Recognising page %1 of %2</translation>
        </message>
        <message>
            <source>扫描件</source>
            <translation>Scan</translation>
        </message>
        <message>
            <source>扫描件未能作为附件保存</source>
            <translation>Scan not kept as an attachment</translation>
        </message>
        <message>
            <source>许可证 %1 已保存，但扫描件原件未能保存为附件：%2</source>
            <translation>License %1 was saved, but the original scan could not be kept as its attachment: %2</translation>
        </message>
    </context>
    <context>
        <name>ScanPreviewDialog</name>
        <message>
            <source>扫描件导入预览</source>
            <translation>Scan import preview</translation>
        </message>
        <message>
            <source>请对照左侧扫描图像核对识别结果。黄色标出的是识别不确定的行。确认无误后点击“保存”，许可证和扫描件原件将一起保存；在此之前不会写入任何内容。</source>
            <translation>Check the recognised result against the scanned image on the left. Lines the recognition was unsure of are marked in yellow. When everything is right, click “Save”: the license and the original scan are saved together. Nothing is written before that.</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>识别结果</source>
            <translation>Recognised</translation>
        </message>
        <message>
            <source>识别文字（%1 行待核对）</source>
            <translation>Recognised text (lines to check: %1)</translation>
        </message>
        <message>
            <source>请核对以下 %1 项：</source>
            <translation>Items to check: %1</translation>
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
        <name>ServiceChoices</name>
        <message>
            <source>互联网数据中心业务</source>
            <translation>Internet data centre (IDC)</translation>
        </message>
        <message>
            <source>互联网数据中心业务（不含互联网资源协作服务）</source>
            <translation>Internet data centre (IDC), without Internet resource collaboration</translation>
        </message>
        <message>
            <source>互联网资源协作服务业务</source>
            <translation>Internet resource collaboration (cloud)</translation>
        </message>
        <message>
            <source>内容分发网络业务</source>
            <translation>Content delivery network (CDN)</translation>
        </message>
        <message>
            <source>国内互联网虚拟专用网业务</source>
            <translation>Domestic Internet VPN</translation>
        </message>
        <message>
            <source>互联网接入服务业务</source>
            <translation>Internet access (ISP)</translation>
        </message>
        <message>
            <source>在线数据处理与交易处理业务</source>
            <translation>Online data and transaction processing (EDI)</translation>
        </message>
        <message>
            <source>国内多方通信服务业务</source>
            <translation>Domestic multi-party communication</translation>
        </message>
        <message>
            <source>存储转发类业务</source>
            <translation>Store-and-forward services</translation>
        </message>
        <message>
            <source>呼叫中心业务</source>
            <translation>Call centre</translation>
        </message>
        <message>
            <source>国内呼叫中心业务</source>
            <translation>Domestic call centre</translation>
        </message>
        <message>
            <source>离岸呼叫中心业务</source>
            <translation>Offshore call centre</translation>
        </message>
        <message>
            <source>信息服务业务</source>
            <translation>Information services</translation>
        </message>
        <message>
            <source>信息服务业务（仅限互联网信息服务）</source>
            <translation>Information services, Internet information services only (ICP)</translation>
        </message>
        <message>
            <source>信息服务业务（不含互联网信息服务）</source>
            <translation>Information services, without Internet information services (SP)</translation>
        </message>
        <message>
            <source>编码和规程转换业务</source>
            <translation>Code and protocol conversion</translation>
        </message>
    </context>
    <context>
        <name>ServiceRow</name>
        <message>
            <source>点击查看管辖此业务的特别规定事项</source>
            <translation>Click to see the special provisions that govern this service</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>键盘快捷键</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>菜单</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>命令</source>
            <translation>Command</translation>
        </message>
        <message>
            <source>快捷键</source>
            <translation>Shortcut</translation>
        </message>
    </context>
    <context>
        <name>TeamConnectDialog</name>
        <message>
            <source>能加密时加密（默认）</source>
            <translation>Encrypt when the server can (default)</translation>
        </message>
        <message>
            <source>必须加密</source>
            <translation>Always encrypt</translation>
        </message>
        <message>
            <source>必须加密并核对服务器证书</source>
            <translation>Always encrypt and check the server's certificate</translation>
        </message>
        <message>
            <source>不加密（仅限本机或可信的内部网络）</source>
            <translation>Do not encrypt (only on this computer or a trusted office network)</translation>
        </message>
        <message>
            <source>服务器拒绝了这个用户名或密码。</source>
            <translation>The server refused this user name or password.</translation>
        </message>
        <message>
            <source>服务器上没有这个数据库，请核对数据库名，或请管理员先创建团队库。</source>
            <translation>The server has no such database: check its name, or ask the administrator to create the team library first.</translation>
        </message>
        <message>
            <source>服务器上没有这个用户，请核对用户名。</source>
            <translation>The server has no such user: check the user name.</translation>
        </message>
        <message>
            <source>连不上服务器：请检查地址和端口是否正确、服务器是否开着、网络是否通畅。</source>
            <translation>The server cannot be reached: check the address and port, that the server is running, and the network.</translation>
        </message>
        <message>
            <source>地址无效，请检查服务器、端口和数据库名。</source>
            <translation>The address is not valid: check the server, port and database name.</translation>
        </message>
        <message>
            <source>服务器的 PostgreSQL 版本太旧，licdesk 需要 15 或更新的版本。</source>
            <translation>The server's PostgreSQL is too old: licdesk needs version 15 or newer.</translation>
        </message>
        <message>
            <source>连接团队库</source>
            <translation>Connect to Team Library</translation>
        </message>
        <message>
            <source>最近使用的库</source>
            <translation>Recent libraries</translation>
        </message>
        <message>
            <source>本机数据库：%1</source>
            <translation>This computer's database: %1</translation>
        </message>
        <message>
            <source>团队库：%1（用户 %2）</source>
            <translation>Team library: %1 (user %2)</translation>
        </message>
        <message>
            <source>从列表中移除</source>
            <translation>Remove from List</translation>
        </message>
        <message>
            <source>例如 192.168.1.20 或 db.example.cn</source>
            <translation>for example 192.168.1.20 or db.example.cn</translation>
        </message>
        <message>
            <source>留空则使用 PostgreSQL 的密码文件</source>
            <translation>leave empty to use PostgreSQL's password file</translation>
        </message>
        <message>
            <source>在系统钥匙串中记住密码</source>
            <translation>Remember the password in the system keyring</translation>
        </message>
        <message>
            <source>这台电脑没有可用的系统钥匙串：每次连接时输入密码，或把密码放在 PostgreSQL 的密码文件中。</source>
            <translation>This computer has no system keyring: type the password each time you connect, or keep it in PostgreSQL's password file.</translation>
        </message>
        <message>
            <source>服务器(&amp;S)：</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>端口(&amp;P)：</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>数据库(&amp;D)：</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>用户名(&amp;U)：</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>加密(&amp;T)：</source>
            <translation>&amp;Encryption:</translation>
        </message>
        <message>
            <source>密码(&amp;W)：</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>连接测试的结果</source>
            <translation>Result of the connection test</translation>
        </message>
        <message>
            <source>测试连接</source>
            <translation>Test Connection</translation>
        </message>
        <message>
            <source>连接</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>最近使用的库（双击切换）：</source>
            <translation>Recent libraries (double-click to switch):</translation>
        </message>
        <message>
            <source>打开本机数据库</source>
            <translation>Open This Computer's Database</translation>
        </message>
        <message>
            <source>服务器</source>
            <translation>the server</translation>
        </message>
        <message>
            <source>数据库</source>
            <translation>the database</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>the user name</translation>
        </message>
        <message>
            <source>请填写%1。</source>
            <translation>Please fill in %1.</translation>
        </message>
        <message>
            <source>正在连接 %1 …</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>连接成功（PostgreSQL %1）。</source>
            <translation>Connected (PostgreSQL %1).</translation>
        </message>
        <message>
            <source>连接失败：%1</source>
            <translation>Could not connect: %1</translation>
        </message>
        <message>
            <source>没能把密码存入系统钥匙串；这次照样连接。</source>
            <translation>The password could not be kept in the system keyring; connecting anyway this time.</translation>
        </message>
    </context>
    <context>
        <name>TeamController</name>
        <message>
            <source>无法打开团队库</source>
            <translation>Cannot Open the Team Library</translation>
        </message>
        <message>
            <source>已打开团队库 %1</source>
            <translation>Opened team library %1</translation>
        </message>
        <message>
            <source>无法打开本机数据库</source>
            <translation>Cannot Open This Computer's Database</translation>
        </message>
        <message>
            <source>已打开本机数据库 %1</source>
            <translation>Opened this computer's database %1</translation>
        </message>
        <message>
            <source>已重新连接团队库</source>
            <translation>Reconnected to the team library</translation>
        </message>
        <message>
            <source>与团队库的连接已断开</source>
            <translation>The connection to the team library was lost</translation>
        </message>
        <message>
            <source>%1-离线副本-%2.sqlite3</source>
            <translation>%1-offline-copy-%2.sqlite3</translation>
        </message>
        <message>
            <source>带走离线副本</source>
            <translation>Take an Offline Copy</translation>
        </message>
        <message>
            <source>licdesk 数据库文件 (*.sqlite3)</source>
            <translation>licdesk database files (*.sqlite3)</translation>
        </message>
        <message>
            <source>无法保存离线副本</source>
            <translation>Cannot save the offline copy</translation>
        </message>
        <message>
            <source>这是您本机的数据库文件，离线副本不能覆盖它；请另选一个文件名：
%1</source>
            <translation>This is your own database file on this computer; an offline copy cannot replace it. Please choose another file name:
%1</translation>
        </message>
        <message>
            <source>正在保存离线副本…</source>
            <translation>Saving the offline copy…</translation>
        </message>
        <message>
            <source>正在保存离线副本到 %1…</source>
            <translation>Saving the offline copy to %1…</translation>
        </message>
        <message>
            <source>离线副本已保存到 %1</source>
            <translation>Offline copy saved to %1</translation>
        </message>
        <message>
            <source>离线副本已保存</source>
            <translation>Offline copy saved</translation>
        </message>
        <message>
            <source>已把团队库的 %1 张许可证存为离线副本：
%2

离线时用“文件 → 打开离线副本…”打开它；在副本中做的审查，可导出审查包，回到团队库后再导入。</source>
            <translation>Saved the team library's %1 licenses as an offline copy:
%2

Offline, open it with File → Open Offline Copy…. Reviews done in the copy travel back as a review package: export one there and import it into the team library.</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>Open containing folder</translation>
        </message>
        <message>
            <source>打开离线副本</source>
            <translation>Open Offline Copy</translation>
        </message>
        <message>
            <source>无法打开离线副本</source>
            <translation>Cannot open the offline copy</translation>
        </message>
        <message>
            <source>已打开 %1</source>
            <translation>Opened %1</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>从已有许可证的条款新建</source>
            <translation>New from an existing license's provisions</translation>
        </message>
        <message>
            <source>数据库问题</source>
            <translation>Database problem</translation>
        </message>
        <message>
            <source>业务类别：</source>
            <translation>Category:</translation>
        </message>
        <message>
            <source>新建</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>新许可证将沿用所选许可证的特别规定事项和业务种类；编号、公司名称、日期和网站请照新证填写。</source>
            <translation>The new license takes over the special provisions and services of the selected license; fill in the number, company name, dates and websites from the new certificate.</translation>
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
            <source>关闭</source>
            <translation>Close</translation>
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
            <source>查看…</source>
            <translation>View…</translation>
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
            <source>回收站中的许可证 %1</source>
            <translation>License %1 in the trash</translation>
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
        <name>TrashModel</name>
        <message>
            <source>编号</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>Company name</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>移入回收站的时间</source>
            <translation>Moved to the trash</translation>
        </message>
    </context>
    <context>
        <name>VersionPicker</name>
        <message>
            <source>当前版本</source>
            <translation>Current version</translation>
        </message>
        <message>
            <source>第 %1 版 · %2</source>
            <translation>Version %1 · %2</translation>
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

库中还没有许可证。您可以导入许可证文件（文本、PDF 或扫描件），也可以直接把文件拖到此窗口，或照纸质原件逐项录入，或先载入三份示例许可证看看效果。</source>
            <translation>licdesk keeps your company's value-added telecom licenses: certificate, annex, special provisions and inspection records at a glance, with renewal deadlines shown well ahead. Your data stays on this computer.

The library is empty. Import license files (text, PDF or scans), drag files onto this window, type a license in from the paper original, or load the three sample licenses to see how it works.</translation>
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
            <source>手工录入许可证…</source>
            <translation>Type in a license…</translation>
        </message>
        <message>
            <source>载入示例许可证</source>
            <translation>Load the sample licenses</translation>
        </message>
    </context>
    <context>
        <name>deadlines</name>
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
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>续办申请</source>
            <translation>Renewal application</translation>
        </message>
        <message>
            <source>不再继续经营报告</source>
            <translation>Report on ceasing operation</translation>
        </message>
        <message>
            <source>有效期届满</source>
            <translation>License expires</translation>
        </message>
        <message>
            <source>年报</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <source>年报补报</source>
            <translation>Late annual report</translation>
        </message>
        <message>
            <source>变更申请</source>
            <translation>Change application</translation>
        </message>
        <message>
            <source>系统信息更新</source>
            <translation>System information update</translation>
        </message>
        <message>
            <source>省级许可证注销或变更</source>
            <translation>Cancel or change the provincial license</translation>
        </message>
        <message>
            <source>安全评估报告</source>
            <translation>Security assessment report</translation>
        </message>
        <message>
            <source>违法信息处置上报</source>
            <translation>Report on handling illegal information</translation>
        </message>
        <message>
            <source>审查整改</source>
            <translation>Review finding to fix</translation>
        </message>
        <message>
            <source>已于 %1 完成</source>
            <translation>Done on %1</translation>
        </message>
        <message>
            <source>逾期 1 天</source>
            <translation>1 day overdue</translation>
        </message>
        <message>
            <source>逾期 %1 天</source>
            <translation>%1 days overdue</translation>
        </message>
        <message>
            <source>今天到期</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>还有 1 天</source>
            <translation>1 day left</translation>
        </message>
        <message>
            <source>还有 %1 天</source>
            <translation>%1 days left</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>（在回收站中）</source>
            <translation> (in the trash)</translation>
        </message>
        <message>
            <source>许可证 %1%2 已在库中：
%3

用导入的内容替换它，还是跳过？替换前的内容会记入历史记录。</source>
            <translation>License %1%2 is already in the library:
%3

Replace it with the imported content, or skip it? The content before the replacement is kept in the history.</translation>
        </message>
        <message>
            <source>许可证已存在</source>
            <translation>License already exists</translation>
        </message>
        <message>
            <source>替换</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>跳过</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>对其余 %1 个重复的许可证执行相同操作</source>
            <translation>Do the same for the remaining duplicates (%1)</translation>
        </message>
    </context>
    <context>
        <name>licdesk</name>
        <message>
            <source>无法打开数据库 %1：
%2</source>
            <translation>Cannot open the database %1:
%2</translation>
        </message>
        <message>
            <source>可以只读方式打开：能查看和打印，但不能导入或修改。</source>
            <translation>It can be opened read-only: you can view and print, but not import or change anything.</translation>
        </message>
        <message>
            <source>数据库正在使用</source>
            <translation>The database is in use</translation>
        </message>
        <message>
            <source>只读打开</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <source>不打开</source>
            <translation>Don't open</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <source>有效</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>即将到期</source>
            <translation>Expiring</translation>
        </message>
        <message>
            <source>已过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>有效期未知</source>
            <translation>Validity unknown</translation>
        </message>
        <message>
            <source>已关闭</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>未知</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>不再续办</source>
            <translation>Not continued</translation>
        </message>
        <message>
            <source>已注销</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>已换发新证</source>
            <translation>Replaced by a new certificate</translation>
        </message>
        <message>
            <source>已换证</source>
            <translation>Replaced</translation>
        </message>
    </context>
</TS>
