<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="74"/>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="77"/>
        <source>数据库：{0}
备份文件夹：{1}
每次导入、恢复和升级之前，以及每天第一次打开时，程序都会自动备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="90"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="92"/>
        <source>恢复所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="94"/>
        <source>打开备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="120"/>
        <source>还没有备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="137"/>
        <source>备份失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="141"/>
        <source>已备份到：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="147"/>
        <source>把数据库恢复到 {0} 的备份（{1}）？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="149"/>
        <source>此后所做的修改将不在恢复后的数据库中；当前数据会先另存为一份“恢复前”备份，可随时再恢复回来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="150"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="150"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="155"/>
        <source>未恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="158"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="159"/>
        <source>已恢复。恢复前的数据另存为：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="36"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="36"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="37"/>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="37"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="38"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="58"/>
        <source>完好</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="58"/>
        <source>已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/backup_dialog.py" line="58"/>
        <source>版本过新</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaselinesDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="38"/>
        <source>上届基数（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="46"/>
        <source>{0}没有人员记录时，可在此录入当年公布的数字（如当年工作总结中的人数），统计时用来与本届对比。未填的项目按0计。{0}已有人员记录的范围以记录为准。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="49"/>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="120"/>
        <source>全区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/baselines_dialog.ui" line="32"/>
        <source>范围：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/baselines_dialog.ui" line="105"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/baselines_dialog.ui" line="85"/>
        <source>清空本范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/baselines_dialog.ui" line="14"/>
        <source>上届基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/baselines_dialog.ui" line="115"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="80"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="119"/>
        <source>注意：{0}（{1}）已有人员记录，统计以记录为准，这里的数字不会被使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="122"/>
        <source>全区未填时，按各街道所填数字之和对比（平均年龄、最大、最小年龄除外）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="137"/>
        <source>居委会任职各项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="137"/>
        <source>年龄段各项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="138"/>
        <source>文化程度各项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="141"/>
        <source>{0}之和{1}人，与主任人数{2}人不等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="143"/>
        <source>实建多于应建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="144"/>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/baselines_dialog.py" line="157"/>
        <source>无法保存上届基数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateActions</name>
    <message>
        <location filename="../../fdh_desktop/gui/election/candidate_actions.py" line="64"/>
        <location filename="../../fdh_desktop/gui/election/candidate_actions.py" line="80"/>
        <source>请先在表中选中一位候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/candidate_actions.py" line="88"/>
        <source>已删除候选人“{0}”（保存后生效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/candidate_actions.py" line="99"/>
        <source>无法选取候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/candidate_actions.py" line="115"/>
        <source>已加入{0}名候选人：{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/election/candidate_dialog.py" line="55"/>
        <source>修改候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/candidate_dialog.py" line="55"/>
        <source>添加候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="14"/>
        <source>候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="20"/>
        <source>按班子成员的规则检查：身份证号、出生日期、年龄；主任、主席候选人还须填写政治面貌、文化程度和社区党组织职务或居委会职务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="32"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="45"/>
        <source>所选职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="58"/>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="68"/>
        <source>18位身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="75"/>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="88"/>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="101"/>
        <source>政治面貌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="114"/>
        <source>文化程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="127"/>
        <source>社区党组织职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="142"/>
        <source>居委会职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="157"/>
        <source>是否兼职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="170"/>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="183"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="196"/>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_dialog.ui" line="209"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatePickDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/election/pick_dialog.py" line="27"/>
        <source>上届和本届都没有可选取的班子成员（已是候选人的不再列出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/pick_dialog.py" line="44"/>
        <source>请先勾选至少一人（空格键勾选当前一行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_pick_dialog.ui" line="14"/>
        <source>从上届班子选取候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_pick_dialog.ui" line="20"/>
        <source>勾选要作为本轮候选人的人员（上届班子成员和本届已录入的班子成员）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_pick_dialog.ui" line="35"/>
        <source>全选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/candidate_pick_dialog.ui" line="42"/>
        <source>全不选</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="21"/>
        <source>妇代会主任年龄结构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="22"/>
        <source>妇代会主任文化程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="23"/>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="26"/>
        <source>执委年龄结构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="24"/>
        <source>妇联主席年龄结构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="25"/>
        <source>妇联主席文化程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="51"/>
        <source>显示：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="68"/>
        <source>各街道：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="69"/>
        <source>全区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="70"/>
        <source>{0}：全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="126"/>
        <source>{0}：{1}（各街道）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="128"/>
        <source>{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/charts.py" line="151"/>
        <source>占比（%）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityListModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/progress/models.py" line="94"/>
        <source>街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/models.py" line="94"/>
        <source>社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/models.py" line="95"/>
        <source>换届进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/models.py" line="95"/>
        <source>指导员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CongressForm</name>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="87"/>
        <source>指导本社区换届的街道干部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="175"/>
        <source>本区还没有街道：请先新增街道（“街道和社区”菜单 → 新增街道…，或左侧的“新增”按钮）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="177"/>
        <source>还没有社区：请先新增社区（选中街道后按 Ctrl+Shift+N）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="229"/>
        <source>保存本社区本届的{0}和{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="230"/>
        <source>在表格末尾新增一名{0}（Alt+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="231"/>
        <source>删除选中的{0}（保存前可撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="265"/>
        <source>（本届）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="377"/>
        <location filename="../../ui/congress_form.ui" line="197"/>
        <source>换届日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="377"/>
        <source>本届基准日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="378"/>
        <source>年龄按{0}（{1}）计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="380"/>
        <source>填写换届日期后显示年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="391"/>
        <source>问题：{0}个错误，{1}个警告（错误改正后才能保存；双击可定位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="393"/>
        <source>问题：无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="437"/>
        <source>（只读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="440"/>
        <source>● 未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="465"/>
        <source>不能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="466"/>
        <source>还有{0}个错误，改正后才能保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="477"/>
        <source>未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="477"/>
        <source>重新载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="478"/>
        <source>重新载入会显示文件中的内容，您在此处的修改将被放弃。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="482"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="179"/>
        <location filename="../../ui/congress_form.ui" line="33"/>
        <source>请在左侧选择一个社区：用方向键选择，或在上方筛选框输入社区名称的一部分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="94"/>
        <source>放弃修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="97"/>
        <source>放弃未保存的修改，恢复为已保存的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="104"/>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="107"/>
        <source>保存本社区本届的妇代会和班子成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="116"/>
        <source>妇代会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="128"/>
        <source>是否应建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="151"/>
        <source>是否建立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="174"/>
        <source>换届进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="220"/>
        <source>选举方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="243"/>
        <source>表决方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="266"/>
        <source>代表总数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="289"/>
        <source>社区单位代表数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="312"/>
        <source>外来人员代表数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="335"/>
        <source>到会代表数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="358"/>
        <source>指导员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="381"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="414"/>
        <source>班子成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="422"/>
        <source>新增成员(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="425"/>
        <source>在表格末尾新增一名班子成员（Alt+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="432"/>
        <source>删除成员(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="435"/>
        <source>删除选中的班子成员（保存前可撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="442"/>
        <source>上移(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="445"/>
        <source>把选中的成员上移一行（Ctrl+↑）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="452"/>
        <source>下移(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="455"/>
        <source>把选中的成员下移一行（Ctrl+↓）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/congress_form.ui" line="504"/>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictPanel</name>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="98"/>
        <source>新增街道…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="99"/>
        <source>新增社区…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="101"/>
        <source>重命名或修改代码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="103"/>
        <source>移动到其他街道…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="104"/>
        <source>删除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="165"/>
        <source>本区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="166"/>
        <source>全区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="237"/>
        <source>状态：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="239"/>
        <source>（{0}个错误，{1}个警告）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="241"/>
        <source>换届进度：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="242"/>
        <source>{0}：{1}人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="251"/>
        <source>{0}：应建{1}个，已完成{2}个（共{3}个社区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="408"/>
        <source>移动社区到其他街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="427"/>
        <source>删除街道“{0}”及其{1}个社区的全部届次记录？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="431"/>
        <source>删除社区“{0}”及其全部届次的妇代会和班子成员记录？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="434"/>
        <source>删除的内容保留在历史记录中（数据 → 历史记录）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="435"/>
        <location filename="../../ui/district_panel.ui" line="96"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/district_panel.py" line="444"/>
        <source>删除失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/district_panel.ui" line="29"/>
        <source>筛选街道或社区（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/district_panel.ui" line="35"/>
        <source>输入街道或社区名称的任意一部分，如“牛街”；按↓键进入列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/district_panel.ui" line="70"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/district_panel.ui" line="83"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionPage</name>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="85"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="148"/>
        <source>请先在“录入”页左侧的列表中选择一个社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="179"/>
        <source>第{0}轮：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="226"/>
        <source>{0} 选举{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="156"/>
        <source>本社区本届尚未录入选举：点“新建选举”开始录入（也可用命令 fdh election-import 导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="163"/>
        <source>{0} 选举（本届尚未录入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="224"/>
        <source>（已确认当选，不能再修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="250"/>
        <source>尚未计票：在表中输入各候选人的赞成、反对、弃权票数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="264"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="264"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="271"/>
        <source>当选：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="271"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="273"/>
        <source>未当选：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="275"/>
        <source>票数相等，需重新投票：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="277"/>
        <source>尚缺{0}个名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="341"/>
        <source>职务名额：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="382"/>
        <source>无法新建选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="387"/>
        <source>已新建选举：请填写会议和候选人，然后点“保存”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="400"/>
        <source>已保存选举规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="408"/>
        <source>本社区的选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="422"/>
        <location filename="../../fdh_desktop/gui/election/page.py" line="427"/>
        <source>无法保存选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="422"/>
        <source>会议日期：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="433"/>
        <source>已保存选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="444"/>
        <source>选举有未保存的修改，请先保存，再确认当选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="442"/>
        <location filename="../../fdh_desktop/gui/election/page.py" line="447"/>
        <source>确认当选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="446"/>
        <source>将把各轮当选人写入本届班子成员（原有班子成员名单将被替换），确认当选后计票不能再修改。是否确认当选？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="448"/>
        <source>如有错误，可在修改记录中撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="453"/>
        <source>无法确认当选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/page.py" line="456"/>
        <source>已确认当选：{0}名班子成员已写入本届记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="47"/>
        <source>会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="70"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="149"/>
        <source>主持人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="29"/>
        <source>新建选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="36"/>
        <source>选举规则…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="53"/>
        <source>会议名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="63"/>
        <source>如：某某街道某某社区第七次妇女代表大会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="83"/>
        <source>应到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="103"/>
        <source>实到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="123"/>
        <source>表决方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="136"/>
        <source>选举方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="162"/>
        <source>总监票人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="175"/>
        <source>监票人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="185"/>
        <location filename="../../ui/election_page.ui" line="202"/>
        <source>多人用、分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="192"/>
        <source>计票人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="212"/>
        <source>本轮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="218"/>
        <source>轮次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="231"/>
        <source>应选名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="251"/>
        <source>职务名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="261"/>
        <source>如：主任1、副主任2、委员4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="268"/>
        <source>发出选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="291"/>
        <source>收回选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="314"/>
        <source>有效票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="337"/>
        <source>无效票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="390"/>
        <source>添加候选人…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="397"/>
        <source>修改候选人…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="404"/>
        <source>删除候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="411"/>
        <source>从上届班子选取…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="437"/>
        <source>检查与计票结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="521"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="460"/>
        <source>纸张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="473"/>
        <source>份数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="493"/>
        <source>打印选票…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="500"/>
        <source>选票PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="507"/>
        <source>选举结果报告单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_page.ui" line="528"/>
        <source>确认当选…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionRulesDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/election/rules_dialog.py" line="28"/>
        <source>实到超过应到的三分之二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/rules_dialog.py" line="28"/>
        <source>实到超过应到的半数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/rules_dialog.py" line="29"/>
        <source>应到（赞成票超过应到的半数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/rules_dialog.py" line="30"/>
        <source>实到（赞成票超过实到的半数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/rules_dialog.py" line="31"/>
        <source>收回选票（赞成票超过收回选票的半数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/rules_dialog.py" line="41"/>
        <source>差额选举的候选人应多于应选名额的这一比例，向上取整，至少多1名；收回选票多于发出选票的一轮无效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_rules_dialog.ui" line="14"/>
        <source>选举规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_rules_dialog.ui" line="20"/>
        <source>本区各社区选举共用的规则：本页的计票结果、命令行的计票和报告单、确认当选都按这里的规则计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_rules_dialog.ui" line="32"/>
        <source>会议有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_rules_dialog.ui" line="45"/>
        <source>当选票数基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_rules_dialog.ui" line="58"/>
        <source>差额比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/election_rules_dialog.ui" line="77"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="23"/>
        <source>Excel工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="34"/>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="48"/>
        <source>全部街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="55"/>
        <source>（本届）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="72"/>
        <source>全区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="75"/>
        <source>{0}{1}妇代会换届填报模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="76"/>
        <source>（隐去部分号码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="77"/>
        <source>{0}{1}妇代会换届数据{2}_{3}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="89"/>
        <source>导出到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="99"/>
        <source>请填写保存位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="103"/>
        <source>文件已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="104"/>
        <source>{0} 已存在，是否替换？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="104"/>
        <source>替换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="117"/>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="131"/>
        <source>{0}个社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="133"/>
        <source>{0}个社区，{1}名班子成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/export_dialog.py" line="134"/>
        <source>已导出（{0}）：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="20"/>
        <source>导出什么</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="26"/>
        <source>填报模板：发给街道填写，已列好社区名单(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="36"/>
        <source>全部数据：一届的妇代会和班子成员，可再导入(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="48"/>
        <source>街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="61"/>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="76"/>
        <source>预填上届班子成员（街道核对修改即可，不必重新录入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="86"/>
        <source>隐去身份证号和电话的部分数字（用于打印或转交）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="95"/>
        <source>保存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="110"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/progress/models.py" line="90"/>
        <source>单击列出这些社区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblemsModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="23"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="23"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="24"/>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="24"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="25"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="25"/>
        <source>值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="26"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="50"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="50"/>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormCombo</name>
    <message>
        <location filename="../../fdh_desktop/gui/common/editors.py" line="298"/>
        <source>社区妇联（主席、副主席、执委）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/common/editors.py" line="300"/>
        <source>妇代会（主任、副主任、委员）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/guide_view.py" line="37"/>
        <location filename="../../fdh_desktop/gui/dialogs/guide_view.py" line="56"/>
        <source>使用说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/guide_view.py" line="57"/>
        <source>找不到使用说明文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="78"/>
        <source>修改历史 — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="80"/>
        <source>个人修改历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="82"/>
        <source>修改历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="93"/>
        <source>筛选：输入社区、姓名、字段或操作人…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="103"/>
        <source>恢复所选成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="105"/>
        <source>把被删除的班子成员放回原来的妇代会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="106"/>
        <source>撤销这次修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="108"/>
        <source>把该社区恢复到所选这次修改（如一次导入）之前的状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="139"/>
        <source>没有修改记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="158"/>
        <source>撤销 {0} {1}的“{2}”对该社区所做的全部修改？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="159"/>
        <source>该社区的妇代会和班子成员将恢复到这次修改之前的样子；撤销本身也记入历史，可以再撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="160"/>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="160"/>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="168"/>
        <source>未能恢复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="32"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="32"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="33"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="33"/>
        <source>社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="34"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="34"/>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="35"/>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/history_dialog.py" line="35"/>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="37"/>
        <source>工作簿 (*.xlsx *.xls *.ods *.xlsm);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="77"/>
        <source>工作簿中注明的届次（未注明则为本届）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="80"/>
        <source>（本届）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="117"/>
        <source>选择街道交回的工作簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="140"/>
        <source>正在检查{0}个文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="158"/>
        <source>正在取消…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="195"/>
        <source>未能完成：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="199"/>
        <source>已取消，未写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="214"/>
        <source>注意：将删除{0}名班子成员（红色的行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="217"/>
        <source>新建街道：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="224"/>
        <source>另有{0}个社区与数据库一致，不作修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="230"/>
        <source>错误和提醒（{0}个错误，{1}个提醒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="233"/>
        <source>有{0}处错误，不能导入。请在“错误和提醒”中查看，生成标注错误的副本发回街道修改；改正后重新检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="237"/>
        <source>检查通过{0}。请核对下面的修改，然后点“确认导入”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="238"/>
        <source>（有{0}个提醒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="241"/>
        <source>这些文件与数据库一致，没有需要写入的修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="245"/>
        <source>{0}（{1}）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="247"/>
        <source>有{0}处错误，不能导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="248"/>
        <source>社区新增{0}个、修改{1}个、未变{2}个；班子成员新增{3}人、修改{4}人、删除{5}人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="252"/>
        <source>（此文件以前导入过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="256"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="256"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="261"/>
        <source>社区代码：（空） → {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="263"/>
        <source>新增成员：{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="269"/>
        <source>修改成员：{0}：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="271"/>
        <source>删除成员：{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="276"/>
        <source>班子成员顺序调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="284"/>
        <source>确认导入（删除{0}人）(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="285"/>
        <location filename="../../ui/import_dialog.ui" line="218"/>
        <source>确认导入(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="286"/>
        <source>已写入的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="286"/>
        <location filename="../../ui/import_dialog.ui" line="126"/>
        <source>将要写入的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="312"/>
        <source>已生成标注错误的副本：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="314"/>
        <source>未能生成副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="316"/>
        <source>已生成标注错误的副本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="317"/>
        <source>错误的单元格已标红，并加了“错误说明”列。可把副本发回街道修改：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="333"/>
        <source>将删除班子成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="334"/>
        <source>这次导入将删除{0}名班子成员（交回的工作簿里没有他们）。确定导入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="335"/>
        <source>删除并导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="336"/>
        <source>未导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="338"/>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="358"/>
        <source>（导入前已备份：{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="359"/>
        <source>已导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="364"/>
        <source>未导入，数据库没有任何改动：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="365"/>
        <source>未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="14"/>
        <source>导入工作簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="31"/>
        <source>要导入的工作簿（.xlsx、.xls、.ods），可一次选多个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="40"/>
        <source>添加文件…(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="47"/>
        <source>移除(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="73"/>
        <source>导入到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="86"/>
        <source>检查(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="89"/>
        <source>读取并检查所选文件，列出将要新增、修改和删除的内容；此时不写入任何数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="106"/>
        <source>取消检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="115"/>
        <source>添加街道交回的工作簿后，程序会先检查，列出全部修改和错误；确认后才写入数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="151"/>
        <source>错误和提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="182"/>
        <source>双击或按Enter键查看该行的全部内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="195"/>
        <source>生成标注错误的副本(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="198"/>
        <source>把有错误的工作簿另存一份，错误的单元格标红并加“错误说明”列，可发回街道修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="225"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="116"/>
        <source>没有找到“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="132"/>
        <source>撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="134"/>
        <source>重做</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="140"/>
        <source>新增班子成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="150"/>
        <source>打开演示数据(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="152"/>
        <source>打开虚构的“宣南区”演示数据，随意试用，不影响您的数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="157"/>
        <source>届次设置…(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="160"/>
        <source>设置所显示届次的组织形式（社区妇联或妇代会）和任期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="211"/>
        <source>无法打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="239"/>
        <source>新区设置：请填写区名称和本届届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="280"/>
        <location filename="../../fdh_desktop/gui/main_window.py" line="301"/>
        <source>请注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="307"/>
        <source>正在打开 {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="349"/>
        <source>打开区数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="364"/>
        <source>无法建立演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="375"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="396"/>
        <location filename="../../fdh_desktop/gui/main_window.py" line="771"/>
        <source>（本届）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="495"/>
        <source>已保存 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="616"/>
        <source>进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="617"/>
        <source>进度(&amp;5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="697"/>
        <source>已导出：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="738"/>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="739"/>
        <source>{0}&#x3000;版本 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="740"/>
        <source>社区妇代会换届选举的录入、导入、检查与统计。数据保存在本机的数据库文件中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="769"/>
        <source>（未命名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="778"/>
        <source>{0}名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="779"/>
        <source>新增{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="780"/>
        <source>内存数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="781"/>
        <source>（只读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/main_window.py" line="786"/>
        <source>只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14"/>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>妇代会换届管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>还没有打开区数据库。请新建一个区，打开已有的数据库文件，或先用演示数据试一试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="93"/>
        <source>新建区…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="96"/>
        <source>新建一个区的数据库：填写区名称和本届届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109"/>
        <source>打开已有文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112"/>
        <source>打开以前保存的区数据库文件（.sqlite）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="125"/>
        <source>演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="128"/>
        <source>装入一个虚构的演示区（8个街道，110个社区），可随意试用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="189"/>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199"/>
        <source>选择要查看或录入的届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="225"/>
        <source>查找人员：姓名或身份证号（Ctrl+K）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="278"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="297"/>
        <source>班子成员名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="319"/>
        <source>选举</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="347"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="351"/>
        <source>最近打开(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="367"/>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="374"/>
        <source>区划(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="379"/>
        <source>查看(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="388"/>
        <source>数据(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="397"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="413"/>
        <source>新建区…(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="416"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="419"/>
        <source>新建一个区的数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="424"/>
        <source>打开…(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="427"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="430"/>
        <source>打开已有的区数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="435"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="438"/>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="441"/>
        <source>保存当前社区的妇代会和班子成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="446"/>
        <source>导入工作簿…(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="449"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="452"/>
        <source>导入街道交回的Excel工作簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="457"/>
        <source>导出…(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="460"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="463"/>
        <source>导出给街道填写的模板或一届的全部数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="468"/>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="471"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="476"/>
        <source>查找人员(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="479"/>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="482"/>
        <source>按姓名或身份证号查找班子成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="487"/>
        <source>筛选社区(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="490"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="493"/>
        <source>按名称筛选左侧的街道和社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="498"/>
        <source>区设置…(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="501"/>
        <source>区名称、本届届次、年龄段、小数位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="506"/>
        <source>备份与恢复…(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="509"/>
        <source>备份数据库或从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="514"/>
        <source>历史记录…(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="517"/>
        <source>查看修改历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="522"/>
        <source>录入(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="525"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="530"/>
        <source>统计(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="533"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="538"/>
        <source>班子成员名单(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="541"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="546"/>
        <source>选举(&amp;4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="549"/>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="554"/>
        <source>使用说明(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="557"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="560"/>
        <source>打开使用说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="565"/>
        <source>关于(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="38"/>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="39"/>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="41"/>
        <source>新任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="42"/>
        <source>新当选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="235"/>
        <source>上届有成员记录：{0}是否新任按上届{1}自动判断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="237"/>
        <source>按{0}计算的周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="264"/>
        <source>修改{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="277"/>
        <source>新增成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="282"/>
        <source>删除成员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/members_model.py" line="288"/>
        <source>调整成员顺序</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDistrictDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/new_district_dialog.py" line="18"/>
        <source>区数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/new_district_dialog.py" line="41"/>
        <source>新区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/new_district_dialog.py" line="45"/>
        <source>新建区数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/new_district_dialog.py" line="58"/>
        <source>请填写区名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/new_district_dialog.py" line="62"/>
        <source>请选择保存位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/new_district_dialog.py" line="66"/>
        <source>文件已存在：{0}。请换一个文件名，或用“打开”打开它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_district_dialog.ui" line="14"/>
        <source>新建区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_district_dialog.ui" line="22"/>
        <source>区名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_district_dialog.ui" line="35"/>
        <source>例如：宣南区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_district_dialog.ui" line="42"/>
        <source>本届届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_district_dialog.ui" line="65"/>
        <source>本届换届年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_district_dialog.ui" line="75"/>
        <source>组织形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_district_dialog.ui" line="85"/>
        <source>会改联后为社区妇联（执委会，设主席、副主席、执委）；未改的为妇代会（主任、副主任、委员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_district_dialog.ui" line="105"/>
        <source>保存位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/new_district_dialog.ui" line="121"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../fdh_desktop/gui/common/editors.py" line="43"/>
        <source>年-月-日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/common/editors.py" line="44"/>
        <source>格式：年-月-日，如 2023-03-15；也可写 2023/3/15、2023.3.15、2023年3月15日、20230315</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/common/editors.py" line="47"/>
        <source>从日历中选择</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="52"/>
        <source>无法打印选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="52"/>
        <source>候选人名单有误，请先改正：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="81"/>
        <source>无法写入{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="95"/>
        <source>选票PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="95"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="98"/>
        <source>无法导出选票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="99"/>
        <source>已导出选票（{1}页）：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="103"/>
        <source>选举结果报告单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="106"/>
        <source>本社区的选举尚未计票，无法生成选举结果报告单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="109"/>
        <source>选举有未保存的修改，请先保存，再生成选举结果报告单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="111"/>
        <source>{0}选举结果报告单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="113"/>
        <source>PDF 文件 (*.pdf);;Word 文档 (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="116"/>
        <source>无法写入选举结果报告单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/papers.py" line="117"/>
        <source>已写入选举结果报告单：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="113"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="124"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="137"/>
        <source>街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="114"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="125"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="138"/>
        <source>社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="115"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="140"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="116"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="141"/>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="117"/>
        <source>居委会任职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="118"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="145"/>
        <source>文化程度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="119"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="146"/>
        <source>政治面貌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="120"/>
        <source>新任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="121"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="128"/>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="148"/>
        <source>换届进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="126"/>
        <source>是否应建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="127"/>
        <source>是否建立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="129"/>
        <source>换届日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="130"/>
        <source>主任人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="131"/>
        <source>代表总数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="132"/>
        <source>社区单位代表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="133"/>
        <source>外来人员代表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="139"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="142"/>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="143"/>
        <source>社区党组织职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="144"/>
        <source>居委会职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="147"/>
        <source>新当选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="195"/>
        <source>双击打开该社区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/entry/place_dialog.py" line="41"/>
        <source>12位统计用区划代码，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/place_dialog.py" line="42"/>
        <source>修改社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/place_dialog.py" line="42"/>
        <source>新增社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/place_dialog.py" line="43"/>
        <source>社区名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/place_dialog.py" line="50"/>
        <source>修改街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/place_dialog.py" line="50"/>
        <source>新增街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/place_dialog.py" line="51"/>
        <source>街道名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/place_dialog.py" line="65"/>
        <source>名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/place_dialog.ui" line="14"/>
        <source>社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/place_dialog.ui" line="22"/>
        <source>所属街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/place_dialog.ui" line="35"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/place_dialog.ui" line="52"/>
        <source>代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/place_dialog.ui" line="65"/>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/place_dialog.ui" line="72"/>
        <source>试点街道</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/progress/plan_dialog.py" line="40"/>
        <source>尚未保存计划：以下为按开始日期填入的常用安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/plan_dialog.py" line="51"/>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/plan_dialog.py" line="52"/>
        <source>{0}计划日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/plan_dialog.py" line="53"/>
        <source>试点街道{0}计划日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/plan_dialog.py" line="60"/>
        <source>请先填写开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/plan_dialog.py" line="80"/>
        <source>请填写开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="10"/>
        <source>换届工作计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="16"/>
        <source>日期格式如 2027-01-04。“按开始日期填入”按常用安排填写：试点街道先行，约提前两个月完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="28"/>
        <source>开始日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="41"/>
        <source>按开始日期填入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="65"/>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="72"/>
        <source>其他街道计划日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="79"/>
        <source>试点街道计划日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="86"/>
        <source>筹备中：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="102"/>
        <source>已提名：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="118"/>
        <source>已选举：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="134"/>
        <source>已完成：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_plan_dialog.ui" line="152"/>
        <source>试点街道（勾选）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/entry/problems_model.py" line="25"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/problems_model.py" line="25"/>
        <source>位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/problems_model.py" line="26"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/problems_model.py" line="18"/>
        <source>社区党组织职务/居委会职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/problems_model.py" line="62"/>
        <source>（未填姓名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/problems_model.py" line="63"/>
        <source>第{0}名成员 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/problems_model.py" line="73"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/entry/problems_model.py" line="73"/>
        <source>警告</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../fdh_desktop/gui/progress/chart.py" line="33"/>
        <source>各街道换届进度（社区数）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="34"/>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="39"/>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="49"/>
        <source>街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="34"/>
        <source>应换届</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="35"/>
        <source>完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="35"/>
        <source>本周新完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="36"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="36"/>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="49"/>
        <source>最近交回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="39"/>
        <source>社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="40"/>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="45"/>
        <location filename="../../ui/progress_tab.ui" line="170"/>
        <source>指导员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="40"/>
        <source>现为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="41"/>
        <source>应达到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="41"/>
        <source>计划日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="42"/>
        <source>逾期天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="45"/>
        <source>社区数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="46"/>
        <source>逾期社区数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="46"/>
        <location filename="../../ui/progress_tab.ui" line="147"/>
        <source>逾期社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="50"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="50"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="51"/>
        <source>交回次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="51"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="146"/>
        <source>正在计算…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="151"/>
        <source>尚未打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="200"/>
        <location filename="../../ui/progress_tab.ui" line="222"/>
        <source>单击一个数字，列出这些社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="213"/>
        <source>（尚未设定换届计划，按默认计划计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="214"/>
        <source>第{0}周（{1}月{2}日—{3}月{4}日），统计截至{5}{6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="225"/>
        <source>逾期社区（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="226"/>
        <source>工作簿交回（{0}个街道未交）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="227"/>
        <location filename="../../ui/progress_tab.ui" line="193"/>
        <source>工作簿交回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="236"/>
        <source>{0}（试点）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="239"/>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="291"/>
        <source>尚未交回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="246"/>
        <source>全区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="258"/>
        <source>{0}应换届的社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="260"/>
        <source>{0}换届进度为“{1}”的社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="262"/>
        <source>{0}本周新完成的社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="263"/>
        <source>{0}逾期的社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="265"/>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="289"/>
        <source>{0}的社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="279"/>
        <source>{0}指导的社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="280"/>
        <source>{0}指导的逾期社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="320"/>
        <source>{0}：{1}个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="322"/>
        <source>（双击一行打开该社区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="393"/>
        <source>无法写入{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="405"/>
        <source>周通报PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="405"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="408"/>
        <source>无法导出PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="409"/>
        <source>已导出周通报PDF（{1}页）：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="417"/>
        <source>导出周通报xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="417"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="420"/>
        <source>无法导出Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/tab.py" line="421"/>
        <source>已导出周通报Excel：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="15"/>
        <source>通报周：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="31"/>
        <source>选择一天，显示这一天所在一周结束时的进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="58"/>
        <source>换届计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="61"/>
        <source>设定开始日期、各阶段计划日期和试点街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="68"/>
        <source>工作总结初稿…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="71"/>
        <source>由记录生成的换届工作总结初稿，可复制或另存为文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="78"/>
        <source>周通报PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="85"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="92"/>
        <source>导出xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="116"/>
        <source>各街道进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_tab.ui" line="242"/>
        <source>打开该社区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../fdh_desktop/gui/selftest_gui.py" line="54"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/roster_dialog.ui" line="14"/>
        <source>班子成员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/drill_dialogs.py" line="87"/>
        <source>全部街道（每个街道一份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/roster_dialog.ui" line="37"/>
        <source>隐去身份证号和联系电话的中间数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/roster_dialog.ui" line="47"/>
        <source>不隐去时，名册含完整的个人身份信息，请妥善保管。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/roster_dialog.ui" line="75"/>
        <source>打印预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/roster_dialog.ui" line="85"/>
        <source>导出PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/roster_dialog.ui" line="92"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/roster_dialog.ui" line="22"/>
        <source>街道</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/roster/model.py" line="31"/>
        <source>街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/roster/model.py" line="32"/>
        <source>社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/roster/model.py" line="32"/>
        <source>年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/roster/model.py" line="33"/>
        <location filename="../../fdh_desktop/gui/roster/model.py" line="35"/>
        <source>新任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/roster/model.py" line="36"/>
        <source>新当选</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../../fdh_desktop/gui/roster/view.py" line="89"/>
        <source>全部街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/roster/view.py" line="102"/>
        <source>共{0}人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/roster_view.ui" line="31"/>
        <source>街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/roster_view.ui" line="51"/>
        <source>筛选：姓名、身份证号、街道或社区的一部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/roster_view.ui" line="92"/>
        <source>双击或按Enter键打开该成员所在社区；点击列标题排序。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="385"/>
        <source>工作表“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="387"/>
        <source>第{0}行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="389"/>
        <source>“{0}”列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="391"/>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="391"/>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_dialog.py" line="395"/>
        <source>值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/row_dialog.ui" line="14"/>
        <source>工作簿中的这一行</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowValuesModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="76"/>
        <source>第{0}列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="82"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/import_models.py" line="82"/>
        <source>值</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/settings_dialog.py" line="26"/>
        <source>请填写年龄段分界，例如：35，45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/settings_dialog.py" line="30"/>
        <source>年龄段分界应为整数，例如：35，45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/settings_dialog.py" line="32"/>
        <source>年龄段分界应为从小到大、互不相同的周岁数，例如：35，45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/settings_dialog.py" line="37"/>
        <source>{0}岁及以下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/settings_dialog.py" line="38"/>
        <source>{0}至{1}岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/settings_dialog.py" line="39"/>
        <source>{0}岁及以上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/settings_dialog.py" line="81"/>
        <source>（新的一届，保存后建立）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/settings_dialog.py" line="101"/>
        <source>区名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14"/>
        <source>区设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="21"/>
        <source>区和届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="27"/>
        <source>区名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="44"/>
        <source>本届届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="75"/>
        <source>本届换届年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="91"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="98"/>
        <source>年龄基准日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="108"/>
        <source>没有换届日期的社区按此日期计算年龄；不填则按换届年份的6月30日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="115"/>
        <source>年龄段分界</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="127"/>
        <source>例如：35，45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="130"/>
        <source>各年龄段的上限（周岁），从小到大，用逗号分隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="146"/>
        <source>百分比小数位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="167"/>
        <source>统计表表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="173"/>
        <source>印在每张统计表和周通报的右上角和签名栏；没有的项目留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="183"/>
        <source>表号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="196"/>
        <source>如：妇统5表；没有则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="203"/>
        <source>制表机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="216"/>
        <source>如：宣南区妇联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="223"/>
        <source>文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="236"/>
        <source>批准文号；没有则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="243"/>
        <source>有效期至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="256"/>
        <source>如：2028年12月31日；没有则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="263"/>
        <source>单位负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="280"/>
        <source>统计负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="297"/>
        <source>填表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="314"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="14"/>
        <source>统计表落款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="32"/>
        <source>填报单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="45"/>
        <source>单位负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="58"/>
        <source>统计负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="71"/>
        <source>填表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="84"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="97"/>
        <source>报出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="127"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="137"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signature_dialog.ui" line="20"/>
        <source>打印和导出的统计表上显示这些内容；留空的在纸上留出空白，可手写。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDatesDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/progress/stage_dates.py" line="31"/>
        <source>{0}日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_stage_dates_dialog.ui" line="10"/>
        <source>换届进度日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_stage_dates_dialog.ui" line="16"/>
        <source>各阶段的达到日期（格式如 2027-03-15）；换届进度改变时自动记下当天，可在此更正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_stage_dates_dialog.ui" line="28"/>
        <source>筹备中日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_stage_dates_dialog.ui" line="41"/>
        <source>已提名日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_stage_dates_dialog.ui" line="54"/>
        <source>已选举日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/progress_stage_dates_dialog.ui" line="67"/>
        <source>已完成日期：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDatesLine</name>
    <message>
        <location filename="../../fdh_desktop/gui/progress/stage_dates.py" line="75"/>
        <source>修改日期…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/stage_dates.py" line="77"/>
        <source>更正各阶段的达到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/stage_dates.py" line="96"/>
        <source>达到日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/stage_dates.py" line="98"/>
        <source>达到日期：未记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/stage_dates.py" line="100"/>
        <source>达到日期：换届进度改变并保存时自动记下</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="449"/>
        <source>导出PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="454"/>
        <source>已导出PDF（{1}页）：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="462"/>
        <source>导出Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="534"/>
        <source>班子成员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="117"/>
        <source>尚未打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="147"/>
        <source>本届与上届对比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="149"/>
        <source>妇联主席与执委</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="151"/>
        <source>分街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="163"/>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="290"/>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="293"/>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="342"/>
        <source>全区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="194"/>
        <source>上届（{0}）：录入的上届基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="196"/>
        <source>上届（{0}）：人员记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="198"/>
        <source>上届（{0}）：无数据，可录入上届基数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="223"/>
        <source>图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="224"/>
        <source>年龄结构图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="224"/>
        <source>文化程度图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="226"/>
        <source>执委年龄结构图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="328"/>
        <source>个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="328"/>
        <source>人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="329"/>
        <source>{0}{1}{2}：{3}{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="332"/>
        <source>{0}的数字来自录入的上届基数，没有人员名单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="334"/>
        <source>（双击一行打开该社区）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="381"/>
        <source>单击查看名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="449"/>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="540"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="453"/>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="542"/>
        <source>无法导出PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="438"/>
        <source>无法写入{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="462"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="465"/>
        <source>无法导出Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="466"/>
        <source>已导出Excel：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="492"/>
        <source>无法保存落款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="534"/>
        <source>{0}没有班子成员记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="540"/>
        <source>导出名册PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/tab.py" line="542"/>
        <source>已导出名册：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <location filename="../../ui/stats_tab.ui" line="19"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="39"/>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="59"/>
        <source>上届基数…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="62"/>
        <source>上届没有人员记录时，录入上届公布的数字用于对比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="69"/>
        <source>目标设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="72"/>
        <source>区里要求的目标（如妇联主席进两委100%、执委人数为奇数），在检查栏和打印表中显示是否达到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="92"/>
        <source>基本情况文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="95"/>
        <source>由统计数字生成一段文字，可复制到年度工作总结中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="102"/>
        <source>落款…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="105"/>
        <source>填报单位、负责人、填表人等，打印在统计表上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="112"/>
        <source>PDF宽表用A3纸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="118"/>
        <source>导出PDF时，分街道宽表用A3纸，其余用A4纸；不勾选则全部A4，宽表缩小。打印时全部用打印对话框中选定的纸张，放不下的表自动缩小。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="125"/>
        <source>打印预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="132"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="139"/>
        <source>导出PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="146"/>
        <source>导出Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="153"/>
        <source>班子成员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="156"/>
        <source>各社区妇代会班子成员的名单，可打印或导出PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="235"/>
        <source>蓝色数字可单击，查看这个数字背后的名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="264"/>
        <source>单击表中的数字，这里列出它背后的人员或社区；双击一行打开该社区。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="274"/>
        <source>打开社区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stats_tab.ui" line="298"/>
        <source>一致性检查（打印前请核对）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTableModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/models.py" line="100"/>
        <source>单击查看这{0}条记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/summary_dialog.ui" line="14"/>
        <source>基本情况文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.ui" line="20"/>
        <source>由统计数字生成，可修改后复制到年度工作总结中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.ui" line="48"/>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.ui" line="55"/>
        <source>保存为Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.ui" line="62"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/drill_dialogs.py" line="42"/>
        <source>已复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/drill_dialogs.py" line="47"/>
        <source>保存为Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/drill_dialogs.py" line="47"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/drill_dialogs.py" line="56"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/drill_dialogs.py" line="56"/>
        <source>无法写入{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../fdh_desktop/gui/election/tally_model.py" line="18"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/tally_model.py" line="18"/>
        <source>候选人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/tally_model.py" line="19"/>
        <source>所选职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/tally_model.py" line="19"/>
        <source>赞成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/tally_model.py" line="20"/>
        <source>反对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/tally_model.py" line="20"/>
        <source>弃权</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/tally_model.py" line="21"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/election/tally_model.py" line="95"/>
        <source>另选</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/targets_dialog.py" line="37"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/targets_dialog.py" line="38"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/statistics/targets_dialog.py" line="88"/>
        <source>无法保存目标设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/targets_dialog.ui" line="14"/>
        <source>目标设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/targets_dialog.ui" line="20"/>
        <source>区里对社区妇联换届提出的目标：每项在统计页的检查栏和打印的统计表中显示是否达到，并列出未达到的社区。目标值是达到该项的人数（或社区数）所占的最低百分比。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/targets_dialog.ui" line="43"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/targets_dialog.ui" line="48"/>
        <source>目标值（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/targets_dialog.ui" line="53"/>
        <source>显示名称（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/targets_dialog.ui" line="63"/>
        <source>添加目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/targets_dialog.ui" line="70"/>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/targets_dialog.ui" line="77"/>
        <source>恢复默认</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../fdh_desktop/gui/common/workers.py" line="68"/>
        <source>内部错误：{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/term_dialog.py" line="33"/>
        <source>（本届）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/term_dialog.py" line="35"/>
        <location filename="../../ui/term_dialog.ui" line="53"/>
        <source>任期开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/term_dialog.py" line="36"/>
        <location filename="../../ui/term_dialog.ui" line="66"/>
        <source>任期结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/term_dialog.py" line="37"/>
        <location filename="../../ui/term_dialog.ui" line="113"/>
        <source>年龄基准日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/term_dialog.py" line="65"/>
        <source>按填写的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/dialogs/term_dialog.py" line="67"/>
        <source>默认为开始日期后{0}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/term_dialog.ui" line="14"/>
        <source>届次设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/term_dialog.ui" line="22"/>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/term_dialog.ui" line="36"/>
        <source>组织形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/term_dialog.ui" line="46"/>
        <source>会改联后为社区妇联（执委会，设主席、副主席、执委）；未改的为妇代会（主任、副主任、委员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/term_dialog.ui" line="90"/>
        <source>换届年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/term_dialog.ui" line="106"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/term_dialog.ui" line="123"/>
        <source>没有换届日期的社区按此日期计算年龄；不填则按换届年份的6月30日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../fdh_desktop/gui/app.py" line="144"/>
        <source>内部错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/app.py" line="145"/>
        <source>程序遇到意外错误：{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/app.py" line="146"/>
        <source>详情已写入 {0}。请保存工作后重新启动程序。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>form</name>
    <message>
        <location filename="../../fdh_desktop/gui/entry/congress_form.py" line="594"/>
        <source>修改{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="20"/>
        <location filename="../../fdh_desktop/gui/messages.py" line="26"/>
        <location filename="../../fdh_desktop/gui/messages.py" line="62"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="34"/>
        <location filename="../../fdh_desktop/gui/messages.py" line="47"/>
        <location filename="../../fdh_desktop/gui/messages.py" line="63"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="43"/>
        <source>有未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="44"/>
        <source>{0}有未保存的修改，是否保存？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="45"/>
        <source>保存(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="46"/>
        <source>不保存(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="64"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="65"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="66"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="67"/>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/messages.py" line="68"/>
        <source>帮助</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../fdh_desktop/gui/progress/summary.py" line="24"/>
        <location filename="../../fdh_desktop/gui/progress/summary.py" line="30"/>
        <source>工作总结初稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/progress/summary.py" line="31"/>
        <source>由记录生成的初稿：基本情况和换届工作进程中的数字来自记录，“主要做法”“几点体会”请自行撰写。可复制，或保存为Word后继续修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../fdh_desktop/gui/common/printing.py" line="151"/>
        <source>无法开始打印（打印机或文件不可用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/common/printing.py" line="187"/>
        <source>第 {0} 页，共 {1} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/common/printing.py" line="272"/>
        <source>妇代会换届管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/common/printing.py" line="276"/>
        <source>无法写入PDF文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fdh_desktop/gui/common/printing.py" line="302"/>
        <source>打印预览</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
