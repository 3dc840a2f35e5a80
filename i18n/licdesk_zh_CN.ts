<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
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
        <message>
            <source>数据库位置</source>
            <translation>数据库位置</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>无法打开文件夹</source>
            <translation>无法打开文件夹</translation>
        </message>
        <message>
            <source>这台电脑没有可以打开文件夹的程序。数据库在：
%1</source>
            <translation>这台电脑没有可以打开文件夹的程序。数据库在：
%1</translation>
        </message>
    </context>
    <context>
        <name>AnnexEditor</name>
        <message>
            <source>附页标题（可不填），如“……获准经营信息服务业务的网站相关信息”</source>
            <translation>附页标题（可不填），如“……获准经营信息服务业务的网站相关信息”</translation>
        </message>
        <message>
            <source>网站名称</source>
            <translation>网站名称</translation>
        </message>
        <message>
            <source>网站域名</source>
            <translation>网站域名</translation>
        </message>
        <message>
            <source>服务器放置地</source>
            <translation>服务器放置地</translation>
        </message>
        <message>
            <source>网站接入服务提供单位</source>
            <translation>网站接入服务提供单位</translation>
        </message>
        <message>
            <source>添加网站</source>
            <translation>添加网站</translation>
        </message>
        <message>
            <source>附页：获准经营信息服务业务的网站</source>
            <translation>附页：获准经营信息服务业务的网站</translation>
        </message>
        <message>
            <source>选中单元格直接输入即可修改，Tab 键到下一格。一个网站有多个域名时，用空格、逗号或换行分隔。</source>
            <translation>选中单元格直接输入即可修改，Tab 键到下一格。一个网站有多个域名时，用空格、逗号或换行分隔。</translation>
        </message>
        <message>
            <source>修改附页标题</source>
            <translation>修改附页标题</translation>
        </message>
        <message>
            <source>修改网站域名</source>
            <translation>修改网站域名</translation>
        </message>
        <message>
            <source>修改网站信息</source>
            <translation>修改网站信息</translation>
        </message>
        <message>
            <source>删除网站</source>
            <translation>删除网站</translation>
        </message>
        <message>
            <source>调整网站顺序</source>
            <translation>调整网站顺序</translation>
        </message>
    </context>
    <context>
        <name>AnnexModel</name>
        <message>
            <source>网站名称</source>
            <translation>网站名称</translation>
        </message>
        <message>
            <source>网站域名</source>
            <translation>网站域名</translation>
        </message>
        <message>
            <source>服务器放置地</source>
            <translation>服务器放置地</translation>
        </message>
        <message>
            <source>网站接入服务提供单位</source>
            <translation>网站接入服务提供单位</translation>
        </message>
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
        <name>AttachmentViewer</name>
        <message>
            <source>附件 — %1</source>
            <translation>附件 — %1</translation>
        </message>
        <message>
            <source>适合窗口</source>
            <translation>适合窗口</translation>
        </message>
        <message>
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <source>另存为…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>用系统程序打开</source>
            <translation>用系统程序打开</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>licdesk 不能显示这种文件（%1）。可以另存为，或用系统程序打开。</source>
            <translation>licdesk 不能显示这种文件（%1）。可以另存为，或用系统程序打开。</translation>
        </message>
        <message>
            <source>未知类型</source>
            <translation>未知类型</translation>
        </message>
        <message>
            <source>这个 PDF 文件已损坏或无法读取，不能在 licdesk 中显示。可以另存为，或用系统程序打开试试。</source>
            <translation>这个 PDF 文件已损坏或无法读取，不能在 licdesk 中显示。可以另存为，或用系统程序打开试试。</translation>
        </message>
        <message>
            <source>第 %1 / %2 页</source>
            <translation>第 %1 / %2 页</translation>
        </message>
        <message>
            <source>这个图像文件已损坏或无法读取，不能在 licdesk 中显示。可以另存为，或用系统程序打开试试。</source>
            <translation>这个图像文件已损坏或无法读取，不能在 licdesk 中显示。可以另存为，或用系统程序打开试试。</translation>
        </message>
        <message>
            <source>另存附件</source>
            <translation>另存附件</translation>
        </message>
        <message>
            <source>无法保存附件</source>
            <translation>无法保存附件</translation>
        </message>
        <message>
            <source>无法写入文件 %1：%2</source>
            <translation>无法写入文件 %1：%2</translation>
        </message>
        <message>
            <source>无法用系统程序打开</source>
            <translation>无法用系统程序打开</translation>
        </message>
        <message>
            <source>无法写出附件的副本：%1</source>
            <translation>无法写出附件的副本：%1</translation>
        </message>
        <message>
            <source>这台电脑没有可以打开“%1”的程序。可以点“另存为…”把文件保存下来，再用其他程序打开。</source>
            <translation>这台电脑没有可以打开“%1”的程序。可以点“另存为…”把文件保存下来，再用其他程序打开。</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPane</name>
        <message>
            <source>添加附件…</source>
            <translation>添加附件…</translation>
        </message>
        <message>
            <source>打开</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>删除附件</source>
            <translation>删除附件</translation>
        </message>
        <message>
            <source>添加纸质许可证的扫描件或照片（PDF、JPG、PNG、TIFF）</source>
            <translation>添加纸质许可证的扫描件或照片（PDF、JPG、PNG、TIFF）</translation>
        </message>
        <message>
            <source>在 licdesk 的查看窗口中打开选中的附件</source>
            <translation>在 licdesk 的查看窗口中打开选中的附件</translation>
        </message>
        <message>
            <source>删除选中的附件（记录在历史中）</source>
            <translation>删除选中的附件（记录在历史中）</translation>
        </message>
        <message>
            <source>纸质许可证的扫描件或照片（PDF、JPG、PNG、TIFF，每个不超过 %1 MB），保存在数据库中。可以直接把文件拖到这里。</source>
            <translation>纸质许可证的扫描件或照片（PDF、JPG、PNG、TIFF，每个不超过 %1 MB），保存在数据库中。可以直接把文件拖到这里。</translation>
        </message>
        <message>
            <source>还没有附件。</source>
            <translation>还没有附件。</translation>
        </message>
        <message>
            <source>添加附件</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <source>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
            <translation>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
        </message>
        <message>
            <source>文件 %1 太大（%2），每个附件不能超过 %3 MB。</source>
            <translation>文件 %1 太大（%2），每个附件不能超过 %3 MB。</translation>
        </message>
        <message>
            <source>无法添加附件</source>
            <translation>无法添加附件</translation>
        </message>
        <message>
            <source>无法读取文件 %1：%2</source>
            <translation>无法读取文件 %1：%2</translation>
        </message>
        <message>
            <source>无法打开附件</source>
            <translation>无法打开附件</translation>
        </message>
        <message>
            <source>删除附件“%1”？此操作记录在历史中。</source>
            <translation>删除附件“%1”？此操作记录在历史中。</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>无法删除附件</source>
            <translation>无法删除附件</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>备份失败</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <source>备份没有完成，数据库未受影响。

%1</source>
            <translation>备份没有完成，数据库未受影响。

%1</translation>
        </message>
        <message>
            <source>已备份</source>
            <translation>已备份</translation>
        </message>
        <message>
            <source>已把 %1 份许可证备份到：
%2</source>
            <translation>已把 %1 份许可证备份到：
%2</translation>
        </message>
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
            <source>%1，%2 份许可证，%3</source>
            <translation>%1，%2 份许可证，%3</translation>
        </message>
        <message>
            <source>备份到</source>
            <translation>备份到</translation>
        </message>
        <message>
            <source>licdesk 数据库 (*.sqlite3)</source>
            <translation>licdesk 数据库 (*.sqlite3)</translation>
        </message>
        <message>
            <source>licdesk-备份.sqlite3</source>
            <translation>licdesk-备份.sqlite3</translation>
        </message>
    </context>
    <context>
        <name>BatchImport</name>
        <message>
            <source>无法读取文件：%1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>这是扫描件：请单独导入这一个文件，以便对照扫描图像核对识别结果。</source>
            <translation>这是扫描件：请单独导入这一个文件，以便对照扫描图像核对识别结果。</translation>
        </message>
        <message>
            <source>程序错误：
</source>
            <translation>程序错误：
</translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <source>批量打印</source>
            <translation>批量打印</translation>
        </message>
        <message>
            <source>生成 PDF…</source>
            <translation>生成 PDF…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>许可证</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>按编号、公司名称或法定代表人筛选</source>
            <translation>按编号、公司名称或法定代表人筛选</translation>
        </message>
        <message>
            <source>全选</source>
            <translation>全选</translation>
        </message>
        <message>
            <source>全不选</source>
            <translation>全不选</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>未填</translation>
        </message>
        <message>
            <source>%1　%2　有效期至 %3</source>
            <translation>%1　%2　有效期至 %3</translation>
        </message>
        <message>
            <source>（未填公司名称）</source>
            <translation>（未填公司名称）</translation>
        </message>
        <message>
            <source>打印内容</source>
            <translation>打印内容</translation>
        </message>
        <message>
            <source>输出</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>合并为一个 PDF 文件</source>
            <translation>合并为一个 PDF 文件</translation>
        </message>
        <message>
            <source>每份许可证一个 PDF 文件（以许可证编号命名）</source>
            <translation>每份许可证一个 PDF 文件（以许可证编号命名）</translation>
        </message>
        <message>
            <source>已选 %1 份，共 %2 份</source>
            <translation>已选 %1 份，共 %2 份</translation>
        </message>
        <message>
            <source>请至少勾选一份许可证。</source>
            <translation>请至少勾选一份许可证。</translation>
        </message>
        <message>
            <source>请至少勾选一项打印内容。</source>
            <translation>请至少勾选一项打印内容。</translation>
        </message>
        <message>
            <source>保存合并的 PDF</source>
            <translation>保存合并的 PDF</translation>
        </message>
        <message>
            <source>许可证.pdf</source>
            <translation>许可证.pdf</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>选择保存 PDF 文件的文件夹</source>
            <translation>选择保存 PDF 文件的文件夹</translation>
        </message>
        <message>
            <source>正在生成 PDF…</source>
            <translation>正在生成 PDF…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>正在取消…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>正在生成 PDF：第 %1 份，共 %2 份</source>
            <translation>正在生成 PDF：第 %1 份，共 %2 份</translation>
        </message>
        <message>
            <source>PDF 未能生成，没有写入任何文件。</source>
            <translation>PDF 未能生成，没有写入任何文件。</translation>
        </message>
        <message>
            <source>已取消，没有写入任何文件。</source>
            <translation>已取消，没有写入任何文件。</translation>
        </message>
        <message>
            <source>已将 %1 份许可证打印到一个 PDF 文件：</source>
            <translation>已将 %1 份许可证打印到一个 PDF 文件：</translation>
        </message>
        <message>
            <source>已打印 %1 份许可证，保存在文件夹：</source>
            <translation>已打印 %1 份许可证，保存在文件夹：</translation>
        </message>
        <message>
            <source>没有打印任何许可证。</source>
            <translation>没有打印任何许可证。</translation>
        </message>
        <message>
            <source>以下许可证已不在库中，未打印：</source>
            <translation>以下许可证已不在库中，未打印：</translation>
        </message>
        <message>
            <source>注意：有字符无法用内置字体印出，已以 □ 代替：</source>
            <translation>注意：有字符无法用内置字体印出，已以 □ 代替：</translation>
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
        <name>CertificateForm</name>
        <message>
            <source>经营许可证编号</source>
            <translation>经营许可证编号</translation>
        </message>
        <message>
            <source>修改许可证编号</source>
            <translation>修改许可证编号</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>修改公司名称</source>
            <translation>修改公司名称</translation>
        </message>
        <message>
            <source>法定代表人</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>修改法定代表人</source>
            <translation>修改法定代表人</translation>
        </message>
        <message>
            <source>发证机关</source>
            <translation>发证机关</translation>
        </message>
        <message>
            <source>修改发证机关</source>
            <translation>修改发证机关</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>发证日期</translation>
        </message>
        <message>
            <source>修改发证日期</source>
            <translation>修改发证日期</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>修改有效期至</source>
            <translation>修改有效期至</translation>
        </message>
        <message>
            <source>：</source>
            <translation>：</translation>
        </message>
        <message>
            <source>如 京B2-20192917、B1-20195402</source>
            <translation>如 京B2-20192917、B1-20195402</translation>
        </message>
        <message>
            <source>业务种类（服务项目）</source>
            <translation>业务种类（服务项目）</translation>
        </message>
        <message>
            <source>覆盖范围</source>
            <translation>覆盖范围</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>添加业务种类</source>
            <translation>添加业务种类</translation>
        </message>
        <message>
            <source>业务种类（服务项目）及覆盖范围</source>
            <translation>业务种类（服务项目）及覆盖范围</translation>
        </message>
        <message>
            <source>修改业务种类</source>
            <translation>修改业务种类</translation>
        </message>
        <message>
            <source>删除业务种类</source>
            <translation>删除业务种类</translation>
        </message>
        <message>
            <source>调整业务种类顺序</source>
            <translation>调整业务种类顺序</translation>
        </message>
        <message>
            <source>按编号默认为：</source>
            <translation>按编号默认为：</translation>
        </message>
        <message>
            <source>请填写经营许可证编号</source>
            <translation>请填写经营许可证编号</translation>
        </message>
        <message>
            <source>编号格式无法识别（应如 京B2-20192917、B1-20195402）</source>
            <translation>编号格式无法识别（应如 京B2-20192917、B1-20195402）</translation>
        </message>
        <message>
            <source>✓ 业务类别 </source>
            <translation>✓ 业务类别 </translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>发证机关 </source>
            <translation>发证机关 </translation>
        </message>
        <message>
            <source>规范写法 </source>
            <translation>规范写法 </translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
    </context>
    <context>
        <name>CertificatePane</name>
        <message>
            <source>yyyy年M月d日</source>
            <translation>yyyy年M月d日</translation>
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
            <source>续期申请应在 %1 前提交</source>
            <translation>续期申请应在 %1 前提交</translation>
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
            <source>无法检查数据库：%1</source>
            <translation>无法检查数据库：%1</translation>
        </message>
        <message>
            <source>数据库完整性</source>
            <translation>数据库完整性</translation>
        </message>
        <message>
            <source>搜索索引</source>
            <translation>搜索索引</translation>
        </message>
        <message>
            <source>许可证检查</source>
            <translation>许可证检查</translation>
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
            <source>%1（共 %2 份）</source>
            <translation>%1（共 %2 份）</translation>
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
            <source>%1：%2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>数据库有问题，请按上面的说明处理；如无法修复，请从备份恢复。</source>
            <translation>数据库有问题，请按上面的说明处理；如无法修复，请从备份恢复。</translation>
        </message>
        <message>
            <source>数据库完好；有 %1 份许可证存在错误，请打开核对。</source>
            <translation>数据库完好；有 %1 份许可证存在错误，请打开核对。</translation>
        </message>
        <message>
            <source>数据库完好；有 %1 份许可证有需要留意的提示。</source>
            <translation>数据库完好；有 %1 份许可证有需要留意的提示。</translation>
        </message>
        <message>
            <source>数据库完好，未发现任何问题。</source>
            <translation>数据库完好，未发现任何问题。</translation>
        </message>
        <message>
            <source>重建失败</source>
            <translation>重建失败</translation>
        </message>
        <message>
            <source>搜索索引没有重建，许可证不受影响。

%1</source>
            <translation>搜索索引没有重建，许可证不受影响。

%1</translation>
        </message>
        <message>
            <source>licdesk 数据库检查报告</source>
            <translation>licdesk 数据库检查报告</translation>
        </message>
    </context>
    <context>
        <name>ClauseDelegate</name>
        <message>
            <source>适用于：</source>
            <translation>适用于：</translation>
        </message>
    </context>
    <context>
        <name>ClauseEditor</name>
        <message>
            <source>引言（可不填），如“《特别规定事项》是经营许可证重要组成部分……”</source>
            <translation>引言（可不填），如“《特别规定事项》是经营许可证重要组成部分……”</translation>
        </message>
        <message>
            <source>修改特别规定事项引言</source>
            <translation>修改特别规定事项引言</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>添加条款</source>
            <translation>添加条款</translation>
        </message>
        <message>
            <source>添加下级</source>
            <translation>添加下级</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>上移</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>下移</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>升级 ←</source>
            <translation>升级 ←</translation>
        </message>
        <message>
            <source>降级 →</source>
            <translation>降级 →</translation>
        </message>
        <message>
            <source>条款内容：从许可证原件照录</source>
            <translation>条款内容：从许可证原件照录</translation>
        </message>
        <message>
            <source>如：信息服务业务（可不填）</source>
            <translation>如：信息服务业务（可不填）</translation>
        </message>
        <message>
            <source>条款内容：</source>
            <translation>条款内容：</translation>
        </message>
        <message>
            <source>适用于：</source>
            <translation>适用于：</translation>
        </message>
        <message>
            <source>添加下级条款</source>
            <translation>添加下级条款</translation>
        </message>
        <message>
            <source>删除条款</source>
            <translation>删除条款</translation>
        </message>
        <message>
            <source>上移条款</source>
            <translation>上移条款</translation>
        </message>
        <message>
            <source>下移条款</source>
            <translation>下移条款</translation>
        </message>
        <message>
            <source>降级条款</source>
            <translation>降级条款</translation>
        </message>
        <message>
            <source>升级条款</source>
            <translation>升级条款</translation>
        </message>
        <message>
            <source>修改条款内容</source>
            <translation>修改条款内容</translation>
        </message>
        <message>
            <source>修改条款适用范围</source>
            <translation>修改条款适用范围</translation>
        </message>
    </context>
    <context>
        <name>ClauseTreeModel</name>
        <message>
            <source>特别规定事项</source>
            <translation>特别规定事项</translation>
        </message>
        <message>
            <source>（适用于%1）</source>
            <translation>（适用于%1）</translation>
        </message>
    </context>
    <context>
        <name>ClosureBanner</name>
        <message>
            <source>yyyy年M月d日</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>此许可证已于 %1 不再续办</source>
            <translation>此许可证已于 %1 不再续办</translation>
        </message>
        <message>
            <source>此许可证已于 %1 注销</source>
            <translation>此许可证已于 %1 注销</translation>
        </message>
        <message>
            <source>此许可证已于 %1 换发新证</source>
            <translation>此许可证已于 %1 换发新证</translation>
        </message>
        <message>
            <source>新证：</source>
            <translation>新证：</translation>
        </message>
        <message>
            <source>新证已不在库中</source>
            <translation>新证已不在库中</translation>
        </message>
        <message>
            <source>此后不再为它生成年报、续办等事项。</source>
            <translation>此后不再为它生成年报、续办等事项。</translation>
        </message>
    </context>
    <context>
        <name>ClosureDialog</name>
        <message>
            <source>关闭许可证 %1</source>
            <translation>关闭许可证 %1</translation>
        </message>
        <message>
            <source>许可证 %1（%2）不再需要跟踪时，在此关闭它：关闭日期之后不再为它生成年报、续办等事项。关闭可以随时撤销（编辑 → 重新启用许可证）。</source>
            <translation>许可证 %1（%2）不再需要跟踪时，在此关闭它：关闭日期之后不再为它生成年报、续办等事项。关闭可以随时撤销（编辑 → 重新启用许可证）。</translation>
        </message>
        <message>
            <source>不再续办（有效期届满后不再经营）</source>
            <translation>不再续办（有效期届满后不再经营）</translation>
        </message>
        <message>
            <source>已注销</source>
            <translation>已注销</translation>
        </message>
        <message>
            <source>已换发新证（由库中另一张许可证接替）</source>
            <translation>已换发新证（由库中另一张许可证接替）</translation>
        </message>
        <message>
            <source>选择或输入新许可证的编号</source>
            <translation>选择或输入新许可证的编号</translation>
        </message>
        <message>
            <source>（可不填）如 注销文号、新证编号的来由</source>
            <translation>（可不填）如 注销文号、新证编号的来由</translation>
        </message>
        <message>
            <source>同时将此前未完成的事项标记为已免除/已完成</source>
            <translation>同时将此前未完成的事项标记为已免除/已完成</translation>
        </message>
        <message>
            <source>关闭日期之前还有 %1 项未完成</source>
            <translation>关闭日期之前还有 %1 项未完成</translation>
        </message>
        <message>
            <source>（%1 项）</source>
            <translation>（%1 项）</translation>
        </message>
        <message>
            <source>关闭原因：</source>
            <translation>关闭原因：</translation>
        </message>
        <message>
            <source>新许可证：</source>
            <translation>新许可证：</translation>
        </message>
        <message>
            <source>关闭日期：</source>
            <translation>关闭日期：</translation>
        </message>
        <message>
            <source>备注：</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>关闭许可证</source>
            <translation>关闭许可证</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>请选择替换此许可证的新许可证</source>
            <translation>请选择替换此许可证的新许可证</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>经营许可证编号</source>
            <translation>经营许可证编号</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>法定代表人</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>业务种类及覆盖范围</source>
            <translation>业务种类及覆盖范围</translation>
        </message>
        <message>
            <source>发证机关</source>
            <translation>发证机关</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>发证日期</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>附页网站</source>
            <translation>附页网站</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>年检/年报</translation>
        </message>
        <message>
            <source>比较许可证</source>
            <translation>比较许可证</translation>
        </message>
        <message>
            <source>只显示不同之处</source>
            <translation>只显示不同之处</translation>
        </message>
        <message>
            <source>左：</source>
            <translation>左：</translation>
        </message>
        <message>
            <source>右：</source>
            <translation>右：</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>请选择要比较的两张许可证。</source>
            <translation>请选择要比较的两张许可证。</translation>
        </message>
        <message>
            <source>两者内容相同。</source>
            <translation>两者内容相同。</translation>
        </message>
        <message>
            <source>%1 项字段、%2 条条款不同。</source>
            <translation>%1 项字段、%2 条条款不同。</translation>
        </message>
        <message>
            <source>正本、附页与年检</source>
            <translation>正本、附页与年检</translation>
        </message>
        <message>
            <source>特别规定事项</source>
            <translation>特别规定事项</translation>
        </message>
        <message>
            <source>（无此条）</source>
            <translation>（无此条）</translation>
        </message>
        <message>
            <source>适用于：</source>
            <translation>适用于：</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>团队库连接状态</source>
            <translation>团队库连接状态</translation>
        </message>
        <message>
            <source>与团队库服务器的连接已断开，正在自动重新连接。在此期间只能查看和打印，不能修改；连接恢复后会自动刷新。</source>
            <translation>与团队库服务器的连接已断开，正在自动重新连接。在此期间只能查看和打印，不能修改；连接恢复后会自动刷新。</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>数据库问题</source>
            <translation>数据库问题</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>（未填写）如 2026-03-15</source>
            <translation>（未填写）如 2026-03-15</translation>
        </message>
        <message>
            <source>如 2026-03-15</source>
            <translation>如 2026-03-15</translation>
        </message>
        <message>
            <source>从日历中选择</source>
            <translation>从日历中选择</translation>
        </message>
        <message>
            <source>请填写日期，如 2026-03-15</source>
            <translation>请填写日期，如 2026-03-15</translation>
        </message>
        <message>
            <source>“%1”不是有效日期：请写作 2026-03-15、2026/3/15、20260315 或 2026年3月15日</source>
            <translation>“%1”不是有效日期：请写作 2026-03-15、2026/3/15、20260315 或 2026年3月15日</translation>
        </message>
        <message>
            <source>日期不能早于 %1</source>
            <translation>日期不能早于 %1</translation>
        </message>
        <message>
            <source>日期不能晚于 %1</source>
            <translation>日期不能晚于 %1</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesController</name>
        <message>
            <source>合规期限 — licdesk</source>
            <translation>合规期限 — licdesk</translation>
        </message>
        <message>
            <source>时间轴 — licdesk</source>
            <translation>时间轴 — licdesk</translation>
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
            <source>到期一览…</source>
            <translation>到期一览…</translation>
        </message>
        <message>
            <source>本月到期、未来90天和已逾期的事项，可打印、导出</source>
            <translation>本月到期、未来90天和已逾期的事项，可打印、导出</translation>
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
        <name>DeskSession</name>
        <message>
            <source>只读：您的用户在此团队库中只有查看的权限</source>
            <translation>只读：您的用户在此团队库中只有查看的权限</translation>
        </message>
        <message>
            <source>只读：另一个 licdesk 正在编辑此数据库</source>
            <translation>只读：另一个 licdesk 正在编辑此数据库</translation>
        </message>
    </context>
    <context>
        <name>DetailArea</name>
        <message>
            <source>特别规定事项</source>
            <translation>特别规定事项</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>年检</source>
            <translation>年检</translation>
        </message>
        <message>
            <source>年检/年报记录</source>
            <translation>年检/年报记录</translation>
        </message>
        <message>
            <source>附件</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>随许可证保存的文件</source>
            <translation>随许可证保存的文件</translation>
        </message>
        <message>
            <source>历史</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>此许可证的修改历史</source>
            <translation>此许可证的修改历史</translation>
        </message>
    </context>
    <context>
        <name>DueOverviewWindow</name>
        <message>
            <source>到期一览 — licdesk</source>
            <translation>到期一览 — licdesk</translation>
        </message>
        <message>
            <source>到期一览</source>
            <translation>到期一览</translation>
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
            <source>到期事项</source>
            <translation>到期事项</translation>
        </message>
        <message>
            <source>截止日期</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>剩余或逾期</source>
            <translation>剩余或逾期</translation>
        </message>
        <message>
            <source>双击一行，在主窗口中打开该许可证。</source>
            <translation>双击一行，在主窗口中打开该许可证。</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>预览并打印到期一览，也可以另存为 PDF</source>
            <translation>预览并打印到期一览，也可以另存为 PDF</translation>
        </message>
        <message>
            <source>导出 Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>导出 CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>无法读取</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <source>本月到期</source>
            <translation>本月到期</translation>
        </message>
        <message>
            <source>未来90天</source>
            <translation>未来90天</translation>
        </message>
        <message>
            <source>已逾期</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>%1（%2 项）</source>
            <translation>%1（%2 项）</translation>
        </message>
        <message>
            <source>无</source>
            <translation>无</translation>
        </message>
        <message>
            <source>截至 %1：已逾期 %2 项 · 本月到期 %3 项 · 未来90天 %4 项</source>
            <translation>截至 %1：已逾期 %2 项 · 本月到期 %3 项 · 未来90天 %4 项</translation>
        </message>
        <message>
            <source>导出 Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>到期一览.xlsx</source>
            <translation>到期一览.xlsx</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>导出 CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <source>到期一览.csv</source>
            <translation>到期一览.csv</translation>
        </message>
        <message>
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
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
        <name>EditController</name>
        <message>
            <source>撤销</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>重做</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>无法保存</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <source>请先改正以下错误：
