<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
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
            <translation>关于 licdesk</translation>
        </message>
        <message>
            <source>增值电信业务经营许可证管理 — 离线桌面程序，资料仅保存在本机。</source>
            <translation>增值电信业务经营许可证管理 — 离线桌面程序，资料仅保存在本机。</translation>
        </message>
        <message>
            <source>字体
• AR PL UMing（文鼎PL细上海宋）— Arphic Public License
• 文泉驿微米黑 WenQuanYi Micro Hei — Apache License 2.0 或 GPL v3（附字体例外条款）
字体许可证全文随程序附在 resources/fonts/ 目录中。

界面基于 Qt %1（PySide6），依 LGPL v3 使用。</source>
            <translation>字体
• AR PL UMing（文鼎PL细上海宋）— Arphic Public License
• 文泉驿微米黑 WenQuanYi Micro Hei — Apache License 2.0 或 GPL v3（附字体例外条款）
字体许可证全文随程序附在 resources/fonts/ 目录中。

界面基于 Qt %1（PySide6），依 LGPL v3 使用。</translation>
        </message>
    </context>
    <context>
        <name>AnnexModel</name>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>内容</translation>
        </message>
    </context>
    <context>
        <name>AnnexPane</name>
        <message>
            <source>附页：获准经营信息服务业务的网站</source>
            <translation>附页：获准经营信息服务业务的网站</translation>
        </message>
        <message>
            <source>此许可证没有附页网站信息。</source>
            <translation>此许可证没有附页网站信息。</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>备份</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>licdesk 每次启动时、升级数据库前、批量导入和恢复前都会自动备份数据库。自动备份只保留最近的若干份；手动备份不会被自动删除。</source>
            <translation>licdesk 每次启动时、升级数据库前、批量导入和恢复前都会自动备份数据库。自动备份只保留最近的若干份；手动备份不会被自动删除。</translation>
        </message>
        <message>
            <source> 份</source>
            <translation> 份</translation>
        </message>
        <message>
            <source>备份文件夹：</source>
            <translation>备份文件夹：</translation>
        </message>
        <message>
            <source>保留自动备份：</source>
            <translation>保留自动备份：</translation>
        </message>
        <message>
            <source>最近一次备份：</source>
            <translation>最近一次备份：</translation>
        </message>
        <message>
            <source>立即备份</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>备份到其他位置…</source>
            <translation>备份到其他位置…</translation>
        </message>
        <message>
            <source>还没有备份</source>
            <translation>还没有备份</translation>
        </message>
        <message>
            <source>备份到</source>
            <translation>备份到</translation>
        </message>
        <message>
            <source>licdesk 数据库 (*.sqlite3)</source>
            <translation>licdesk 数据库 (*.sqlite3)</translation>
        </message>
    </context>
    <context>
        <name>BugDialog</name>
        <message>
            <source>licdesk 出现了程序错误</source>
            <translation>licdesk 出现了程序错误</translation>
        </message>
        <message>
            <source>licdesk 遇到了一个程序错误，刚才的操作没有完成。已保存的许可证不受影响。
请点击“复制详情”，把下面的内容发给技术支持人员。</source>
            <translation>licdesk 遇到了一个程序错误，刚才的操作没有完成。已保存的许可证不受影响。
请点击“复制详情”，把下面的内容发给技术支持人员。</translation>
        </message>
        <message>
            <source>复制详情</source>
            <translation>复制详情</translation>
        </message>
    </context>
    <context>
        <name>CertificatePane</name>
        <message>
            <source>业务种类（服务项目）及覆盖范围：</source>
            <translation>业务种类（服务项目）及覆盖范围：</translation>
        </message>
        <message>
            <source>中华人民共和国</source>
            <translation>中华人民共和国</translation>
        </message>
        <message>
            <source>经营许可证编号：</source>
            <translation>经营许可证编号：</translation>
        </message>
        <message>
            <source>已于 %1 过期</source>
            <translation>已于 %1 过期</translation>
        </message>
        <message>
            <source>⚠ 续期申请应在 %1 前提交</source>
            <translation>⚠ 续期申请应在 %1 前提交</translation>
        </message>
        <message>
            <source>核对提示（%1 处）：</source>
            <translation>核对提示（%1 处）：</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>检查数据库</source>
            <translation>检查数据库</translation>
        </message>
        <message>
            <source>重建搜索索引</source>
            <translation>重建搜索索引</translation>
        </message>
        <message>
            <source>复制报告</source>
            <translation>复制报告</translation>
        </message>
        <message>
            <source>重新检查</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <source>正在检查数据库……</source>
            <translation>正在检查数据库……</translation>
        </message>
        <message>
            <source>已检查 %v / %m 份许可证</source>
            <translation>已检查 %v / %m 份许可证</translation>
        </message>
        <message>
            <source>未发现问题</source>
            <translation>未发现问题</translation>
        </message>
        <message>
            <source>可以点“重建搜索索引”来修复；许可证本身不受影响。</source>
            <translation>可以点“重建搜索索引”来修复；许可证本身不受影响。</translation>
        </message>
        <message>
            <source>所有许可证均未发现问题</source>
            <translation>所有许可证均未发现问题</translation>
        </message>
        <message>
            <source>双击打开这份许可证</source>
            <translation>双击打开这份许可证</translation>
        </message>
        <message>
            <source>数据库以只读方式打开，不能重建索引</source>
            <translation>数据库以只读方式打开，不能重建索引</translation>
        </message>
        <message>
            <source>重建失败</source>
            <translation>重建失败</translation>
        </message>
    </context>
    <context>
        <name>ClauseTreeModel</name>
        <message>
            <source>特别规定事项</source>
            <translation>特别规定事项</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPage</name>
        <message>
            <source>合规期限</source>
            <translation>合规期限</translation>
        </message>
        <message>
            <source>全部事项</source>
            <translation>全部事项</translation>
        </message>
        <message>
            <source>未完成</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>已逾期</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>即将到期</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <source> 天</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>截止日期前多少天起显示为“即将到期”</source>
            <translation>截止日期前多少天起显示为“即将到期”</translation>
        </message>
        <message>
            <source>许可证：</source>
            <translation>许可证：</translation>
        </message>
        <message>
            <source>事项：</source>
            <translation>事项：</translation>
        </message>
        <message>
            <source>状态：</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>提前提醒：</source>
            <translation>提前提醒：</translation>
        </message>
        <message>
            <source>标记为已完成…</source>
            <translation>标记为已完成…</translation>
        </message>
        <message>
            <source>记录该事项已报送或已申请</source>
            <translation>记录该事项已报送或已申请</translation>
        </message>
        <message>
            <source>导出日历（.ics）…</source>
            <translation>导出日历（.ics）…</translation>
        </message>
        <message>
            <source>导出 Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>全部许可证</source>
            <translation>全部许可证</translation>
        </message>
        <message>
            <source>已逾期 %1 项 · %2 天内到期 %3 项</source>
            <translation>已逾期 %1 项 · %2 天内到期 %3 项</translation>
        </message>
        <message>
            <source>没有逾期或 %1 天内到期的事项</source>
            <translation>没有逾期或 %1 天内到期的事项</translation>
        </message>
        <message>
            <source>（截至 %1）</source>
            <translation>（截至 %1）</translation>
        </message>
        <message>
            <source>共 %1 项。选中一项查看详情；双击或点“标记为已完成”记录报送。</source>
            <translation>共 %1 项。选中一项查看详情；双击或点“标记为已完成”记录报送。</translation>
        </message>
        <message>
            <source>有效期届满不能直接标记完成：请录入续办后的新证书（更新有效期），或报告不再继续经营。</source>
            <translation>有效期届满不能直接标记完成：请录入续办后的新证书（更新有效期），或报告不再继续经营。</translation>
        </message>
        <message>
            <source>无法记录</source>
            <translation>无法记录</translation>
        </message>
        <message>
            <source>许可证 %1 已不在库中（可能已被删除）。</source>
            <translation>许可证 %1 已不在库中（可能已被删除）。</translation>
        </message>
        <message>
            <source>记录未保存：%1</source>
            <translation>记录未保存：%1</translation>
        </message>
        <message>
            <source>导出日历</source>
            <translation>导出日历</translation>
        </message>
        <message>
            <source>许可证期限.ics</source>
            <translation>许可证期限.ics</translation>
        </message>
        <message>
            <source>iCalendar 日历 (*.ics)</source>
            <translation>iCalendar 日历 (*.ics)</translation>
        </message>
        <message>
            <source>导出 Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>许可证期限.xlsx</source>
            <translation>许可证期限.xlsx</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>导出失败</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>无法写入 %1：%2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>DetailArea</name>
        <message>
            <source>特别规定事项</source>
            <translation>特别规定事项</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>年检/年报</translation>
        </message>
        <message>
            <source>历史</source>
            <translation>历史</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>重新导入，内容相同</source>
            <translation>重新导入，内容相同</translation>
        </message>
    </context>
    <context>
        <name>HistoryPane</name>
        <message>
            <source>每次导入、替换、移到回收站和恢复都记录在此；替换前的内容不会丢失。</source>
            <translation>每次导入、替换、移到回收站和恢复都记录在此；替换前的内容不会丢失。</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>导入预览</source>
            <translation>导入预览</translation>
        </message>
        <message>
            <source>请核对读取结果。确认无误后点击“保存”；在此之前不会写入任何内容。</source>
            <translation>请核对读取结果。确认无误后点击“保存”；在此之前不会写入任何内容。</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>读取结果</source>
            <translation>读取结果</translation>
        </message>
        <message>
            <source>%1 行未能识别（在原文中以黄色标出）：</source>
            <translation>%1 行未能识别（在原文中以黄色标出）：</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>InspectionsModel</name>
        <message>
            <source>发证机关</source>
            <translation>发证机关</translation>
        </message>
        <message>
            <source>%1 年度</source>
            <translation>%1 年度</translation>
        </message>
        <message>
            <source>年报</source>
            <translation>年报</translation>
        </message>
        <message>
            <source>年检</source>
            <translation>年检</translation>
        </message>
    </context>
    <context>
        <name>InspectionsPane</name>
        <message>
            <source>没有年检/年报记录。2017 年起年检改为年报，可在此记录每年的报送。</source>
            <translation>没有年检/年报记录。2017 年起年检改为年报，可在此记录每年的报送。</translation>
        </message>
    </context>
    <context>
        <name>LibraryPane</name>
        <message>
            <source>搜索 编号 / 公司 / 域名 / 条款…  (Ctrl+F)</source>
            <translation>搜索 编号 / 公司 / 域名 / 条款…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>打开</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>打印预览…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <source>复制编号</source>
            <translation>复制编号</translation>
        </message>
        <message>
            <source>移到回收站…</source>
            <translation>移到回收站…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>licdesk — 增值电信业务经营许可证</source>
            <translation>licdesk — 增值电信业务经营许可证</translation>
        </message>
        <message>
            <source>没有符合条件的许可证。