</source>
            <translation>请先改正以下错误：
</translation>
        </message>
        <message>
            <source>（在回收站中）</source>
            <translation>（在回收站中）</translation>
        </message>
        <message>
            <source>编号 %1 已属于另一份许可证%2。请核对编号。</source>
            <translation>编号 %1 已属于另一份许可证%2。请核对编号。</translation>
        </message>
        <message>
            <source>保存失败</source>
            <translation>保存失败</translation>
        </message>
        <message>
            <source>%1

您的修改仍在编辑器中，没有丢失；问题解决后再点“保存”即可。</source>
            <translation>%1

您的修改仍在编辑器中，没有丢失；问题解决后再点“保存”即可。</translation>
        </message>
        <message>
            <source>已保存 %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>新许可证</source>
            <translation>新许可证</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>许可证</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV 表格 (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>JSON 数据 (*.json)</source>
            <translation>JSON 数据 (*.json)</translation>
        </message>
        <message>
            <source>日历 (*.ics)</source>
            <translation>日历 (*.ics)</translation>
        </message>
        <message>
            <source>导出到</source>
            <translation>导出到</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>正在导出…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>正在导出到 %1…</source>
            <translation>正在导出到 %1…</translation>
        </message>
        <message>
            <source>已导出 %1 张许可证和 %2 项合规期限到：
%3</source>
            <translation>已导出 %1 张许可证和 %2 项合规期限到：
%3</translation>
        </message>
        <message>
            <source>已导出 %1 张许可证到：
%3</source>
            <translation>已导出 %1 张许可证到：
%3</translation>
        </message>
        <message>
            <source>已导出到 %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message>
            <source>导出完成</source>
            <translation>导出完成</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>无法打开文件夹</source>
            <translation>无法打开文件夹</translation>
        </message>
        <message>
            <source>这台电脑没有可以打开文件夹的程序。文件在：
%1</source>
            <translation>这台电脑没有可以打开文件夹的程序。文件在：
%1</translation>
        </message>
        <message>
            <source>无法导出</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <source>这是一个文件夹，不能写入：%1</source>
            <translation>这是一个文件夹，不能写入：%1</translation>
        </message>
        <message>
            <source>文件夹不存在：%1</source>
            <translation>文件夹不存在：%1</translation>
        </message>
        <message>
            <source>没有权限写入：%1</source>
            <translation>没有权限写入：%1</translation>
        </message>
        <message>
            <source>无法写入文件 %1：%2</source>
            <translation>无法写入文件 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Excel 工作簿（.xlsx）</source>
            <translation>Excel 工作簿（.xlsx）</translation>
        </message>
        <message>
            <source>两张工作表：许可证一览和合规期限</source>
            <translation>两张工作表：许可证一览和合规期限</translation>
        </message>
        <message>
            <source>CSV 表格（.csv）</source>
            <translation>CSV 表格（.csv）</translation>
        </message>
        <message>
            <source>许可证一览，Excel 和 WPS 可直接打开</source>
            <translation>许可证一览，Excel 和 WPS 可直接打开</translation>
        </message>
        <message>
            <source>JSON 数据（.json）</source>
            <translation>JSON 数据（.json）</translation>
        </message>
        <message>
            <source>每张许可证的全部资料，供其他程序读取</source>
            <translation>每张许可证的全部资料，供其他程序读取</translation>
        </message>
        <message>
            <source>日历（.ics）</source>
            <translation>日历（.ics）</translation>
        </message>
        <message>
            <source>尚未完成的合规期限，可导入 Outlook 或手机日历</source>
            <translation>尚未完成的合规期限，可导入 Outlook 或手机日历</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>格式</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>许可证</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>全部许可证（%1 张）</source>
            <translation>全部许可证（%1 张）</translation>
        </message>
        <message>
            <source>当前列表中的许可证（按搜索和筛选，%1 张）</source>
            <translation>当前列表中的许可证（按搜索和筛选，%1 张）</translation>
        </message>
        <message>
            <source>选中的许可证：%1</source>
            <translation>选中的许可证：%1</translation>
        </message>
        <message>
            <source>选中的许可证（未选中）</source>
            <translation>选中的许可证（未选中）</translation>
        </message>
        <message>
            <source>导出…</source>
            <translation>导出…</translation>
        </message>
    </context>
    <context>
        <name>FindingMark</name>
        <message>
            <source>错误</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>提示</source>
            <translation>提示</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>licdesk 用户指南</source>
            <translation>licdesk 用户指南</translation>
        </message>
        <message>
            <source>找不到用户指南文件（guide.md）。请重新安装 licdesk。</source>
            <translation>找不到用户指南文件（guide.md）。请重新安装 licdesk。</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>录入</source>
            <translation>录入</translation>
        </message>
        <message>
            <source>修改</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>移到回收站</source>
            <translation>移到回收站</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>永久删除</source>
            <translation>永久删除</translation>
        </message>
        <message>
            <source>添加附件</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <source>删除附件</source>
            <translation>删除附件</translation>
        </message>
        <message>
            <source>关闭许可证</source>
            <translation>关闭许可证</translation>
        </message>
        <message>
            <source>重新启用</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>法定代表人</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>发证机关</source>
            <translation>发证机关</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>发证日期</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>许可证标题</source>
            <translation>许可证标题</translation>
        </message>
        <message>
            <source>正文</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>业务种类</source>
            <translation>业务种类</translation>
        </message>
        <message>
            <source>附页网站</source>
            <translation>附页网站</translation>
        </message>
        <message>
            <source>特别规定事项</source>
            <translation>特别规定事项</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>年检/年报</translation>
        </message>
        <message>
            <source>事项记录</source>
            <translation>事项记录</translation>
        </message>
        <message>
            <source>读取提示</source>
            <translation>读取提示</translation>
        </message>
        <message>
            <source>附页标题</source>
            <translation>附页标题</translation>
        </message>
        <message>
            <source>特别规定事项引言</source>
            <translation>特别规定事项引言</translation>
        </message>
        <message>
            <source>附件</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>变更内容</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>重新导入</source>
            <translation>重新导入</translation>
        </message>
        <message>
            <source>内容没有变化</source>
            <translation>内容没有变化</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>%1：%2 → %3</source>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <source>撤销关闭（%1）</source>
            <translation>撤销关闭（%1）</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>%1 起不再续办</source>
            <translation>%1 起不再续办</translation>
        </message>
        <message>
            <source>%1 注销</source>
            <translation>%1 注销</translation>
        </message>
        <message>
            <source>%1 换发新证</source>
            <translation>%1 换发新证</translation>
        </message>
        <message>
            <source>（新证 %1）</source>
            <translation>（新证 %1）</translation>
        </message>
        <message>
            <source>；此前未完成的事项一并免除</source>
            <translation>；此前未完成的事项一并免除</translation>
        </message>
        <message>
            <source>；备注：%1</source>
            <translation>；备注：%1</translation>
        </message>
    </context>
    <context>
        <name>HistoryPane</name>
        <message>
            <source>每次导入、修改、移到回收站和恢复都记录在此；每个保存过的版本都留有完整副本。</source>
            <translation>每次导入、修改、移到回收站和恢复都记录在此；每个保存过的版本都留有完整副本。</translation>
        </message>
        <message>
            <source>与早先版本比较…</source>
            <translation>与早先版本比较…</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <source>导入许可证文件</source>
            <translation>导入许可证文件</translation>
        </message>
        <message>
            <source>许可证文件 (*.txt *.text *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;许可证文本 (*.txt *.text);;PDF 与扫描图像 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</source>
            <translation>许可证文件 (*.txt *.text *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;许可证文本 (*.txt *.text);;PDF 与扫描图像 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
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
            <source>导入</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>正在导入 %1 个文件…</source>
            <translation>正在导入 %1 个文件…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>正在备份数据库，然后导入 %1 个文件…</source>
            <translation>正在备份数据库，然后导入 %1 个文件…</translation>
        </message>
        <message>
            <source>未导入</source>
            <translation>未导入</translation>
        </message>
        <message>
            <source>导入前无法备份数据库，为免无法恢复，这批文件没有导入：
%1</source>
            <translation>导入前无法备份数据库，为免无法恢复，这批文件没有导入：
%1</translation>
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
            <source>只能导入许可证文本（.txt）、PDF 或扫描图像（.png、.jpg、.tif）。</source>
            <translation>只能导入许可证文本（.txt）、PDF 或扫描图像（.png、.jpg、.tif）。</translation>
        </message>
        <message>
            <source>拖入的文本</source>
            <translation>拖入的文本</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>服务器放置地</source>
            <translation>服务器放置地</translation>
        </message>
        <message>
            <source>接入服务提供单位</source>
            <translation>接入服务提供单位</translation>
        </message>
        <message>
            <source>（适用于%1）</source>
            <translation>（适用于%1）</translation>
        </message>
        <message>
            <source>年报</source>
            <translation>年报</translation>
        </message>
        <message>
            <source>年检</source>
            <translation>年检</translation>
        </message>
        <message>
            <source>%1 年度</source>
            <translation>%1 年度</translation>
        </message>
        <message>
            <source>经营许可证编号</source>
            <translation>经营许可证编号</translation>
        </message>
        <message>
            <source>跨地区许可证：由工业和信息化部颁发，可在多个省份经营</source>
            <translation>跨地区许可证：由工业和信息化部颁发，可在多个省份经营</translation>
        </message>
        <message>
            <source>省内许可证：由所在省（自治区、直辖市）通信管理局颁发，在该地经营</source>
            <translation>省内许可证：由所在省（自治区、直辖市）通信管理局颁发，在该地经营</translation>
        </message>
        <message>
            <source>许可证类别</source>
            <translation>许可证类别</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>法定代表人</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>业务种类</source>
            <translation>业务种类</translation>
        </message>
        <message>
            <source>发证机关</source>
            <translation>发证机关</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>发证日期</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>附页网站</source>
            <translation>附页网站</translation>
        </message>
        <message>
            <source>特别规定事项</source>
            <translation>特别规定事项</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>年检/年报</translation>
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
        <name>InspectionsEditor</name>
        <message>
            <source>年检</source>
            <translation>年检</translation>
        </message>
        <message>
            <source>年报</source>
            <translation>年报</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>机关</source>
            <translation>机关</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>添加记录</source>
            <translation>添加记录</translation>
        </message>
        <message>
            <source>年度应为四位年份，如 2024</source>
            <translation>年度应为四位年份，如 2024</translation>
        </message>
        <message>
            <source>“%1”不是有效日期，未保存。请写作 2026-03-15、2026/3/15、20260315 或 2026年3月15日</source>
            <translation>“%1”不是有效日期，未保存。请写作 2026-03-15、2026/3/15、20260315 或 2026年3月15日</translation>
        </message>
        <message>
            <source>修改年检/年报记录</source>
            <translation>修改年检/年报记录</translation>
        </message>
        <message>
            <source>添加年检/年报记录</source>
            <translation>添加年检/年报记录</translation>
        </message>
        <message>
            <source>删除年检/年报记录</source>
            <translation>删除年检/年报记录</translation>
        </message>
        <message>
            <source>调整年检/年报顺序</source>
            <translation>调整年检/年报顺序</translation>
        </message>
    </context>
    <context>
        <name>InspectionsModel</name>
        <message>
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>盖章机关</source>
            <translation>盖章机关</translation>
        </message>
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
        <message>
            <source>添加记录…</source>
            <translation>添加记录…</translation>
        </message>
        <message>
            <source>记录一年的年报报送或年检结果</source>
            <translation>记录一年的年报报送或年检结果</translation>
        </message>
        <message>
            <source>资料库以只读方式打开，不能添加记录</source>
            <translation>资料库以只读方式打开，不能添加记录</translation>
        </message>
        <message>
            <source>记录未保存</source>
            <translation>记录未保存</translation>
        </message>
        <message>
            <source>许可证 %1 刚刚在别处被修改过，记录未保存。请查看最新内容后再添加。</source>
            <translation>许可证 %1 刚刚在别处被修改过，记录未保存。请查看最新内容后再添加。</translation>
        </message>
        <message>
            <source>许可证 %1 已不在库中（可能已被删除）。</source>
            <translation>许可证 %1 已不在库中（可能已被删除）。</translation>
        </message>
    </context>
    <context>
        <name>LibraryController</name>
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
            <source>未能关闭许可证</source>
            <translation>未能关闭许可证</translation>
        </message>
        <message>
            <source>已关闭 %1（%2）</source>
            <translation>已关闭 %1（%2）</translation>
        </message>
        <message>
            <source>重新启用</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>许可证 %1 没有关闭，无需重新启用。</source>
            <translation>许可证 %1 没有关闭，无需重新启用。</translation>
        </message>
        <message>
            <source>重新启用许可证 %1？
它将像未关闭时一样产生年报、续办等事项。</source>
            <translation>重新启用许可证 %1？
它将像未关闭时一样产生年报、续办等事项。</translation>
        </message>
        <message>
            <source>未能重新启用许可证</source>
            <translation>未能重新启用许可证</translation>
        </message>
        <message>
            <source>已重新启用 %1</source>
            <translation>已重新启用 %1</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>业务种类</source>
            <translation>业务种类</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>编号 / 公司名称</source>
            <translation>编号 / 公司名称</translation>
        </message>
    </context>
    <context>
        <name>LibraryPane</name>
        <message>
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>即将到期</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>已过期</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>已关闭</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>搜索 编号 / 公司 / 域名 / 接入商 / 业务 / 条款…  (Ctrl+F)</source>
            <translation>搜索 编号 / 公司 / 域名 / 接入商 / 业务 / 条款…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>有效期在 90 天内届满的许可证：应着手申请续办</source>
            <translation>有效期在 90 天内届满的许可证：应着手申请续办</translation>
        </message>
        <message>
            <source>不再续办、已注销或已换发新证的许可证</source>
            <translation>不再续办、已注销或已换发新证的许可证</translation>
        </message>
        <message>
            <source>搜索…  (Ctrl+F)</source>
            <translation>搜索…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>打开</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>编辑…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>与其他许可证比较…</source>
            <translation>与其他许可证比较…</translation>
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
            <source>导出此许可证…</source>
            <translation>导出此许可证…</translation>
        </message>
        <message>
            <source>移到回收站…</source>
            <translation>移到回收站…</translation>
        </message>
    </context>
    <context>
        <name>LicenseEditor</name>
        <message>
            <source>撤销</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>重做</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>退出编辑</source>
            <translation>退出编辑</translation>
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
            <source>特别规定事项</source>
            <translation>特别规定事项</translation>
        </message>
        <message>
            <source>年检/年报</source>
            <translation>年检/年报</translation>
        </message>
        <message>
            <source>撤销 </source>
            <translation>撤销 </translation>
        </message>
        <message>
            <source>重做 </source>
            <translation>重做 </translation>
        </message>
        <message>
            <source>新许可证</source>
            <translation>新许可证</translation>
        </message>
        <message>
            <source>编辑 </source>
            <translation>编辑 </translation>
        </message>
        <message>
            <source>（未保存）</source>
            <translation>（未保存）</translation>
        </message>
        <message>
            <source>核对：没有发现问题。</source>
            <translation>核对：没有发现问题。</translation>
        </message>
        <message>
            <source>核对：%1 处错误（须改正才能保存），%2 处提示</source>
            <translation>核对：%1 处错误（须改正才能保存），%2 处提示</translation>
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
            <source>审查</source>
            <translation>审查</translation>
        </message>
        <message>
            <source>逐条审查此许可证</source>
            <translation>逐条审查此许可证</translation>
        </message>
        <message>
            <source>共 %1 张许可证 · 有效 %2 · 即将到期 %3 · 已过期 %4</source>
            <translation>共 %1 张许可证 · 有效 %2 · 即将到期 %3 · 已过期 %4</translation>
        </message>
        <message>
            <source>导入许可证文件(&amp;I)…</source>
            <translation>导入许可证文件(&amp;I)…</translation>
        </message>
        <message>
            <source>导入一个或多个许可证文件：文本（.txt）、PDF 或扫描图像</source>
            <translation>导入一个或多个许可证文件：文本（.txt）、PDF 或扫描图像</translation>
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
            <source>批量打印(&amp;B)…</source>
            <translation>批量打印(&amp;B)…</translation>
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
            <source>导出(&amp;X)…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>把全部或选中的许可证导出为 Excel、CSV、JSON 或日历文件</source>
            <translation>把全部或选中的许可证导出为 Excel、CSV、JSON 或日历文件</translation>
        </message>
        <message>
            <source>连接团队库(&amp;K)…</source>
            <translation>连接团队库(&amp;K)…</translation>
        </message>
        <message>
            <source>打开多人共用的团队库（PostgreSQL），或切换回本机数据库</source>
            <translation>打开多人共用的团队库（PostgreSQL），或切换回本机数据库</translation>
        </message>
        <message>
            <source>带走离线副本(&amp;T)…</source>
            <translation>带走离线副本(&amp;T)…</translation>
        </message>
        <message>
            <source>把整个团队库存为本机的一个文件：离线时也能查看、打印和审查</source>
            <translation>把整个团队库存为本机的一个文件：离线时也能查看、打印和审查</translation>
        </message>
        <message>
            <source>打开离线副本(&amp;O)…</source>
            <translation>打开离线副本(&amp;O)…</translation>
        </message>
        <message>
            <source>打开一个离线副本或其他 licdesk 数据库文件</source>
            <translation>打开一个离线副本或其他 licdesk 数据库文件</translation>
        </message>
        <message>
            <source>添加年检/年报记录(&amp;R)…</source>
            <translation>添加年检/年报记录(&amp;R)…</translation>
        </message>
        <message>
            <source>记录一年的年报报送或年检结果</source>
            <translation>记录一年的年报报送或年检结果</translation>
        </message>
        <message>
            <source>关闭许可证(&amp;G)…</source>
            <translation>关闭许可证(&amp;G)…</translation>
        </message>
        <message>
            <source>许可证不再续办、已注销或已换发新证：此后不再为它生成事项</source>
            <translation>许可证不再续办、已注销或已换发新证：此后不再为它生成事项</translation>
        </message>
        <message>
            <source>重新启用许可证(&amp;U)</source>
            <translation>重新启用许可证(&amp;U)</translation>
        </message>
        <message>
            <source>撤销关闭：许可证重新产生年报、续办等事项</source>
            <translation>撤销关闭：许可证重新产生年报、续办等事项</translation>
        </message>
        <message>
            <source>时间轴(&amp;T)…</source>
            <translation>时间轴(&amp;T)…</translation>
        </message>
        <message>
            <source>每张许可证的有效期、年报和期限排在一条时间线上</source>
            <translation>每张许可证的有效期、年报和期限排在一条时间线上</translation>
        </message>
        <message>
            <source>到期一览(&amp;D)…</source>
            <translation>到期一览(&amp;D)…</translation>
        </message>
        <message>
            <source>本月到期、未来90天和已逾期的事项，可打印、导出</source>
            <translation>本月到期、未来90天和已逾期的事项，可打印、导出</translation>
        </message>
        <message>
            <source>许可证列表(&amp;Y)</source>
            <translation>许可证列表(&amp;Y)</translation>
        </message>
        <message>
            <source>隐藏左侧的许可证列表，给正本、附页和条款更多地方；再按一次显示</source>
            <translation>隐藏左侧的许可证列表，给正本、附页和条款更多地方；再按一次显示</translation>
        </message>
        <message>
            <source>紧凑列表(&amp;K)</source>
            <translation>紧凑列表(&amp;K)</translation>
        </message>
        <message>
            <source>列表只显示编号、公司名称（两行）和状态，占地更少</source>
            <translation>列表只显示编号、公司名称（两行）和状态，占地更少</translation>
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
            <source>新建许可证(&amp;N)</source>
            <translation>新建许可证(&amp;N)</translation>
        </message>
        <message>
            <source>照纸质原件逐项录入一张许可证</source>
            <translation>照纸质原件逐项录入一张许可证</translation>
        </message>
        <message>
            <source>从已有许可证的条款新建(&amp;M)…</source>
            <translation>从已有许可证的条款新建(&amp;M)…</translation>
        </message>
        <message>
            <source>编辑许可证(&amp;E)</source>
            <translation>编辑许可证(&amp;E)</translation>
        </message>
        <message>
            <source>修改当前许可证的正本、附页、条款和年检记录</source>
            <translation>修改当前许可证的正本、附页、条款和年检记录</translation>
        </message>
        <message>
            <source>保存(&amp;S)</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>比较两张许可证(&amp;O)…</source>
            <translation>比较两张许可证(&amp;O)…</translation>
        </message>
        <message>
            <source>与早先版本比较(&amp;V)…</source>
            <translation>与早先版本比较(&amp;V)…</translation>
        </message>
        <message>
            <source>用户指南(&amp;G)</source>
            <translation>用户指南(&amp;G)</translation>
        </message>
        <message>
            <source>在程序里阅读使用说明，无需联网</source>
            <translation>在程序里阅读使用说明，无需联网</translation>
        </message>
        <message>
            <source>键盘快捷键(&amp;K)</source>
            <translation>键盘快捷键(&amp;K)</translation>
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
            <source>首选项(&amp;N)…</source>
            <translation>首选项(&amp;N)…</translation>
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
            <source>审查模式(&amp;V)…</source>
            <translation>审查模式(&amp;V)…</translation>
        </message>
        <message>
            <source>导入审查包(&amp;I)…</source>
            <translation>导入审查包(&amp;I)…</translation>
        </message>
        <message>
            <source>只读查看审查包(&amp;O)…</source>
            <translation>只读查看审查包(&amp;O)…</translation>
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
            <source>数据库问题</source>
            <translation>数据库问题</translation>
        </message>
        <message>
            <source>（只读）</source>
            <translation>（只读）</translation>
        </message>
        <message>
            <source> · 已关闭 %1</source>
            <translation> · 已关闭 %1</translation>
        </message>
        <message>
            <source> · 当前列出 %1 张</source>
            <translation> · 当前列出 %1 张</translation>
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
        <name>OfflineCopyBadge</name>
        <message>
            <source>离线副本，取自 %1 于 %2</source>
            <translation>离线副本，取自 %1 于 %2</translation>
        </message>
        <message>
            <source>这是从团队库取出的一份文件副本；在这里的修改不会自动回到团队库，审查结果可用审查包带回</source>
            <translation>这是从团队库取出的一份文件副本；在这里的修改不会自动回到团队库，审查结果可用审查包带回</translation>
        </message>
    </context>
    <context>
        <name>OlderObligations</name>
        <message>
            <source>这些事项属于开始跟踪的年度之前（首选项 → 合规期限 → 跟踪范围），不作为逾期提醒，也不出现在启动提醒和导出的日历中。</source>
            <translation>这些事项属于开始跟踪的年度之前（首选项 → 合规期限 → 跟踪范围），不作为逾期提醒，也不出现在启动提醒和导出的日历中。</translation>
        </message>
        <message>
            <source>更早的事项（不跟踪）%1 项</source>
            <translation>更早的事项（不跟踪）%1 项</translation>
        </message>
    </context>
    <context>
        <name>PageViewer</name>
        <message>
            <source>第 %1 / %2 页</source>
            <translation>第 %1 / %2 页</translation>
        </message>
        <message>
            <source>没有页面图像</source>
            <translation>没有页面图像</translation>
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
            <source>请至少勾选一项打印内容。</source>
            <translation>请至少勾选一项打印内容。</translation>
        </message>
        <message>
            <source>正在更新预览…</source>
            <translation>正在更新预览…</translation>
        </message>
        <message>
            <source>无法生成打印文件：%1</source>
            <translation>无法生成打印文件：%1</translation>
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
        <name>PreferencesDialog</name>
        <message>
            <source>首选项</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>跟随系统 — %1</source>
            <translation>跟随系统 — %1</translation>
        </message>
        <message>
            <source> 天</source>
            <translation> 天</translation>
        </message>
        <message>
            <source> 份</source>
            <translation> 份</translation>
        </message>
        <message>
            <source>全部年度</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <source>从 </source>
            <translation>从 </translation>
        </message>
        <message>
            <source> 年度开始跟踪</source>
            <translation> 年度开始跟踪</translation>
        </message>
        <message>
            <source>界面</source>
            <translation>界面</translation>
        </message>
        <message>
            <source>界面语言：</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <source>更改界面语言后，需重新启动 licdesk 才能生效。</source>
            <translation>更改界面语言后，需重新启动 licdesk 才能生效。</translation>
        </message>
        <message>
            <source>合规期限</source>
            <translation>合规期限</translation>
        </message>
        <message>
            <source>提前提醒：</source>
            <translation>提前提醒：</translation>
        </message>
        <message>
            <source>截止日期前多少天起，事项显示为“即将到期”并在启动时提醒。合规期限窗口使用同一设置。</source>
            <translation>截止日期前多少天起，事项显示为“即将到期”并在启动时提醒。合规期限窗口使用同一设置。</translation>
        </message>
        <message>
            <source>跟踪范围：</source>
            <translation>跟踪范围：</translation>
        </message>
        <message>
            <source>接手一个库时，更早年度未记录的年报等不再作为逾期提醒，只在合规期限窗口中折叠列出。此设置保存在数据库中，随库一起备份和复制。</source>
            <translation>接手一个库时，更早年度未记录的年报等不再作为逾期提醒，只在合规期限窗口中折叠列出。此设置保存在数据库中，随库一起备份和复制。</translation>
        </message>
        <message>
            <source>备份</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>保留自动备份：</source>
            <translation>保留自动备份：</translation>
        </message>
        <message>
            <source>licdesk 每次启动时自动备份数据库，只保留最近的若干份；手动备份不会被自动删除。</source>
            <translation>licdesk 每次启动时自动备份数据库，只保留最近的若干份；手动备份不会被自动删除。</translation>
        </message>
        <message>
            <source>未设置</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>清除</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>本单位节假日表：</source>
            <translation>本单位节假日表：</translation>
        </message>
        <message>
            <source>工作日按国务院公布的节假日安排计算。尚未公布的年份，可选本单位的节假日表（文本文件，每行一个日期和“休”或“班”），表中列出的年份按此表计算。</source>
            <translation>工作日按国务院公布的节假日安排计算。尚未公布的年份，可选本单位的节假日表（文本文件，每行一个日期和“休”或“班”），表中列出的年份按此表计算。</translation>
        </message>
        <message>
            <source>无法使用此节假日表：%1</source>
            <translation>无法使用此节假日表：%1</translation>
        </message>
        <message>
            <source>选择节假日表</source>
            <translation>选择节假日表</translation>
        </message>
        <message>
            <source>文本文件 (*.txt);;所有文件 (*)</source>
            <translation>文本文件 (*.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>未能保存跟踪范围</source>
            <translation>未能保存跟踪范围</translation>
        </message>
        <message>
            <source>界面语言将在下次启动 licdesk 时改为 %1。</source>
            <translation>界面语言将在下次启动 licdesk 时改为 %1。</translation>
        </message>
        <message>
            <source>重新启动后生效</source>
            <translation>重新启动后生效</translation>
        </message>
        <message>
            <source>界面语言将在 licdesk 重新启动后改为 %1。

现在重新启动吗？如有未保存的修改，会先询问是否保存。</source>
            <translation>界面语言将在 licdesk 重新启动后改为 %1。

现在重新启动吗？如有未保存的修改，会先询问是否保存。</translation>
        </message>
        <message>
            <source>立即重启</source>
            <translation>立即重启</translation>
        </message>
        <message>
            <source>稍后</source>
            <translation>稍后</translation>
        </message>
        <message>
            <source>无法重新启动</source>
            <translation>无法重新启动</translation>
        </message>
        <message>
            <source>licdesk 已关闭，但未能自动重新打开。请手动启动 licdesk。</source>
            <translation>licdesk 已关闭，但未能自动重新打开。请手动启动 licdesk。</translation>
        </message>
    </context>
    <context>
        <name>PresenceBanner</name>
        <message>
            <source>%1 正在编辑许可证 %2。您也可以查看和修改；两人都保存时，后保存的一方会看到冲突，并可比较两份内容后再决定。</source>
            <translation>%1 正在编辑许可证 %2。您也可以查看和修改；两人都保存时，后保存的一方会看到冲突，并可比较两份内容后再决定。</translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>PrintBridge</name>
        <message>
            <source>无法生成打印文件</source>
            <translation>无法生成打印文件</translation>
        </message>
        <message>
            <source>%1：%2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>PrintOptionsForm</name>
        <message>
            <source>正本</source>
            <translation>正本</translation>
        </message>
        <message>
            <source>附页</source>
            <translation>附页</translation>
        </message>
        <message>
            <source>特别规定事项</source>
            <translation>特别规定事项</translation>
        </message>
        <message>
            <source>年检情况记录表</source>
            <translation>年检情况记录表</translation>
        </message>
        <message>
            <source>不加水印</source>
            <translation>不加水印</translation>
        </message>
        <message>
            <source>例如：本公司文件编号，印在每页顶部</source>
            <translation>例如：本公司文件编号，印在每页顶部</translation>
        </message>
        <message>
            <source>部分：</source>
            <translation>部分：</translation>
        </message>
        <message>
            <source>水印：</source>
            <translation>水印：</translation>
        </message>
        <message>
            <source>参考文字：</source>
            <translation>参考文字：</translation>
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
        <message>
            <source>（适用于%1）</source>
            <translation>（适用于%1）</translation>
        </message>
    </context>
    <context>
        <name>QtStringsSupplement</name>
        <message>
            <source>查找范围(&amp;L)：</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>文件类型(&amp;T)：</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
        <message>
            <source>计算机</source>
            <translation>计算机</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>添加年检/年报记录</source>
            <translation>添加年检/年报记录</translation>
        </message>
        <message>
            <source>为许可证 %1 添加一条年检或年报记录。</source>
            <translation>为许可证 %1 添加一条年检或年报记录。</translation>
        </message>
        <message>
            <source>选择或直接输入，如 已报送</source>
            <translation>选择或直接输入，如 已报送</translation>
        </message>
        <message>
            <source>（可不填）如 报送回执编号</source>
            <translation>（可不填）如 报送回执编号</translation>
        </message>
        <message>
            <source>年度：</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>类型：</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>结果：</source>
            <translation>结果：</translation>
        </message>
        <message>
            <source>日期：</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>备注：</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>已有 %1 年度的%2记录。要修改它，请用“编辑”打开许可证。</source>
            <translation>已有 %1 年度的%2记录。要修改它，请用“编辑”打开许可证。</translation>
        </message>
    </context>
    <context>
        <name>RecordResults</name>
        <message>
            <source>合格</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>不合格</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>已报送</source>
            <translation>已报送</translation>
        </message>
        <message>
            <source>已公示</source>
            <translation>已公示</translation>
        </message>
        <message>
            <source>限期整改</source>
            <translation>限期整改</translation>
        </message>
        <message>
            <source>未报送</source>
            <translation>未报送</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>删除</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>上移</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>下移</source>
            <translation>下移</translation>
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
            <source>下面列出最紧急的 %1 项，全部事项见“合规期限”。</source>
            <translation>下面列出最紧急的 %1 项，全部事项见“合规期限”。</translation>
        </message>
        <message>
            <source>选中一项查看详情。</source>
            <translation>选中一项查看详情。</translation>
        </message>
        <message>
            <source>查看合规期限</source>
            <translation>查看合规期限</translation>
        </message>
        <message>
            <source>明天再提醒</source>
            <translation>明天再提醒</translation>
        </message>
        <message>
            <source>今天不再提醒，明天打开 licdesk 时再提醒</source>
            <translation>今天不再提醒，明天打开 licdesk 时再提醒</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>启动时自动备份</source>
            <translation>启动时自动备份</translation>
        </message>
        <message>
            <source>手动备份</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <source>恢复前的原数据库</source>
            <translation>恢复前的原数据库</translation>
        </message>
        <message>
            <source>批量导入前自动备份</source>
            <translation>批量导入前自动备份</translation>
        </message>
        <message>
            <source>清空回收站前自动备份</source>
            <translation>清空回收站前自动备份</translation>
        </message>
        <message>
            <source>升级数据库前自动备份</source>
            <translation>升级数据库前自动备份</translation>
        </message>
        <message>
            <source>恢复前的原数据库（已损坏，原样保留）</source>
            <translation>恢复前的原数据库（已损坏，原样保留）</translation>
        </message>
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
            <source>备份时间</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>许可证</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>大小</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>原因</translation>
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
            <source>无法从这个文件恢复，数据库未作任何改动。

%1

%2</source>
            <translation>无法从这个文件恢复，数据库未作任何改动。

%1

%2</translation>
        </message>
        <message>
            <source>用这份备份替换当前数据库？

%1
其中有 %2 份许可证。

当前数据库会先另存为一份备份（原因：恢复前的原数据库），之后仍可以恢复回来。</source>
            <translation>用这份备份替换当前数据库？

%1
其中有 %2 份许可证。

当前数据库会先另存为一份备份（原因：恢复前的原数据库），之后仍可以恢复回来。</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>恢复失败</translation>
        </message>
        <message>
            <source>恢复没有完成，数据库保持原样。

%1</source>
            <translation>恢复没有完成，数据库保持原样。

%1</translation>
        </message>
        <message>
            <source>已恢复 %1 份许可证。</source>
            <translation>已恢复 %1 份许可证。</translation>
        </message>
        <message>
            <source>

恢复前的数据库已另存为：
%1</source>
            <translation>

恢复前的数据库已另存为：
%1</translation>
        </message>
        <message>
            <source>恢复完成</source>
            <translation>恢复完成</translation>
        </message>
    </context>
    <context>
        <name>ReviewConflictsDialog</name>
        <message>
            <source>审查合并冲突</source>
            <translation>审查合并冲突</translation>
        </message>
        <message>
            <source>以下各项在本库和审查包中都被修改过，内容不同。目前保留的是本库的内容；请逐项选择保留哪一方。</source>
            <translation>以下各项在本库和审查包中都被修改过，内容不同。目前保留的是本库的内容；请逐项选择保留哪一方。</translation>
        </message>
        <message>
            <source>许可证</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>本库</source>
            <translation>本库</translation>
        </message>
        <message>
            <source>审查包</source>
            <translation>审查包</translation>
        </message>
        <message>
            <source>保留本库的</source>
            <translation>保留本库的</translation>
        </message>
        <message>
            <source>采用审查包的</source>
            <translation>采用审查包的</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>证据</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>%1 个附件</source>
            <translation>%1 个附件</translation>
        </message>
        <message>
            <source>（%1）</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <source>没有待解决的冲突</source>
            <translation>没有待解决的冲突</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>licdesk 审查包 (*.licreview *.zip);;所有文件 (*)</source>
            <translation>licdesk 审查包 (*.licreview *.zip);;所有文件 (*)</translation>
        </message>
        <message>
            <source>导入审查包</source>
            <translation>导入审查包</translation>
        </message>
        <message>
            <source>只读查看审查包</source>
            <translation>只读查看审查包</translation>
        </message>
        <message>
            <source>（只读）</source>
            <translation>（只读）</translation>
        </message>
    </context>
    <context>
        <name>ReviewDiffDialog</name>
        <message>
            <source>与上一轮比较</source>
            <translation>与上一轮比较</translation>
        </message>
        <message>
            <source>%1 → %2：%3 条有变化</source>
            <translation>%1 → %2：%3 条有变化</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>上一轮</source>
            <translation>上一轮</translation>
        </message>
        <message>
            <source>本轮</source>
            <translation>本轮</translation>
        </message>
        <message>
            <source>条款文字</source>
            <translation>条款文字</translation>
        </message>
        <message>
            <source>（旧文字）</source>
            <translation>（旧文字）</translation>
        </message>
        <message>
            <source>已变化，需重新审查</source>
            <translation>已变化，需重新审查</translation>
        </message>
        <message>
            <source>两轮的审查结果相同。</source>
            <translation>两轮的审查结果相同。</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>证据</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>%1 个附件</source>
            <translation>%1 个附件</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>（适用于%1）</source>
            <translation>（适用于%1）</translation>
        </message>
        <message>
            <source>条款</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>条款内容</source>
            <translation>条款内容</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>证据</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>⚑ 条款已变化，需重新审查</source>
            <translation>⚑ 条款已变化，需重新审查</translation>
        </message>
    </context>
    <context>
        <name>ReviewPane</name>
        <message>
            <source>开始新一轮审查</source>
            <translation>开始新一轮审查</translation>
        </message>
        <message>
            <source>在条款列表中按 %1 键</source>
            <translation>在条款列表中按 %1 键</translation>
        </message>
        <message>
            <source>说明：做法、证据在哪里、还缺什么</source>
            <translation>说明：做法、证据在哪里、还缺什么</translation>
        </message>
        <message>
            <source>有整改期限</source>
            <translation>有整改期限</translation>
        </message>
        <message>
            <source>保存说明</source>
            <translation>保存说明</translation>
        </message>
        <message>
            <source>添加附件作为证据…</source>
            <translation>添加附件作为证据…</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>证据（附件）</source>
            <translation>证据（附件）</translation>
        </message>
        <message>
            <source>审查轮次</source>
            <translation>审查轮次</translation>
        </message>
        <message>
            <source>第 %1 轮  %2</source>
            <translation>第 %1 轮  %2</translation>
        </message>
        <message>
            <source>这份许可证还没有审查。点“开始新一轮审查”开始逐条审查。</source>
            <translation>这份许可证还没有审查。点“开始新一轮审查”开始逐条审查。</translation>
        </message>
        <message>
            <source>已审 %1 / %2 条</source>
            <translation>已审 %1 / %2 条</translation>
        </message>
        <message>
            <source>，%1 条需重新审查</source>
            <translation>，%1 条需重新审查</translation>
        </message>
        <message>
            <source>⚑ 条款文字自上次审查以来已变化，请重新审查</source>
            <translation>⚑ 条款文字自上次审查以来已变化，请重新审查</translation>
        </message>
        <message>
            <source>只读方式打开：审查结果不能修改</source>
            <translation>只读方式打开：审查结果不能修改</translation>
        </message>
        <message>
            <source>所有条款都已审查</source>
            <translation>所有条款都已审查</translation>
        </message>
        <message>
            <source>整改期限未保存：</source>
            <translation>整改期限未保存：</translation>
        </message>
        <message>
            <source>无法读取文件：%1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>选择证据文件</source>
            <translation>选择证据文件</translation>
        </message>
        <message>
            <source>扫描件或照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
            <translation>扫描件或照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>licdesk 审查模式 — %1</source>
            <translation>licdesk 审查模式 — %1</translation>
        </message>
        <message>
            <source>（只读）</source>
            <translation>（只读）</translation>
        </message>
        <message>
            <source>审查</source>
            <translation>审查</translation>
        </message>
        <message>
            <source>导入审查包…</source>
            <translation>导入审查包…</translation>
        </message>
        <message>
            <source>导出审查包…</source>
            <translation>导出审查包…</translation>
        </message>
        <message>
            <source>生成审查报告…</source>
            <translation>生成审查报告…</translation>
        </message>
        <message>
            <source>与上一轮比较</source>
            <translation>与上一轮比较</translation>
        </message>
        <message>
            <source>合并冲突…</source>
            <translation>合并冲突…</translation>
        </message>
        <message>
            <source>未开始审查</source>
            <translation>未开始审查</translation>
        </message>
        <message>
            <source>已审 %1 / %2 条</source>
            <translation>已审 %1 / %2 条</translation>
        </message>
        <message>
            <source>  待解决冲突：%1</source>
            <translation>  待解决冲突：%1</translation>
        </message>
        <message>
            <source>已导入审查包：%1 份许可证，合并 %2 条，冲突 %3 处</source>
            <translation>已导入审查包：%1 份许可证，合并 %2 条，冲突 %3 处</translation>
        </message>
        <message>
            <source>已导出审查包：%1</source>
            <translation>已导出审查包：%1</translation>
        </message>
        <message>
            <source>这份许可证还没有审查，无法生成报告</source>
            <translation>这份许可证还没有审查，无法生成报告</translation>
        </message>
        <message>
            <source>无法写入文件：%1</source>
            <translation>无法写入文件：%1</translation>
        </message>
        <message>
            <source>已生成审查报告：%1</source>
            <translation>已生成审查报告：%1</translation>
        </message>
        <message>
            <source>只有一轮审查，无可比较</source>
            <translation>只有一轮审查，无可比较</translation>
        </message>
        <message>
            <source>导入审查包</source>
            <translation>导入审查包</translation>
        </message>
        <message>
            <source>审查包 (*.licreview)</source>
            <translation>审查包 (*.licreview)</translation>
        </message>
        <message>
            <source>导出审查包</source>
            <translation>导出审查包</translation>
        </message>
        <message>
            <source>生成审查报告</source>
            <translation>生成审查报告</translation>
        </message>
        <message>
            <source>审查报告-%1-%2.pdf</source>
            <translation>审查报告-%1-%2.pdf</translation>
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
            <translation>已备份到 %1</translation>
        </message>
        <message>
            <source>无法重新打开数据库</source>
            <translation>无法重新打开数据库</translation>
        </message>
        <message>
            <source>已自动备份数据库</source>
            <translation>已自动备份数据库</translation>
        </message>
        <message>
            <source>启动时的自动备份未完成：%1</source>
            <translation>启动时的自动备份未完成：%1</translation>
        </message>
    </context>
    <context>
        <name>SavePrompts</name>
        <message>
            <source>尚未保存</source>
            <translation>尚未保存</translation>
        </message>
        <message>
            <source>%1 有尚未保存的修改。要保存吗？</source>
            <translation>%1 有尚未保存的修改。要保存吗？</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>放弃修改</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>许可证已被修改</source>
            <translation>许可证已被修改</translation>
        </message>
        <message>
            <source>重新载入（放弃我的修改）</source>
            <translation>重新载入（放弃我的修改）</translation>
        </message>
        <message>
            <source>保存为新许可证</source>
            <translation>保存为新许可证</translation>
        </message>
        <message>
            <source>仍然保存（覆盖）</source>
            <translation>仍然保存（覆盖）</translation>
        </message>
    </context>
    <context>
        <name>ScanController</name>
        <message>
            <source>正在识别</source>
            <translation>正在识别</translation>
        </message>
        <message>
            <source>上一个扫描件还在识别，请稍候。</source>
            <translation>上一个扫描件还在识别，请稍候。</translation>
        </message>
        <message>
            <source>识别扫描件</source>
            <translation>识别扫描件</translation>
        </message>
        <message>
            <source>正在识别扫描件…</source>
            <translation>正在识别扫描件…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>已取消扫描件识别：%1</source>
            <translation>已取消扫描件识别：%1</translation>
        </message>
        <message>
            <source>无法识别扫描件</source>
            <translation>无法识别扫描件</translation>
        </message>
        <message>
            <source>无法导入 %1</source>
            <translation>无法导入 %1</translation>
        </message>
        <message>
            <source>正在识别第 %1 / %2 页</source>
            <translation>正在识别第 %1 / %2 页</translation>
        </message>
        <message>
            <source>扫描件</source>
            <translation>扫描件</translation>
        </message>
        <message>
            <source>扫描件未能作为附件保存</source>
            <translation>扫描件未能作为附件保存</translation>
        </message>
        <message>
            <source>许可证 %1 已保存，但扫描件原件未能保存为附件：%2</source>
            <translation>许可证 %1 已保存，但扫描件原件未能保存为附件：%2</translation>
        </message>
    </context>
    <context>
        <name>ScanPreviewDialog</name>
        <message>
            <source>扫描件导入预览</source>
            <translation>扫描件导入预览</translation>
        </message>
        <message>
            <source>请对照左侧扫描图像核对识别结果。黄色标出的是识别不确定的行。确认无误后点击“保存”，许可证和扫描件原件将一起保存；在此之前不会写入任何内容。</source>
            <translation>请对照左侧扫描图像核对识别结果。黄色标出的是识别不确定的行。确认无误后点击“保存”，许可证和扫描件原件将一起保存；在此之前不会写入任何内容。</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>识别结果</source>
            <translation>识别结果</translation>
        </message>
        <message>
            <source>识别文字（%1 行待核对）</source>
            <translation>识别文字（%1 行待核对）</translation>
        </message>
        <message>
            <source>请核对以下 %1 项：</source>
            <translation>请核对以下 %1 项：</translation>
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
        <name>ServiceChoices</name>
        <message>
            <source>互联网数据中心业务</source>
            <translation>互联网数据中心业务</translation>
        </message>
        <message>
            <source>互联网数据中心业务（不含互联网资源协作服务）</source>
            <translation>互联网数据中心业务（不含互联网资源协作服务）</translation>
        </message>
        <message>
            <source>互联网资源协作服务业务</source>
            <translation>互联网资源协作服务业务</translation>
        </message>
        <message>
            <source>内容分发网络业务</source>
            <translation>内容分发网络业务</translation>
        </message>
        <message>
            <source>国内互联网虚拟专用网业务</source>
            <translation>国内互联网虚拟专用网业务</translation>
        </message>
        <message>
            <source>互联网接入服务业务</source>
            <translation>互联网接入服务业务</translation>
        </message>
        <message>
            <source>在线数据处理与交易处理业务</source>
            <translation>在线数据处理与交易处理业务</translation>
        </message>
        <message>
            <source>国内多方通信服务业务</source>
            <translation>国内多方通信服务业务</translation>
        </message>
        <message>
            <source>存储转发类业务</source>
            <translation>存储转发类业务</translation>
        </message>
        <message>
            <source>呼叫中心业务</source>
            <translation>呼叫中心业务</translation>
        </message>
        <message>
            <source>国内呼叫中心业务</source>
            <translation>国内呼叫中心业务</translation>
        </message>
        <message>
            <source>离岸呼叫中心业务</source>
            <translation>离岸呼叫中心业务</translation>
        </message>
        <message>
            <source>信息服务业务</source>
            <translation>信息服务业务</translation>
        </message>
        <message>
            <source>信息服务业务（仅限互联网信息服务）</source>
            <translation>信息服务业务（仅限互联网信息服务）</translation>
        </message>
        <message>
            <source>信息服务业务（不含互联网信息服务）</source>
            <translation>信息服务业务（不含互联网信息服务）</translation>
        </message>
        <message>
            <source>编码和规程转换业务</source>
            <translation>编码和规程转换业务</translation>
        </message>
    </context>
    <context>
        <name>ServiceRow</name>
        <message>
            <source>点击查看管辖此业务的特别规定事项</source>
            <translation>点击查看管辖此业务的特别规定事项</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>键盘快捷键</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>菜单</source>
            <translation>菜单</translation>
        </message>
        <message>
            <source>命令</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>快捷键</source>
            <translation>快捷键</translation>
        </message>
    </context>
    <context>
        <name>TeamConnectDialog</name>
        <message>
            <source>能加密时加密（默认）</source>
            <translation>能加密时加密（默认）</translation>
        </message>
        <message>
            <source>必须加密</source>
            <translation>必须加密</translation>
        </message>
        <message>
            <source>必须加密并核对服务器证书</source>
            <translation>必须加密并核对服务器证书</translation>
        </message>
        <message>
            <source>不加密（仅限本机或可信的内部网络）</source>
            <translation>不加密（仅限本机或可信的内部网络）</translation>
        </message>
        <message>
            <source>服务器拒绝了这个用户名或密码。</source>
            <translation>服务器拒绝了这个用户名或密码。</translation>
        </message>
        <message>
            <source>服务器上没有这个数据库，请核对数据库名，或请管理员先创建团队库。</source>
            <translation>服务器上没有这个数据库，请核对数据库名，或请管理员先创建团队库。</translation>
        </message>
        <message>
            <source>服务器上没有这个用户，请核对用户名。</source>
            <translation>服务器上没有这个用户，请核对用户名。</translation>
        </message>
        <message>
            <source>连不上服务器：请检查地址和端口是否正确、服务器是否开着、网络是否通畅。</source>
            <translation>连不上服务器：请检查地址和端口是否正确、服务器是否开着、网络是否通畅。</translation>
        </message>
        <message>
            <source>地址无效，请检查服务器、端口和数据库名。</source>
            <translation>地址无效，请检查服务器、端口和数据库名。</translation>
        </message>
        <message>
            <source>服务器的 PostgreSQL 版本太旧，licdesk 需要 15 或更新的版本。</source>
            <translation>服务器的 PostgreSQL 版本太旧，licdesk 需要 15 或更新的版本。</translation>
        </message>
        <message>
            <source>连接团队库</source>
            <translation>连接团队库</translation>
        </message>
        <message>
            <source>最近使用的库</source>
            <translation>最近使用的库</translation>
        </message>
        <message>
            <source>本机数据库：%1</source>
            <translation>本机数据库：%1</translation>
        </message>
        <message>
            <source>团队库：%1（用户 %2）</source>
            <translation>团队库：%1（用户 %2）</translation>
        </message>
        <message>
            <source>从列表中移除</source>
            <translation>从列表中移除</translation>
        </message>
        <message>
            <source>例如 192.168.1.20 或 db.example.cn</source>
            <translation>例如 192.168.1.20 或 db.example.cn</translation>
        </message>
        <message>
            <source>留空则使用 PostgreSQL 的密码文件</source>
            <translation>留空则使用 PostgreSQL 的密码文件</translation>
        </message>
        <message>
            <source>在系统钥匙串中记住密码</source>
            <translation>在系统钥匙串中记住密码</translation>
        </message>
        <message>
            <source>这台电脑没有可用的系统钥匙串：每次连接时输入密码，或把密码放在 PostgreSQL 的密码文件中。</source>
            <translation>这台电脑没有可用的系统钥匙串：每次连接时输入密码，或把密码放在 PostgreSQL 的密码文件中。</translation>
        </message>
        <message>
            <source>服务器(&amp;S)：</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <source>端口(&amp;P)：</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <source>数据库(&amp;D)：</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <source>用户名(&amp;U)：</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>加密(&amp;T)：</source>
            <translation>加密(&amp;T)：</translation>
        </message>
        <message>
            <source>密码(&amp;W)：</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <source>连接测试的结果</source>
            <translation>连接测试的结果</translation>
        </message>
        <message>
            <source>测试连接</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>连接</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>最近使用的库（双击切换）：</source>
            <translation>最近使用的库（双击切换）：</translation>
        </message>
        <message>
            <source>打开本机数据库</source>
            <translation>打开本机数据库</translation>
        </message>
        <message>
            <source>服务器</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>数据库</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>请填写%1。</source>
            <translation>请填写%1。</translation>
        </message>
        <message>
            <source>正在连接 %1 …</source>
            <translation>正在连接 %1 …</translation>
        </message>
        <message>
            <source>连接成功（PostgreSQL %1）。</source>
            <translation>连接成功（PostgreSQL %1）。</translation>
        </message>
        <message>
            <source>连接失败：%1</source>
            <translation>连接失败：%1</translation>
        </message>
        <message>
            <source>没能把密码存入系统钥匙串；这次照样连接。</source>
            <translation>没能把密码存入系统钥匙串；这次照样连接。</translation>
        </message>
    </context>
    <context>
        <name>TeamController</name>
        <message>
            <source>无法打开团队库</source>
            <translation>无法打开团队库</translation>
        </message>
        <message>
            <source>已打开团队库 %1</source>
            <translation>已打开团队库 %1</translation>
        </message>
        <message>
            <source>无法打开本机数据库</source>
            <translation>无法打开本机数据库</translation>
        </message>
        <message>
            <source>已打开本机数据库 %1</source>
            <translation>已打开本机数据库 %1</translation>
        </message>
        <message>
            <source>已重新连接团队库</source>
            <translation>已重新连接团队库</translation>
        </message>
        <message>
            <source>与团队库的连接已断开</source>
            <translation>与团队库的连接已断开</translation>
        </message>
        <message>
            <source>%1-离线副本-%2.sqlite3</source>
            <translation>%1-离线副本-%2.sqlite3</translation>
        </message>
        <message>
            <source>带走离线副本</source>
            <translation>带走离线副本</translation>
        </message>
        <message>
            <source>licdesk 数据库文件 (*.sqlite3)</source>
            <translation>licdesk 数据库文件 (*.sqlite3)</translation>
        </message>
        <message>
            <source>无法保存离线副本</source>
            <translation>无法保存离线副本</translation>
        </message>
        <message>
            <source>这是您本机的数据库文件，离线副本不能覆盖它；请另选一个文件名：
%1</source>
            <translation>这是您本机的数据库文件，离线副本不能覆盖它；请另选一个文件名：
%1</translation>
        </message>
        <message>
            <source>正在保存离线副本…</source>
            <translation>正在保存离线副本…</translation>
        </message>
        <message>
            <source>正在保存离线副本到 %1…</source>
            <translation>正在保存离线副本到 %1…</translation>
        </message>
        <message>
            <source>离线副本已保存到 %1</source>
            <translation>离线副本已保存到 %1</translation>
        </message>
        <message>
            <source>离线副本已保存</source>
            <translation>离线副本已保存</translation>
        </message>
        <message>
            <source>已把团队库的 %1 张许可证存为离线副本：
%2

离线时用“文件 → 打开离线副本…”打开它；在副本中做的审查，可导出审查包，回到团队库后再导入。</source>
            <translation>已把团队库的 %1 张许可证存为离线副本：
%2

离线时用“文件 → 打开离线副本…”打开它；在副本中做的审查，可导出审查包，回到团队库后再导入。</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>打开离线副本</source>
            <translation>打开离线副本</translation>
        </message>
        <message>
            <source>无法打开离线副本</source>
            <translation>无法打开离线副本</translation>
        </message>
        <message>
            <source>已打开 %1</source>
            <translation>已打开 %1</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>从已有许可证的条款新建</source>
            <translation>从已有许可证的条款新建</translation>
        </message>
        <message>
            <source>数据库问题</source>
            <translation>数据库问题</translation>
        </message>
        <message>
            <source>业务类别：</source>
            <translation>业务类别：</translation>
        </message>
        <message>
            <source>新建</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>新许可证将沿用所选许可证的特别规定事项和业务种类；编号、公司名称、日期和网站请照新证填写。</source>
            <translation>新许可证将沿用所选许可证的特别规定事项和业务种类；编号、公司名称、日期和网站请照新证填写。</translation>
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
            <source>关闭</source>
            <translation>关闭</translation>
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
            <source>查看…</source>
            <translation>查看…</translation>
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
            <source>回收站中的许可证 %1</source>
            <translation>回收站中的许可证 %1</translation>
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
        <name>TrashModel</name>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>公司名称</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>移入回收站的时间</source>
            <translation>移入回收站的时间</translation>
        </message>
    </context>
    <context>
        <name>VersionPicker</name>
        <message>
            <source>当前版本</source>
            <translation>当前版本</translation>
        </message>
        <message>
            <source>第 %1 版 · %2</source>
            <translation>第 %1 版 · %2</translation>
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

库中还没有许可证。您可以导入许可证文件（文本、PDF 或扫描件），也可以直接把文件拖到此窗口，或照纸质原件逐项录入，或先载入三份示例许可证看看效果。</source>
            <translation>licdesk 帮您保管公司的增值电信业务经营许可证：正本、附页、特别规定事项和年检记录一目了然，续期期限提前提醒。资料仅保存在本机。

库中还没有许可证。您可以导入许可证文件（文本、PDF 或扫描件），也可以直接把文件拖到此窗口，或照纸质原件逐项录入，或先载入三份示例许可证看看效果。</translation>
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
            <source>手工录入许可证…</source>
            <translation>手工录入许可证…</translation>
        </message>
        <message>
            <source>载入示例许可证</source>
            <translation>载入示例许可证</translation>
        </message>
    </context>
    <context>
        <name>deadlines</name>
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
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>续办申请</source>
            <translation>续办申请</translation>
        </message>
        <message>
            <source>不再继续经营报告</source>
            <translation>不再继续经营报告</translation>
        </message>
        <message>
            <source>有效期届满</source>
            <translation>有效期届满</translation>
        </message>
        <message>
            <source>年报</source>
            <translation>年报</translation>
        </message>
        <message>
            <source>年报补报</source>
            <translation>年报补报</translation>
        </message>
        <message>
            <source>变更申请</source>
            <translation>变更申请</translation>
        </message>
        <message>
            <source>系统信息更新</source>
            <translation>系统信息更新</translation>
        </message>
        <message>
            <source>省级许可证注销或变更</source>
            <translation>省级许可证注销或变更</translation>
        </message>
        <message>
            <source>安全评估报告</source>
            <translation>安全评估报告</translation>
        </message>
        <message>
            <source>违法信息处置上报</source>
            <translation>违法信息处置上报</translation>
        </message>
        <message>
            <source>审查整改</source>
            <translation>审查整改</translation>
        </message>
        <message>
            <source>已于 %1 完成</source>
            <translation>已于 %1 完成</translation>
        </message>
        <message>
            <source>逾期 1 天</source>
            <translation>逾期 1 天</translation>
        </message>
        <message>
            <source>逾期 %1 天</source>
            <translation>逾期 %1 天</translation>
        </message>
        <message>
            <source>今天到期</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>还有 1 天</source>
            <translation>还有 1 天</translation>
        </message>
        <message>
            <source>还有 %1 天</source>
            <translation>还有 %1 天</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>（在回收站中）</source>
            <translation>（在回收站中）</translation>
        </message>
        <message>
            <source>许可证 %1%2 已在库中：
%3

用导入的内容替换它，还是跳过？替换前的内容会记入历史记录。</source>
            <translation>许可证 %1%2 已在库中：
%3

用导入的内容替换它，还是跳过？替换前的内容会记入历史记录。</translation>
        </message>
        <message>
            <source>许可证已存在</source>
            <translation>许可证已存在</translation>
        </message>
        <message>
            <source>替换</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>跳过</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>对其余 %1 个重复的许可证执行相同操作</source>
            <translation>对其余 %1 个重复的许可证执行相同操作</translation>
        </message>
    </context>
    <context>
        <name>licdesk</name>
        <message>
            <source>无法打开数据库 %1：
%2</source>
            <translation>无法打开数据库 %1：
%2</translation>
        </message>
        <message>
            <source>可以只读方式打开：能查看和打印，但不能导入或修改。</source>
            <translation>可以只读方式打开：能查看和打印，但不能导入或修改。</translation>
        </message>
        <message>
            <source>数据库正在使用</source>
            <translation>数据库正在使用</translation>
        </message>
        <message>
            <source>只读打开</source>
            <translation>只读打开</translation>
        </message>
        <message>
            <source>不打开</source>
            <translation>不打开</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>即将到期</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>已过期</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>有效期未知</source>
            <translation>有效期未知</translation>
        </message>
        <message>
            <source>已关闭</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>未知</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>不再续办</source>
            <translation>不再续办</translation>
        </message>
        <message>
            <source>已注销</source>
            <translation>已注销</translation>
        </message>
        <message>
            <source>已换发新证</source>
            <translation>已换发新证</translation>
        </message>
        <message>
            <source>已换证</source>
            <translation>已换证</translation>
        </message>
    </context>
</TS>