请修改搜索词或状态筛选。</source>
            <translation>没有符合条件的许可证。
请修改搜索词或状态筛选。</translation>
        </message>
        <message>
            <source>导入许可证文件(&amp;I)…</source>
            <translation>导入许可证文件(&amp;I)…</translation>
        </message>
        <message>
            <source>导入一个或多个许可证文本文件（.txt）</source>
            <translation>导入一个或多个许可证文本文件（.txt）</translation>
        </message>
        <message>
            <source>粘贴许可证文本(&amp;P)…</source>
            <translation>粘贴许可证文本(&amp;P)…</translation>
        </message>
        <message>
            <source>载入示例许可证</source>
            <translation>载入示例许可证</translation>
        </message>
        <message>
            <source>打印预览(&amp;R)…</source>
            <translation>打印预览(&amp;R)…</translation>
        </message>
        <message>
            <source>此版本尚未包含打印功能</source>
            <translation>此版本尚未包含打印功能</translation>
        </message>
        <message>
            <source>移到回收站(&amp;D)…</source>
            <translation>移到回收站(&amp;D)…</translation>
        </message>
        <message>
            <source>回收站(&amp;T)…</source>
            <translation>回收站(&amp;T)…</translation>
        </message>
        <message>
            <source>复制许可证编号</source>
            <translation>复制许可证编号</translation>
        </message>
        <message>
            <source>查找许可证(&amp;F)</source>
            <translation>查找许可证(&amp;F)</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>退出(&amp;Q)</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>立即备份(&amp;B)</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>备份设置…</source>
            <translation>备份设置…</translation>
        </message>
        <message>
            <source>从备份恢复(&amp;R)…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>检查数据库(&amp;C)…</source>
            <translation>检查数据库(&amp;C)…</translation>
        </message>
        <message>
            <source>合规期限(&amp;L)…</source>
            <translation>合规期限(&amp;L)…</translation>
        </message>
        <message>
            <source>关于 licdesk(&amp;A)</source>
            <translation>关于 licdesk(&amp;A)</translation>
        </message>
        <message>
            <source>关于 Qt</source>
            <translation>关于 Qt</translation>
        </message>
        <message>
            <source>正本</source>
            <translation>正本</translation>
        </message>
        <message>
            <source>附页</source>
            <translation>附页</translation>
        </message>
        <message>
            <source>特别规定事项 / 年检</source>
            <translation>特别规定事项 / 年检</translation>
        </message>
        <message>
            <source>文件(&amp;F)</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>编辑(&amp;E)</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>视图(&amp;V)</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>工具(&amp;T)</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>帮助(&amp;H)</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>数据库以只读方式打开</source>
            <translation>数据库以只读方式打开</translation>
        </message>
        <message>
            <source>只读：另一个 licdesk 正在编辑此数据库</source>
            <translation>只读：另一个 licdesk 正在编辑此数据库</translation>
        </message>
        <message>
            <source>数据库问题</source>
            <translation>数据库问题</translation>
        </message>
        <message>
            <source>（只读）</source>
            <translation>（只读）</translation>
        </message>
        <message>
            <source>共 %1 张许可证 · 有效 %2 · 90天内续期 %3 · 已过期 %4</source>
            <translation>共 %1 张许可证 · 有效 %2 · 90天内续期 %3 · 已过期 %4</translation>
        </message>
        <message>
            <source> · 当前列出 %1 张</source>
            <translation> · 当前列出 %1 张</translation>
        </message>
        <message>
            <source>把许可证 %1（%2）移到回收站？
回收站中的许可证可以恢复。</source>
            <translation>把许可证 %1（%2）移到回收站？
回收站中的许可证可以恢复。</translation>
        </message>
        <message>
            <source>移到回收站</source>
            <translation>移到回收站</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>已将 %1 移到回收站</source>
            <translation>已将 %1 移到回收站</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>此版本尚未包含打印功能。</source>
            <translation>此版本尚未包含打印功能。</translation>
        </message>
        <message>
            <source>导入许可证文件</source>
            <translation>导入许可证文件</translation>
        </message>
        <message>
            <source>许可证文本 (*.txt *.text);;所有文件 (*)</source>
            <translation>许可证文本 (*.txt *.text);;所有文件 (*)</translation>
        </message>
        <message>
            <source>无法导入</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <source>无法读取文件 %1：%2</source>
            <translation>无法读取文件 %1：%2</translation>
        </message>
        <message>
            <source>粘贴的文本</source>
            <translation>粘贴的文本</translation>
        </message>
        <message>
            <source>无法导入 %1</source>
            <translation>无法导入 %1</translation>
        </message>
        <message>
            <source>保存失败</source>
            <translation>保存失败</translation>
        </message>
        <message>
            <source>正在导入</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <source>上一批文件还在导入，请稍候。</source>
            <translation>上一批文件还在导入，请稍候。</translation>
        </message>
        <message>
            <source>正在导入 %1 个文件…</source>
            <translation>正在导入 %1 个文件…</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>已导入 %1 张，替换 %2 张，跳过 %3 张，失败 %4 个文件。</source>
            <translation>已导入 %1 张，替换 %2 张，跳过 %3 张，失败 %4 个文件。</translation>
        </message>
        <message>
            <source>
已取消 %1 个文件。</source>
            <translation>
已取消 %1 个文件。</translation>
        </message>
        <message>
            <source>导入完成</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>无法载入示例</source>
            <translation>无法载入示例</translation>
        </message>
        <message>
            <source>只能导入许可证文本文件（.txt）。扫描件或 PDF 请先转换为文本。</source>
            <translation>只能导入许可证文本文件（.txt）。扫描件或 PDF 请先转换为文本。</translation>
        </message>
        <message>
            <source>拖入的文本</source>
            <translation>拖入的文本</translation>
        </message>
        <message>
            <source>合规期限 — licdesk</source>
            <translation>合规期限 — licdesk</translation>
        </message>
        <message>
            <source>已备份到 %1</source>
            <translation>已备份到 %1</translation>
        </message>
        <message>
            <source>启动时的自动备份未完成：%1</source>
            <translation>启动时的自动备份未完成：%1</translation>
        </message>
        <message>
            <source>已自动备份数据库</source>
            <translation>已自动备份数据库</translation>
        </message>
        <message>
            <source>无法重新打开数据库</source>
            <translation>无法重新打开数据库</translation>
        </message>
    </context>
    <context>
        <name>MarkDoneDialog</name>
        <message>
            <source>记录为已完成</source>
            <translation>记录为已完成</translation>
        </message>
        <message>
            <source>完成日期：</source>
            <translation>完成日期：</translation>
        </message>
        <message>
            <source>可选，例如受理编号</source>
            <translation>可选，例如受理编号</translation>
        </message>
        <message>
            <source>备注：</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>记录</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>将在该许可证的年报记录中添加 %1 年度的报送记录。</source>
            <translation>将在该许可证的年报记录中添加 %1 年度的报送记录。</translation>
        </message>
        <message>
            <source>将记录“已申请续办”。收到新证书后，请更新有效期。</source>
            <translation>将记录“已申请续办”。收到新证书后，请更新有效期。</translation>
        </message>
        <message>
            <source>将把该事项的报送日期记为所选日期。</source>
            <translation>将把该事项的报送日期记为所选日期。</translation>
        </message>
    </context>
    <context>
        <name>ObligationModel</name>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>截止日期</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>剩余</source>
            <translation>剩余</translation>
        </message>
        <message>
            <source>许可证编号</source>
            <translation>许可证编号</translation>
        </message>
        <message>
            <source>公司</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>依据</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>（第%1条）</source>
            <translation>（第%1条）</translation>
        </message>
        <message>
            <source>截止日期：%1（%2）</source>
            <translation>截止日期：%1（%2）</translation>
        </message>
        <message>
            <source>起始日期：%1</source>
            <translation>起始日期：%1</translation>
        </message>
        <message>
            <source>规则 %1</source>
            <translation>规则 %1</translation>
        </message>
        <message>
            <source>，期限取自特别规定事项第%1条</source>
            <translation>，期限取自特别规定事项第%1条</translation>
        </message>
        <message>
            <source>备注：%1</source>
            <translation>备注：%1</translation>
        </message>
    </context>
    <context>
        <name>PasteDialog</name>
        <message>
            <source>粘贴许可证文本</source>
            <translation>粘贴许可证文本</translation>
        </message>
        <message>
            <source>把许可证的全文（正本、附页、特别规定事项）粘贴到下面，然后点击“读取”。</source>
            <translation>把许可证的全文（正本、附页、特别规定事项）粘贴到下面，然后点击“读取”。</translation>
        </message>
        <message>
            <source>读取</source>
            <translation>读取</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>打印预览 — %1</source>
            <translation>打印预览 — %1</translation>
        </message>
        <message>
            <source>打印预览</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <source>上一页</source>
            <translation>上一页</translation>
        </message>
        <message>
            <source>下一页</source>
            <translation>下一页</translation>
        </message>
        <message>
            <source>适合宽度</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>整页</source>
            <translation>整页</translation>
        </message>
        <message>
            <source>另存为 PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>注意：有字符无法用内置字体印出，已以 □ 代替：</source>
            <translation>注意：有字符无法用内置字体印出，已以 □ 代替：</translation>
        </message>
        <message>
            <source>第 %1 页，共 %2 页</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>另存为 PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>无法保存</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <source>无法保存文件：%1
%2</source>
            <translation>无法保存文件：%1
%2</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>无法打印</source>
            <translation>无法打印</translation>
        </message>
        <message>
            <source>打印机无法开始打印，请检查打印机设置。</source>
            <translation>打印机无法开始打印，请检查打印机设置。</translation>
        </message>
    </context>
    <context>
        <name>ProvisionsPane</name>
        <message>
            <source>在条款中查找…</source>
            <translation>在条款中查找…</translation>
        </message>
        <message>
            <source>展开</source>
            <translation>展开</translation>
        </message>
        <message>
            <source>全部展开</source>
            <translation>全部展开</translation>
        </message>
        <message>
            <source>折叠</source>
            <translation>折叠</translation>
        </message>
        <message>
            <source>全部折叠</source>
            <translation>全部折叠</translation>
        </message>
        <message>
            <source>选择一条规定，在此阅读全文。</source>
            <translation>选择一条规定，在此阅读全文。</translation>
        </message>
        <message>
            <source>无匹配</source>
            <translation>无匹配</translation>
        </message>
        <message>
            <source>%1 处</source>
            <translation>%1 处</translation>
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
            <translation>合规期限提醒</translation>
        </message>
        <message>
            <source>%1 项已逾期</source>
            <translation>%1 项已逾期</translation>
        </message>
        <message>
            <source>%1 项将在 %2 天内到期</source>
            <translation>%1 项将在 %2 天内到期</translation>
        </message>
        <message>
            <source>请注意：</source>
            <translation>请注意：</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>。</source>
            <translation>。</translation>
        </message>
        <message>
            <source>错过续办、年报或变更报送期限，可能导致许可证失效或被列入电信业务经营不良名单。</source>
            <translation>错过续办、年报或变更报送期限，可能导致许可证失效或被列入电信业务经营不良名单。</translation>
        </message>
        <message>
            <source>查看合规期限</source>
            <translation>查看合规期限</translation>
        </message>
        <message>
            <source>稍后提醒</source>
            <translation>稍后提醒</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>恢复备份</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>选择一份备份来替换当前数据库。恢复前，当前数据库会先另存为一份备份，之后仍可以恢复回来。</source>
            <translation>选择一份备份来替换当前数据库。恢复前，当前数据库会先另存为一份备份，之后仍可以恢复回来。</translation>
        </message>
        <message>
            <source>备份文件夹中还没有备份。可以点“选择文件…”从其他位置恢复。</source>
            <translation>备份文件夹中还没有备份。可以点“选择文件…”从其他位置恢复。</translation>
        </message>
        <message>
            <source>选择文件…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>无法读取</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <source>选择备份文件</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <source>licdesk 数据库 (*.sqlite3 *.db *.bak);;所有文件 (*)</source>
            <translation>licdesk 数据库 (*.sqlite3 *.db *.bak);;所有文件 (*)</translation>
        </message>
        <message>
            <source>无法恢复</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>恢复失败</translation>
        </message>
        <message>
            <source>恢复完成</source>
            <translation>恢复完成</translation>
        </message>
    </context>
    <context>
        <name>ServiceRow</name>
        <message>
            <source>覆盖范围：</source>
            <translation>覆盖范围：</translation>
        </message>
        <message>
            <source>点击查看管辖此业务的特别规定事项</source>
            <translation>点击查看管辖此业务的特别规定事项</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>保存为图片…</source>
            <translation>保存为图片…</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>保存时间轴图片</source>
            <translation>保存时间轴图片</translation>
        </message>
        <message>
            <source>许可证时间轴.png</source>
            <translation>许可证时间轴.png</translation>
        </message>
        <message>
            <source>PNG 图片 (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>保存失败</source>
            <translation>保存失败</translation>
        </message>
        <message>
            <source>无法写入 %1</source>
            <translation>无法写入 %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>没有许可证可显示。导入许可证后，这里会显示各证的有效期和合规期限。</source>
            <translation>没有许可证可显示。导入许可证后，这里会显示各证的有效期和合规期限。</translation>
        </message>
        <message>
            <source>有效期未知：无法计算期限</source>
            <translation>有效期未知：无法计算期限</translation>
        </message>
        <message>
            <source>至 %1</source>
            <translation>至 %1</translation>
        </message>
        <message>
            <source>今天 %1</source>
            <translation>今天 %1</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>续办截止后</source>
            <translation>续办截止后</translation>
        </message>
        <message>
            <source>续办截止日</source>
            <translation>续办截止日</translation>
        </message>
        <message>
            <source>第一季度（年报期）</source>
            <translation>第一季度（年报期）</translation>
        </message>
        <message>
            <source>年报已完成</source>
            <translation>年报已完成</translation>
        </message>
        <message>
            <source>已逾期</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>即将到期</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>未到期</source>
            <translation>未到期</translation>
        </message>
        <message>
            <source>变更等事项的报送</source>
            <translation>变更等事项的报送</translation>
        </message>
        <message>
            <source>今天</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>有效期：%1 至 %2</source>
            <translation>有效期：%1 至 %2</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>回收站</source>
            <translation>回收站</translation>
        </message>
        <message>
            <source>移到回收站的许可证不再出现在库中，但仍完整保存，可以随时恢复。</source>
            <translation>移到回收站的许可证不再出现在库中，但仍完整保存，可以随时恢复。</translation>
        </message>
        <message>
            <source>回收站是空的。</source>
            <translation>回收站是空的。</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>永久删除…</source>
            <translation>永久删除…</translation>
        </message>
        <message>
            <source>数据库问题</source>
            <translation>数据库问题</translation>
        </message>
        <message>
            <source>无法恢复</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <source>永久删除许可证 %1（%2）？
此操作无法撤销；历史记录会保留。</source>
            <translation>永久删除许可证 %1（%2）？
此操作无法撤销；历史记录会保留。</translation>
        </message>
        <message>
            <source>永久删除</source>
            <translation>永久删除</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>无法删除</source>
            <translation>无法删除</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>欢迎使用 licdesk</source>
            <translation>欢迎使用 licdesk</translation>
        </message>
        <message>
            <source>licdesk 帮您保管公司的增值电信业务经营许可证：正本、附页、特别规定事项和年检记录一目了然，续期期限提前提醒。资料仅保存在本机。

库中还没有许可证。您可以导入许可证文本文件（.txt），也可以直接把文件拖到此窗口，或先载入三份示例许可证看看效果。</source>
            <translation>licdesk 帮您保管公司的增值电信业务经营许可证：正本、附页、特别规定事项和年检记录一目了然，续期期限提前提醒。资料仅保存在本机。

库中还没有许可证。您可以导入许可证文本文件（.txt），也可以直接把文件拖到此窗口，或先载入三份示例许可证看看效果。</translation>
        </message>
        <message>
            <source>导入许可证文件…</source>
            <translation>导入许可证文件…</translation>
        </message>
        <message>
            <source>粘贴许可证文本…</source>
            <translation>粘贴许可证文本…</translation>
        </message>
        <message>
            <source>载入示例许可证</source>
            <translation>载入示例许可证</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>无法生成打印文件</source>
            <translation>无法生成打印文件</translation>
        </message>
    </context>
    <context>
        <name>self._view</name>
        <message>
            <source>适用于：</source>
            <translation>适用于：</translation>
        </message>
    </context>
</TS>
