package org.targetcast.engine.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.targetcast.charts.Lang;
import org.targetcast.model.calibration.RefusedHistory;
import org.targetcast.model.data.PublishedShareCheck;
import org.targetcast.model.target.GrowthTarget;
import org.targetcast.model.target.Likelihood;
import org.targetcast.model.target.OnTrackCategory;
import org.targetcast.model.target.ShareTarget;
import org.targetcast.model.target.Target;

/**
 * Every word a reader of the run's outputs sees, in English and Chinese: one term per concept, used by
 * the terminal, the report (HTML and PDF) and the explorer. A concept has one key here and nowhere else;
 * the Chinese column is the project's glossary (占比 for the share, 当年 for the in-year reading, 截至…年曾达到
 * for the reached-by reading, 解析 for the closed form, 中心路径 for the central projection).
 */
public final class Glossary {
    private static final Map<String, String[]> TERMS = Map.ofEntries(
            Map.entry("scenario", new String[] {"scenario", "情景"}),
            Map.entry("target", new String[] {"target", "目标"}),
            Map.entry("projected", new String[] {"central path", "中心路径"}),
            Map.entry("gap", new String[] {"gap (pp)", "差距（百分点）"}),
            Map.entry("verdict", new String[] {"verdict", "判断"}),
            Map.entry("p.in", new String[] {"P(in year)", "当年达标概率"}),
            Map.entry("p.reached", new String[] {"P(reached by)", "截至当年曾达到概率"}),
            Map.entry("p.growth", new String[] {"P(every year)", "逐年达标概率"}),
            Map.entry("first.reached", new String[] {"first reached", "首次达到"}),
            Map.entry("required", new String[] {"required digital growth", "所需数字贸易增速"}),
            Map.entry("on.track", new String[] {"pace since %d (ratio)", "%d年以来进度（比值）"}),
            Map.entry("not.by.horizon", new String[] {"not by horizon", "预测期内未达到"}),
            Map.entry("a.year", new String[] {"%s a year", "每年%s"}),
            Map.entry("min", new String[] {"%s min", "最低%s"}),
            Map.entry("models", new String[] {"models %s", "模型区间%s"}),
            Map.entry("growth.paths", new String[] {"central path meets it; %s of paths do", "中心路径达标；%s的路径达标"}),
            Map.entry(
                    "growth.paths.missed",
                    new String[] {"central path misses it; %s of paths meet it", "中心路径未达标；%s的路径达标"}),
            Map.entry("met.central", new String[] {"met on the central path", "中心路径达标"}),
            Map.entry("missed.central", new String[] {"missed on the central path", "中心路径未达标"}),
            Map.entry("met.with.pace", new String[] {"met on the central path (observed pace %s)", "中心路径达标（历史进度%s）"}),
            Map.entry("answer", new String[] {"The answer in words", "结论"}),
            Map.entry("wrote", new String[] {"Wrote %s/ (%s)", "已写入 %s/（%s）"}),
            Map.entry("wrote.charts", new String[] {" and charts/ (%d files, %s):", "及 charts/（%d个文件，%s）："}),
            Map.entry("kind.share", new String[] {"share", "占比图"}),
            Map.entry("kind.components", new String[] {"components", "分项图"}),
            Map.entry("kind.decomposition", new String[] {"decomposition", "分解图"}),
            Map.entry("kind.fan", new String[] {"fan", "扇形图"}),
            Map.entry("kind.histogram", new String[] {"histogram-%s", "%s年分布图"}),
            Map.entry("kind.compare", new String[] {"compare", "情景对比图"}),
            Map.entry("report.title", new String[] {
                "Digitally deliverable services in total services trade: will the targets be met?",
                "可数字化交付的服务贸易占服务贸易总额比重：目标能否实现？"
            }),
            Map.entry("report.run", new String[] {
                "Run on %s with targetcast %s. Data: %s (sha256 %s), observations %d–%d.",
                "运行时间：%s，targetcast %s。数据：%s（sha256 %s），观测年份%d–%d。"
            }),
            Map.entry("report.targets", new String[] {"Targets judged: %s.", "评估的目标：%s。"}),
            Map.entry("report.summary", new String[] {"Summary across scenarios", "各情景概览"}),
            Map.entry("report.compare", new String[] {
                "Central path of every scenario; the shaded 80% range is the first scenario's", "各情景中心路径；阴影为第一个情景的80%区间"
            }),
            Map.entry("report.verdicts", new String[] {"Verdicts", "评估结果"}),
            Map.entry("report.charts", new String[] {"Charts", "图表"}),
            Map.entry("report.shocks", new String[] {
                "Shocks to yearly log growth: digital sd %.3f, other sd %.3f, correlation %.2f, persistence %.2f, %s; %d paths, seed %d.",
                "年度对数增长冲击：数字贸易标准差%.3f，其他服务贸易标准差%.3f，相关系数%.2f，持续性%.2f，%s；%d条路径，随机种子%d。"
            }),
            Map.entry("gaussian", new String[] {"Gaussian", "正态分布"}),
            Map.entry("student", new String[] {"Student-t, %s df", "t分布，自由度%s"}),
            Map.entry("student.scale", new String[] {
                "Gaussian with one scale drawn per path, so that ln(digital/other) is Student-t with %.2f df",
                "正态冲击、每条路径抽取一个尺度，使对数比值服从自由度%.2f的t分布"
            }),
            Map.entry("report.calibration", new String[] {
                "Bands calibrated on the panel: %d share forecast errors of %d other economies, this economy left out;"
                        + " variance x %.2f, Student-t with %.2f df (docs/forecast-quality.md). A digital growth target"
                        + " keeps digital's own volatility.",
                "区间按面板校准：其他%2$d个经济体的%1$d个占比预测误差，不含本经济体；方差乘以%3$.2f，t分布自由度%4$.2f。" + "数字贸易增速目标仍按数字贸易自身的波动率评估。"
            }),
            Map.entry("report.scenario.file", new String[] {"Scenario file %s, sha256 %s.", "情景文件%s，sha256 %s。"}),
            Map.entry("report.data", new String[] {"Data and provenance", "数据与来源"}),
            Map.entry("report.data.china", new String[] {
                "Digital (MOFCOM basis): MOFCOM levels where published; other years from MOFCOM's published growth, a published share"
                        + " (knowledge-intensive, yuan), or UNCTAD's own digital and total, so that every year's share stands on one basis;"
                        + " estimated years are drawn with hollow markers. Total services trade: UNCTAD/SAFE, the latest year from MOFCOM"
                        + " (second-hand). Every estimated or second-hand value is flagged in trajectories.csv.",
                "可数字化交付的服务贸易（商务部口径）：商务部公布的年份采用商务部数据；其余年份依次采用商务部公布的增速、公布的占比（知识密集型服务，"
                        + "人民币），或贸发会议（UNCTAD）自身的数字与总额，使每年的占比只基于一种口径；估算年份在图中以空心标记显示。服务贸易总额："
                        + "UNCTAD/外汇局，最近一年为商务部数据（二手来源）。所有估算或二手数据均在trajectories.csv中标注。"
            }),
            Map.entry(
                    "report.provenance",
                    new String[] {"targetcast %s · data %s sha256 %s", "targetcast %s · 数据%s sha256 %s"}),
            Map.entry(
                    "footer.scenario",
                    new String[] {"targetcast %s · scenario %s sha256:%s", "targetcast %s · 情景文件 %s sha256:%s"}),
            Map.entry("footer.paths", new String[] {" · %d paths, seed %d", " · %d条路径，随机种子%d"}),
            Map.entry("provenance.data", new String[] {"data %s sha256 %s", "数据%s sha256 %s"}),
            Map.entry("footer.tool", new String[] {"targetcast %s", "targetcast %s"}),
            Map.entry("bases.intro", new String[] {"The %s scenario on both data bases:", "%s情景在两种数据口径下："}),
            Map.entry("bases.title", new String[] {"Two data bases", "两种数据口径"}),
            Map.entry("spec.intro", new String[] {
                "The %s scenario's answer across %d specifications (data basis × fit start %s × treatment of"
                        + " 2020-2022 × trend family), each family weighted within its specification by"
                        + " Bayesian-bootstrap stacking on its own backtests, the bands calibrated as the scenario's:",
                "%s情景在%d种设定下的答案（数据口径×拟合起始年份%s×2020–2022年的处理方式×趋势族），各设定内的趋势族按其自身回测的贝叶斯自助堆叠加权，区间校准沿用该情景的校准："
            }),
            Map.entry("spec.title", new String[] {"The range of defensible answers", "可辩护答案的范围"}),
            Map.entry("spec.target", new String[] {"target", "目标"}),
            Map.entry("spec.central", new String[] {"P(in year)", "当年达标概率"}),
            Map.entry("spec.range", new String[] {"range (10–90%)", "设定范围（10%–90%）"}),
            Map.entry("spec.all", new String[] {"all", "全部设定"}),
            Map.entry("spec.most", new String[] {"moves it most", "影响最大的选择"}),
            Map.entry("spec.levers", new String[] {
                "What moves %s, one choice at a time (the others as the scenario states):", "逐项改变一个选择时%s的变化（其余选择按情景设定）："
            }),
            Map.entry("spec.choice", new String[] {"choice", "选择"}),
            Map.entry("spec.star", new String[] {"* the scenario's own choice.", "*为情景自身的选择。"}),
            Map.entry("spec.lowest", new String[] {"lowest", "最低"}),
            Map.entry("spec.highest", new String[] {"highest", "最高"}),
            Map.entry("spec.own", new String[] {"the scenario's", "情景自身"}),
            Map.entry("spec.moves", new String[] {"range", "范围"}),
            Map.entry("spec.options", new String[] {"options", "各选项"}),
            Map.entry("spec.weights", new String[] {
                "With the family weights of the %s held: %s; the rest of the basis effect is the data's.",
                "沿用%s的趋势族权重时：%s；口径差异的其余部分来自数据本身。"
            }),
            Map.entry("spec.range.note", new String[] {
                "The specification range is the 10th to 90th percentile of the answers, each combination of"
                        + " basis, fit start and treatment weighing the same and each family within it by its"
                        + " weight; the bands of each answer already hold the shocks, so the range is the part"
                        + " of the uncertainty the bands leave out.",
                "设定范围为各设定答案的第10至第90百分位数：每种口径、起始年份与处理方式的组合权重相同，组合内各趋势族按其权重计；每个答案的区间已包含冲击，因此该范围是区间未包含的那部分不确定性。"
            }),
            Map.entry(
                    "spec.chart",
                    new String[] {"What moves the answer: %s under each choice moved alone", "影响答案的选择：逐项改变时的%s"}),
            Map.entry("spec.clause", new String[] {"specifications %s, %s moves it most", "各设定%s，%s影响最大"}),
            Map.entry("forecast.title", new String[] {"The forecast, year by year", "逐年预测"}),
            Map.entry("forecast.intro", new String[] {
                "%s: the forecast, year by year. The share in each year is the digitally deliverable part of total"
                        + " services trade, in percent; digital and other services trade are in %s. First the central"
                        + " path, then the ranges that hold the middle 50%%, 80%% and 95%% of the probability"
                        + " (quantiles 25–75%%, 10–90%% and 2.5–97.5%%).",
                "%s情景逐年预测：占比为当年可数字化交付服务贸易占服务贸易总额的百分比；可数字化交付服务贸易与其他服务贸易"
                        + "单位为%s。先列中心路径，再列包含中间50%%、80%%、95%%概率的区间（分位数25%%–75%%、10%%–90%%、"
                        + "2.5%%–97.5%%）。"
            }),
            Map.entry("forecast.none", new String[] {" No ranges: the run computed no uncertainty.", "本次运行未计算不确定性，故无区间。"
            }),
            Map.entry("forecast.calibrated", new String[] {
                " The share's ranges are calibrated; the components' keep each component's own volatility, as a"
                        + " growth target is judged (the calibration was fitted on errors of the share).",
                "占比区间经过校准；分项区间沿用各分项自身的波动率（与增长目标的判断方式相同，因校准基于占比的预测误差）。"
            }),
            Map.entry("forecast.central", new String[] {"central", "中心路径"}),
            Map.entry("forecast.r50", new String[] {"50% (25–75%)", "50%（25%–75%）"}),
            Map.entry("forecast.r80", new String[] {"80% (10–90%)", "80%（10%–90%）"}),
            Map.entry("forecast.r95", new String[] {"95% (2.5–97.5%)", "95%（2.5%–97.5%）"}),
            Map.entry("forecast.share", new String[] {"share in %d (%%)", "%d年占比（%%）"}),
            Map.entry("forecast.digital", new String[] {"  digital", "  可数字化交付"}),
            Map.entry("forecast.other", new String[] {"  other", "  其他服务"}),
            Map.entry(
                    "forecast.file", new String[] {"The table with more digits: forecast.csv.", "更多位数见forecast.csv。"}),
            Map.entry("forecast.others", new String[] {
                "Every scenario's table, with more digits: forecast.csv; in the terminal: run --table.",
                "各情景的逐年预测（更多位数）见forecast.csv；终端中可用 run --table 查看。"
            }),
            Map.entry("unit.USD_100m", new String[] {"USD 100 million", "亿美元"}),
            Map.entry("unit.CNY_100m", new String[] {"CNY 100 million", "亿元"}),
            Map.entry("readings.title", new String[] {"The growth condition, read four ways", "增长条件的四种解读"}),
            Map.entry("readings.intro", new String[] {
                "The %s scenario's growth condition (%s) under each reading a planner may mean, from the same"
                        + " forecast and paths:",
                "%s情景的增长条件（%s）在各种可能解读下的概率（同一预测、同一组路径）："
            }),
            Map.entry("readings.reading", new String[] {"reading", "解读"}),
            Map.entry("readings.p", new String[] {"probability", "概率"}),
            Map.entry("readings.own", new String[] {" (the scenario's reading)", "（情景采用的解读）"}),
            Map.entry(
                    "readings.every",
                    new String[] {"growth of at least %s%% in every year %d–%d", "%2$d–%3$d年每年增速不低于%1$s%%"}),
            Map.entry("readings.floor", new String[] {"no year below %s%% growth, %d–%d", "%2$d–%3$d年没有一年增速低于%1$s%%"}),
            Map.entry(
                    "readings.average",
                    new String[] {"at least %s%% a year on average, %d–%d", "%2$d–%3$d年年均增速不低于%1$s%%"}),
            Map.entry("readings.end", new String[] {"the scale in %d above its %d level", "%d年规模高于%d年"}),
            Map.entry("spec.dim.data_basis", new String[] {"data basis", "数据口径"}),
            Map.entry("spec.dim.fit_start", new String[] {"fit start", "拟合起始年份"}),
            Map.entry("spec.dim.pandemic_treatment", new String[] {"treatment of 2020-2022", "2020–2022年的处理方式"}),
            Map.entry("spec.dim.model_choice", new String[] {"trend family", "趋势族"}),
            Map.entry("kind.specification", new String[] {"specification range", "设定范围"}),
            Map.entry("bases.basis", new String[] {"basis", "口径"}),
            Map.entry("bases.history", new String[] {"history", "历史序列"}),
            Map.entry("bases.last", new String[] {"last year", "最近年份"}),
            Map.entry("bases.central", new String[] {"central %.1f%%", "中心路径%.1f%%"}),
            Map.entry("bases.probability", new String[] {"P(in year) %s (central %.1f%%)", "达标概率%s（中心%.1f%%）"}),
            Map.entry("basis.mofcom", new String[] {"mofcom", "商务部口径"}),
            Map.entry("basis.unctad", new String[] {"unctad", "贸发会议口径"}),
            Map.entry("history.mofcom", new String[] {"china", "中国"}),
            Map.entry("history.unctad", new String[] {"china@unctad", "中国（贸发会议）"}),
            Map.entry("bases.published", new String[] {
                "Published shares against the MOFCOM-basis history (the cause where they differ by more than 0.5 pp):",
                "公布的占比与商务部口径历史数据的比较（差距超过0.5个百分点时说明原因）："
            }),
            Map.entry("bases.year", new String[] {"year", "年份"}),
            Map.entry("bases.series", new String[] {"series", "序列"}),
            Map.entry("bases.value", new String[] {"published", "公布值"}),
            Map.entry("bases.sources", new String[] {"sources", "来源"}),
            Map.entry("bases.computed", new String[] {"history", "历史序列值"}),
            Map.entry("bases.why", new String[] {"why", "原因"}),
            Map.entry("bases.reproduced", new String[] {"reproduced", "一致"}),
            Map.entry("bases.differs", new String[] {"differs by more than 0.5 pp", "差距超过0.5个百分点"}),
            Map.entry("report.files", new String[] {
                "Figures to 0.01 percentage points: summary.csv, trajectories.csv, forecast.csv, first_years.csv; run"
                        + " record: manifest.json.",
                "精确到0.01个百分点的数据见summary.csv、trajectories.csv、forecast.csv、first_years.csv；运行记录见manifest.json。"
            }),
            Map.entry("chart.fan", new String[] {"Fan chart: the share with its probability bands", "扇形图：占比及其概率区间"}),
            Map.entry("chart.share", new String[] {"The share: history and central path", "占比：历史与中心路径"}),
            Map.entry("chart.components", new String[] {"Digital and other services trade", "可数字化交付的服务贸易与其他服务贸易"}),
            Map.entry("chart.decomposition", new String[] {"What moves the share each year", "占比年度变化分解"}),
            Map.entry("chart.histogram", new String[] {"Distribution of the share in %d", "%d年占比分布"}),
            Map.entry("chart.panel", new String[] {
                "The share in every economy of the calibration panel (grey), China highlighted",
                "校准面板各经济体的占比（灰线），突出显示中国"
            }),
            Map.entry("kind.panel", new String[] {"panel", "面板图"}),
            Map.entry("panel.china.mofcom", new String[] {"China, MOFCOM basis", "中国（商务部口径）"}),
            Map.entry("panel.china.unctad", new String[] {"China, UNCTAD basis", "中国（UNCTAD口径）"}),
            Map.entry(
                    "footer.panel",
                    new String[] {"data %s, sha256 %s · targetcast %s", "数据%s，sha256 %s · targetcast %s"}),
            Map.entry(
                    "evidence.title",
                    new String[] {"How well the bands did: evidence from the whole panel", "区间表现如何：来自整个面板的证据"}),
            Map.entry("evidence.loo", new String[] {
                "The bands of %s are judged as a run makes them, on every history of the calibration panel. The"
                        + " calibration is leave-one-economy-out: each history's bands are calibrated on the forecast"
                        + " errors of every other economy, its own economy left out (china and unctad:China are one"
                        + " economy and leave together), so no check is scored with a factor fitted to it.",
                "以下按实际运行的方式，在校准面板的每条历史序列上检验情景%s的区间。校准采用“留一经济体”方法：每条序列的区间"
                        + "仅用其他经济体的预测误差校准，本经济体不参与（中国的商务部口径与UNCTAD口径两条序列属同一经济体，一并剔除），"
                        + "因此任何检验都不使用针对其本身拟合的系数。"
            }),
            Map.entry("evidence.panel", new String[] {
                "Panel: %d histories, %d economies besides China; %d checks from origins %s. Each rate with its %.0f%%"
                        + " interval from a moving-block bootstrap over origin years (blocks of %d consecutive origins,"
                        + " %,d replicates): checks from one origin, and from neighbouring ones, are not independent.",
                "面板：%d条历史序列，除中国外%d个经济体；起点%4$s的%3$d次检验。各比率附移动块自助法（按起点年份重抽样，"
                        + "每块%6$d个相邻起点，%7$,d次重复）得到的%5$.0f%%区间：同一起点及相邻起点的检验并不独立。"
            }),
            Map.entry("evidence.coverage", new String[] {
                "Coverage of the central bands by horizon (nominal 50 / 80 / 95%)", "各预测期中央区间覆盖率（名义50% / 80% / 95%）"
            }),
            Map.entry("evidence.horizon", new String[] {"horizon (years)", "预测期（年）"}),
            Map.entry("evidence.checks", new String[] {"checks", "检验数"}),
            Map.entry("evidence.cover", new String[] {"cover %s", "%s覆盖率"}),
            Map.entry("evidence.pooled", new String[] {"pooled", "合计"}),
            Map.entry("evidence.sides", new String[] {"Misses on each side and interval score", "两侧未覆盖率与区间评分"}),
            Map.entry("evidence.band", new String[] {"band", "区间"}),
            Map.entry("evidence.nominal", new String[] {"below or above (nominal)", "单侧（名义）"}),
            Map.entry("evidence.below", new String[] {"below the band", "低于区间"}),
            Map.entry("evidence.above", new String[] {"above the band", "高于区间"}),
            Map.entry("evidence.score", new String[] {"interval score (pp)", "区间评分（百分点）"}),
            Map.entry("evidence.score.note", new String[] {
                "Interval score: the band's width plus 2/(1 - level) times the distance of a share outside it, in"
                        + " percentage points of the share; lower is better (sharp bands that still cover).",
                "区间评分：区间宽度加上落在区间外的占比与区间距离的2/(1-水平)倍，单位为占比的百分点；越低越好（区间窄且仍能覆盖）。"
            }),
            Map.entry("evidence.pit", new String[] {
                "PIT deciles (counts of checks; flat if the bands are calibrated)", "PIT十分位分布（检验次数；区间校准良好时应均匀）"
            }),
            Map.entry("evidence.members", new String[] {"Histories of the panel: %s.", "面板中的历史序列：%s。"}),
            Map.entry(
                    "evidence.refused",
                    new String[] {"Histories refused from the panel, with the reason:", "未纳入面板的历史序列及原因："}),
            Map.entry("evidence.refused.none", new String[] {
                "No history of the data was refused (no gap, no year with digital at or above total, no vintage break).",
                "数据中没有被剔除的历史序列（无缺失年份、无可数字化交付服务贸易不低于服务贸易总额的年份、无数据版本断点）。"
            }),
            Map.entry("evidence.jumps", new String[] {"Rare events: the jumps of each component", "罕见事件：各组成部分的跳跃"}),
            Map.entry("evidence.jumps.intro", new String[] {
                "Yearly log changes of digital and of other services trade in %d economies (%d economy-years), China"
                        + " left out; each economy has its own ordinary drift and volatility, and a year is ordinary or"
                        + " ordinary plus a jump, whose frequency and size are common to the panel. %.0f%% intervals from"
                        + " %,d parametric bootstrap replicates over economies.",
                "基于%d个经济体（%d个经济体-年份）可数字化交付服务贸易与其他服务贸易的年度对数变化，不含中国；每个经济体有各自的"
                        + "常规趋势与波动率，每一年或为常规年份，或为常规变化加一次跳跃，跳跃的频率与幅度为面板共有。区间为%3$.0f%%区间，"
                        + "来自按经济体重抽样的%4$,d次参数自助法重复。"
            }),
            Map.entry("evidence.component", new String[] {"component", "组成部分"}),
            Map.entry("evidence.digital", new String[] {"digital", "可数字化交付服务贸易"}),
            Map.entry("evidence.other", new String[] {"other services", "其他服务贸易"}),
            Map.entry("evidence.jump.frequency", new String[] {"jump frequency (of economy-years)", "跳跃频率（占经济体-年份）"}),
            Map.entry("evidence.jump.mean", new String[] {"mean jump (log points)", "平均跳跃幅度（对数点）"}),
            Map.entry("evidence.jump.sd", new String[] {"sd of jumps (log points)", "跳跃幅度标准差（对数点）"}),
            Map.entry(
                    "evidence.ordinary",
                    new String[] {"ordinary volatility, median (log points a year)", "常规波动率中位数（对数点/年）"}),
            Map.entry("evidence.jump.years", new String[] {"most jumps in (expected number)", "跳跃最多的年份（期望次数）"}),
            Map.entry("evidence.jumps.note", new String[] {
                "A log point is a hundredth of a log change: a jump of -25 log points is a fall of 22%. Jumps cluster in"
                        + " calendar years (a common shock such as 2020 hits many economies at once); the intervals treat"
                        + " economies as independent and do not count that. Where an estimate lies outside its interval,"
                        + " refits of panels simulated from the fit find fewer jumps than were simulated: jumps that close"
                        + " to ordinary years are weakly identified.",
                "一个对数点为对数变化的百分之一：-25个对数点的跳跃即下降22%。跳跃集中于某些年份（如2020年的共同冲击同时波及众多经济体）；"
                        + "区间假定各经济体相互独立，未计入这一点。若估计值落在其区间之外，说明按拟合结果模拟的面板重新拟合后找到的跳跃少于模拟"
                        + "的跳跃：与常规年份如此接近的跳跃难以识别。"
            }),
            Map.entry("evidence.history", new String[] {"history", "历史序列"}),
            Map.entry("evidence.reason", new String[] {"reason", "原因"}),
            Map.entry("compare.central.share", new String[] {"  central share in %d", "  %d年中心路径占比"}),
            Map.entry("compare.central.growth", new String[] {"  central path, lowest growth", "  中心路径最低增速"}),
            Map.entry("compare.central.only", new String[] {"%s central", "中心路径%s"}),
            Map.entry("compare.note", new String[] {
                "Each cell: the target's headline probability (P(in year) for a share target, P(every year) for a growth"
                        + " target) [difference from %s in points]; below it, the central projection: the share in the"
                        + " target's year, or the lowest yearly digital growth of the growth target's years.",
                "每格为目标的主要概率（占比目标为当年达标概率，增长目标为逐年达标概率），方括号内为与%s之差（百分点）；" + "其下为中心路径预测：占比目标为目标年份的占比，增长目标为目标期间数字贸易的最低年增速。"
            }),
            Map.entry("sensitivity.intro", new String[] {
                "%s: %s = %s as assumed; each assumption moved alone (swing from unrounded probabilities)",
                "%s：按情景假设，%s = %s；每次只改变一项假设（变动幅度按未取整的概率计算）"
            }),
            Map.entry("sensitivity.assumption", new String[] {"assumption", "假设"}),
            Map.entry("sensitivity.low", new String[] {"low", "低值"}),
            Map.entry("sensitivity.p.low", new String[] {"P at low", "低值时概率"}),
            Map.entry("sensitivity.high", new String[] {"high", "高值"}),
            Map.entry("sensitivity.p.high", new String[] {"P at high", "高值时概率"}),
            Map.entry("sensitivity.swing", new String[] {"swing (pp)", "变动幅度（百分点）"}),
            Map.entry(
                    "sweep.intro",
                    new String[] {"%s: %s over %s (columns) and %s (rows), %s", "%s：%s随%s（列）与%s（行）的变化，%s"}),
            Map.entry("sweep.exact", new String[] {"exact", "精确计算"}),
            Map.entry("sweep.simulated", new String[] {"simulated, %d paths a cell", "模拟计算，每格%d条路径"}),
            Map.entry("sweep.mean", new String[] {"; growth as its yearly mean %d-%d", "；增速取%d–%d年的年均值"}),
            Map.entry("sweep.as.run", new String[] {
                "The scenario as assumed: %s %s, %s %s%s (marked on the map): %s = %s, as run gives it.",
                "情景自身的假设：%s %s，%s %s%s（图中标记处）：%s = %s，与 run 命令的结果相同。"
            }),
            Map.entry("sweep.families", new String[] {
                "A cell sets one constant growth for every trend family averaged (with the scenario's weights), where"
                        + " the scenario lets each family follow its own trend; the cell nearest the mark can differ from"
                        + " it by that.",
                "每格对所有趋势族设定同一个恒定增速（按情景的权重平均），而情景本身让各趋势族沿各自的趋势变化；" + "距标记最近的格可能因此与标记处的结果不同。"
            }),
            Map.entry("bases.arithmetic", new String[] {
                "%.1f (%s) / %.1f (%s) = %.1f%%; %.1f%% needs a total of %.1f (%+.1f%%) or a digital level of %.1f (%+.1f%%)",
                "%.1f（%s）/ %.1f（%s）= %.1f%%；若要得到%.1f%%，服务贸易总额需为%.1f（%+.1f%%），" + "或可数字化交付服务贸易需为%.1f（%+.1f%%）"
            }),
            Map.entry("bases.unctad.share", new String[] {"; UNCTAD's own share %.1f%%", "；UNCTAD自身的占比为%.1f%%"}),
            Map.entry("bases.undefined", new String[] {"not defined", "无法计算（公布值或数据水平为零）"}),
            Map.entry(
                    "series.digitally_deliverable_mofcom",
                    new String[] {"digitally_deliverable_mofcom", "可数字化交付服务贸易（商务部）"}),
            Map.entry(
                    "series.knowledge_intensive_mofcom", new String[] {"knowledge_intensive_mofcom", "知识密集型服务贸易（商务部）"}),
            Map.entry("refused.unbuilt", new String[] {"%s", "无法构成历史序列：年份中间有缺失，或某年可数字化交付服务贸易不低于服务贸易总额"}),
            Map.entry("refused.vintage", new String[] {"vintage break: %s", "数据版本断点：%s"}),
            Map.entry("refused.vintage.digital", new String[] {"digital from %s", "可数字化交付服务贸易数据分别来自%s"}),
            Map.entry("refused.vintage.total", new String[] {"total from %s", "服务贸易总额数据分别来自%s"}),
            Map.entry("solve.assumed", new String[] {"scenario's digital growth", "情景的数字贸易增速"}),
            Map.entry("solve.other", new String[] {"other growth", "其他服务贸易增速"}),
            Map.entry("solve.from", new String[] {"from", "起始年份"}),
            Map.entry("solve.p", new String[] {"digital growth for P(in year) = %s", "当年达标概率为%s所需数字贸易增速"}),
            Map.entry("solve.p.reached", new String[] {
                "digital growth for P = %s (in year; by year for reached-by targets)",
                "达标概率为%s所需数字贸易增速（当年达标；截至型目标为截至当年曾达到）"
            }),
            Map.entry("solve.beyond", new String[] {"beyond -50%..+100%", "不在-50%至+100%之间"}),
            Map.entry("status.intro", new String[] {
                "%s replayed on %s data; glide paths from %d (share %s)", "%s按%s数据逐年回放；达标路径自%d年起（当年占比%s）"
            }),
            Map.entry("status.as.of", new String[] {"as of", "截至年份"}),
            Map.entry("status.share", new String[] {"share", "占比"}),
            Map.entry("status.glide", new String[] {"glide to %s%% in %d", "%2$d年达到%1$s%%的路径"}),
            Map.entry("status.signal", new String[] {"signal", "信号"}),
            Map.entry("status.note", new String[] {"note", "备注"}),
            Map.entry("status.ok", new String[] {"ok", "正常"}),
            Map.entry("status.warning", new String[] {"warning", "预警"}),
            Map.entry("status.alarm", new String[] {"alarm", "警报"}),
            Map.entry("status.unfitted", new String[] {"%s", "截至该年的数据无法拟合情景的模型，故无概率"}),
            Map.entry("status.legend", new String[] {
                "signal: alarm if a target's probability is below %s; warning if below %s or the share is behind a glide"
                        + " path; ok otherwise (targets whose year has passed are not judged).",
                "信号：任一目标的概率低于%s为警报；低于%s或占比落后于达标路径为预警；其余为正常（目标年份已过的目标不作判断）。"
            }),
            Map.entry("backtest.intro", new String[] {
                "%s, %d-%d (%d points)%s; origins %s from the %dth observation; horizons %d-%d",
                "%s，%d–%d年（%d个数据点）%s；预测起点%s（自第%d个观测值起）；预测期%d–%d年"
            }),
            Map.entry("backtest.through", new String[] {
                ", forecast through digital and other (logistic: fitted to the share)",
                "，由可数字化交付服务贸易与其他服务贸易两个分项预测（逻辑斯蒂模型直接拟合占比）"
            }),
            Map.entry("backtest.none", new String[] {"none", "无"}),
            Map.entry("backtest.na", new String[] {"n/a", "无"}),
            Map.entry("backtest.model", new String[] {"model", "模型"}),
            Map.entry("backtest.n", new String[] {"n", "预测数"}),
            Map.entry("backtest.mae", new String[] {"MAE", "MAE"}),
            Map.entry("backtest.mae.pp", new String[] {"MAE (pp)", "MAE（百分点）"}),
            Map.entry("backtest.rmse", new String[] {"RMSE", "RMSE"}),
            Map.entry("backtest.rmse.pp", new String[] {"RMSE (pp)", "RMSE（百分点）"}),
            Map.entry("backtest.mase.h", new String[] {"MASE h%s", "各预测期MASE %s"}),
            Map.entry("backtest.cover", new String[] {"cover %s", "%s覆盖率"}),
            Map.entry("backtest.winkler", new String[] {"Winkler %s", "%s Winkler评分"}),
            Map.entry("backtest.note", new String[] {"note", "备注"}),
            Map.entry("backtest.no.interval", new String[] {"no analytic interval", "无解析区间"}),
            Map.entry("backtest.no.forecast", new String[] {"no forecast from %s (%s)", "%s年起点无预测（%s）"}),
            Map.entry("backtest.needs", new String[] {"needs at least %d years of data, found %d", "至少需要%d年数据，仅有%d年"}),
            Map.entry("backtest.unfitted", new String[] {"could not be fitted", "无法拟合"}),
            Map.entry("backtest.mase.note", new String[] {
                "MASE < 1: better than the in-sample one-step naive forecast. Errors in the data's units (%s).",
                "MASE < 1：优于样本内一步朴素预测。误差单位与数据相同（%s）。"
            }),
            Map.entry("unit.pp", new String[] {"percentage points", "百分点"}),
            Map.entry("backtest.auto", new String[] {
                "auto on the whole series (it ranks its candidates on the checks every one of them forecast, fewer than"
                        + " the table's where a family cannot forecast from the first origins, so its MASE differ from the"
                        + " table's): %s",
                "全序列上的自动选择（只按每个候选模型都能预测的检验排序；某一趋势族无法从最初几个起点预测时，检验少于上表，" + "因此其MASE与上表不同）：%s"
            }),
            Map.entry("backtest.auto.chose", new String[] {"auto chose %s: %s", "选择%s：%s"}),
            Map.entry("backtest.auto.fell", new String[] {"auto fell back to %s: %s", "退回%s：%s"}),
            Map.entry("backtest.ranking", new String[] {"backtest MASE %s (%d forecasts)", "回测MASE：%s（%d次预测）"}),
            Map.entry("backtest.too.few", new String[] {"; too few forecasts: %s", "；预测次数过少：%s"}),
            Map.entry("backtest.unranked", new String[] {"%s", "数据过短，无法排序"}),
            Map.entry("backtest.dm", new String[] {
                "; %s against %s: Diebold-Mariano t = %.2f, p = %.3f over %d origins",
                "；%s对%s的Diebold-Mariano检验：t = %.2f，p = %.3f（%d个起点）"
            }),
            Map.entry("backtest.dm.kept", new String[] {", not significant at %s, so %s is kept", "，在%s水平上不显著，故保留%s"}),
            Map.entry("backtest.outliers", new String[] {
                "candidate outlier years (log-linear residuals, |r - median| > 3 x 1.4826 MAD; not applied): %s",
                "候选异常年份（对数线性模型残差，与中位数之差的绝对值大于3 × 1.4826倍中位数绝对偏差；未作处理）：%s"
            }),
            Map.entry("backtest.outlier", new String[] {"%d (%+.1f robust sd)", "%d年（%+.1f个稳健标准差）"}),
            Map.entry("backtest.charts", new String[] {"charts written to %s/ (%s)", "图表已写入 %s/（%s）"}),
            Map.entry("backtest.csv", new String[] {"forecasts written to %s", "预测已写入 %s"}),
            Map.entry("called.intro", new String[] {
                "Would it have called it? %s: each model fitted up to the origin year only; projected value (error"
                        + " against what happened)",
                "能否预见？%s：各模型只用截至起点年份的数据拟合；单元格为预测值，括号内为与实际值之差（%s）"
            }),
            Map.entry("called.origin", new String[] {"origin", "起点"}),
            Map.entry("called.year", new String[] {"year", "年份"}),
            Map.entry("called.actual", new String[] {"actual", "实际值"}),
            Map.entry("called.error.pp", new String[] {"pp", "百分点"}),
            Map.entry("called.error.pct", new String[] {"%", "%"}),
            Map.entry("called.note", new String[] {
                "n/a: the model cannot be fitted to the years up to that origin (damped needs 10); auto and combo fall"
                        + " back to drift when the data are too short to backtest.",
                "无：该模型无法用截至该起点的数据拟合（阻尼趋势至少需要10年）；数据过短无法回测时，自动选择与组合预测退回漂移模型。"
            }),
            Map.entry("panel.intro", new String[] {
                "Panel: %d series, MASE pooled over horizons %d-%d (rolling origins from the 8th observation)",
                "面板：%d条序列（各经济体的可数字化交付服务贸易），MASE按预测期%d–%d年合并（滚动起点自第8个观测值起）"
            }),
            Map.entry("panel.series", new String[] {"series", "序列"}),
            Map.entry("panel.years", new String[] {"years", "年份"}),
            Map.entry("panel.auto.picks", new String[] {"auto picks (whole series)", "自动选择的模型（全序列）"}),
            Map.entry("panel.mean", new String[] {"mean", "平均"}),
            Map.entry("panel.per.family", new String[] {
                "Per family (MASE on levels as above, and on logs: errors of ln y scaled by the in-sample one-step naive"
                        + " error of ln y; coverage and Winkler pooled over every forecast of every series)",
                "各趋势族（MASE按水平值计算如上，并按对数计算：ln y的误差除以ln y样本内一步朴素预测的误差；覆盖率与Winkler评分" + "按所有序列的全部预测合并）"
            }),
            Map.entry("panel.mean.mase", new String[] {"mean MASE", "平均MASE"}),
            Map.entry("panel.median.mase", new String[] {"median MASE", "MASE中位数"}),
            Map.entry("panel.mean.mase.logs", new String[] {"mean MASE logs", "对数平均MASE"}),
            Map.entry("panel.beats.drift", new String[] {"beats drift", "优于漂移"}),
            Map.entry("panel.forecasts", new String[] {"forecasts", "预测数"}),
            Map.entry("panel.scaled.winkler", new String[] {"scaled Winkler %s", "%s标准化Winkler评分"}),
            Map.entry("panel.of", new String[] {"%d of %d", "%d/%d"}),
            Map.entry("panel.auto.fine", new String[] {
                "auto is at least as accurate as drift (MASE) on every series.", "自动选择在每条序列上的精度（MASE）都不低于漂移模型。"
            }),
            Map.entry(
                    "panel.auto.worse",
                    new String[] {"auto is less accurate than drift (MASE) on: %s.", "自动选择的精度（MASE）低于漂移模型的序列：%s。"}),
            Map.entry("panel.auto.worse.one", new String[] {"%s (auto %.3f, drift %.3f)", "%s（自动选择%.3f，漂移%.3f）"}),
            Map.entry("panel.worse.separator", new String[] {"; ", "；"}),
            Map.entry(
                    "panel.switches",
                    new String[] {"auto left drift at %d of %d origins%s", "自动选择在%2$d个起点中有%1$d个未选漂移模型%3$s"}),
            Map.entry("panel.switches.none", new String[] {".", "。"}),
            Map.entry("panel.switches.scored", new String[] {
                "; on the %d forecasts from those origins MASE auto %.3f, drift %.3f: switching %s.",
                "；这些起点的%d次预测中，MASE自动选择%.3f、漂移%.3f：切换%s。"
            }),
            Map.entry("panel.paid", new String[] {"paid", "有益"}),
            Map.entry("panel.not.paid", new String[] {"did not pay", "无益"}),
            Map.entry("panel.damped", new String[] {
                "damped needs 10 observations, so on 14-year series it forecasts from fewer origins than the others.",
                "阻尼趋势至少需要10个观测值，因此在14年的序列上，它的预测起点少于其他模型。"
            }),
            Map.entry("panel.partial", new String[] {"Forecasts that could not be formed:", "无法形成的预测："}),
            Map.entry(
                    "panel.partial.one",
                    new String[] {"%s: no forecast from %d origin(s) of %s; first: %s", "%s：%3$s共%2$d个起点无预测；首个：%4$s"}),
            Map.entry("panel.partial.first", new String[] {"%s", "%s年起点，%s"}),
            Map.entry(
                    "panel.skipped",
                    new String[] {"Skipped (%d), the rest scored without them:", "跳过%d条序列，其余序列的评分不含它们："}),
            Map.entry("panel.skipped.why", new String[] {"%s", "观测值过少或模型无法拟合，无法回测"}),
            Map.entry("panel.refused.none", new String[] {
                "Refused from the panel: none (no gap, no year with digital at or above total, no vintage break).",
                "未纳入面板的历史序列：无（无缺失年份、无可数字化交付服务贸易不低于服务贸易总额的年份、无数据版本断点）。"
            }),
            Map.entry(
                    "panel.refused",
                    new String[] {"Refused from the panel: %d histories, not backtested:", "未纳入面板的历史序列：%d条，不参与回测："}),
            Map.entry("cal.header", new String[] {
                "Calibration of the share bands: %s; template %s (digital %s, other %s)",
                "占比区间校准：%s；模板情景%s（数字贸易：%s；其他服务贸易：%s）"
            }),
            Map.entry("cal.panel.of", new String[] {"panel of %d histories", "%d条历史序列组成的面板"}),
            Map.entry("cal.fitted", new String[] {" fitted", "，拟合"}),
            Map.entry("cal.from", new String[] {"from %d", "自%d年起"}),
            Map.entry("cal.to", new String[] {" to %d", "至%d年"}),
            Map.entry("cal.excluding", new String[] {" excluding %s", "，剔除%s年"}),
            Map.entry("cal.method", new String[] {
                "Closed form with the shocks as the engine estimates them (Student-t where the volatility is estimated"
                        + " or the bands are calibrated); explicit growth paths, level shocks and targets of the template"
                        + " dropped (fitted trends used). Origins from the %dth observation where every fit window holds at"
                        + " least %d points; horizons 1-%d.",
                "解析计算，冲击按引擎的估计（波动率为估计值或区间经过校准时用t分布）；不用模板中显式设定的增长路径、水平冲击"
                        + "与目标（改用拟合趋势）。起点自第%d个观测值起，且每个拟合窗口至少有%d个数据点；预测期1–%d年。"
            }),
            Map.entry("cal.members", new String[] {
                "Panel: %d histories, %d economies besides China (china and unctad:China are China on two bases)."
                        + " Refused: %s",
                "面板：%d条历史序列，除中国外%d个经济体（china与unctad:China为中国的两种口径）。未纳入：%s"
            }),
            Map.entry("cal.refused.none", new String[] {
                "none (no gap, no year with digital at or above total, no vintage break).",
                "无（无缺失年份、无可数字化交付服务贸易不低于服务贸易总额的年份、无数据版本断点）。"
            }),
            Map.entry("cal.panel.intro", new String[] {
                "The template calibrates its bands on the panel (uncertainty.calibration: panel): for each history,"
                        + " a Student-t fitted by maximum likelihood to the share forecast errors of every other economy"
                        + " (china and unctad:China are one economy and leave together), as a run fits it. No factor is"
                        + " fitted to the checks it is scored on: the coverage below is leave-one-economy-out. k is the t's"
                        + " scale squared, the factor on the predictive variance of ln(D/O); t df its degrees of freedom.",
                "模板按面板校准区间（uncertainty.calibration: panel）：每条历史序列的t分布按其他所有经济体的占比预测误差以最大似然"
                        + "拟合（china与unctad:China属同一经济体，一并剔除），与运行时相同。评分所用的检验不参与拟合任何系数：下表的覆盖率"
                        + "是留一经济体的结果。k为t分布尺度的平方，即ln(D/O)预测方差的系数；t df为其自由度。"
            }),
            Map.entry("cal.history", new String[] {"history", "历史序列"}),
            Map.entry("cal.others", new String[] {"others' errors", "其他经济体误差数"}),
            Map.entry("cal.k", new String[] {"k (var. factor)", "k（方差系数）"}),
            Map.entry("cal.df", new String[] {"t df", "t df"}),
            Map.entry("cal.uncalibrated", new String[] {"uncalibrated %s", "未校准%s"}),
            Map.entry("cal.pooled", new String[] {"pooled", "合计"}),
            Map.entry("cal.panel.pooled", new String[] {"panel (pooled)", "面板（合计）"}),
            Map.entry("cal.realtime", new String[] {
                "Calibrated in real time instead (each check with the other economies' errors up to its origin"
                        + " only, so no pandemic year before 2020): pooled %s / %s.",
                "改为实时校准（每次检验只用其他经济体截至其起点的误差，因此2020年以前没有疫情年份）：合计%s / %s。"
            }),
            Map.entry("cal.origins", new String[] {"origins", "起点"}),
            Map.entry("cal.n", new String[] {"n", "检验数"}),
            Map.entry("cal.mean.z2", new String[] {"mean z²", "z²均值"}),
            Map.entry("cal.horizon", new String[] {"horizon", "预测期"}),
            Map.entry("cal.cover.k", new String[] {"cover %s with k", "乘以k后%s覆盖率"}),
            Map.entry("cal.split", new String[] {
                "split: the %d check(s) made before %d that score one of %s cover 80%% / 95%% %s / %s; the other %d"
                        + " cover %s / %s",
                "拆分：%2$d年以前作出、检验%3$s年中某一年的%1$d次检验，80%% / 95%%覆盖率为%4$s / %5$s；其余%6$d次为%7$s / %8$s"
            }),
            Map.entry("cal.spans.all", new String[] {
                "sensitivity: every check spans one of the template's excluded years (%s)", "敏感性：每次检验都跨越模板剔除的年份（%s年）之一"
            }),
            Map.entry("cal.spans.calm", new String[] {
                "sensitivity: the %d check(s) whose origin-to-year span avoids the template's excluded years (%s):"
                        + " cover 80%% / 95%% %s / %s, mean z² = %.3f",
                "敏感性：从起点到检验年份不跨越模板剔除年份（%2$s年）的%1$d次检验：80%% / 95%%覆盖率%3$s / %4$s，z²均值 = %5$.3f"
            }),
            Map.entry("cal.none.scored", new String[] {"No origin could be scored: %s", "没有可评分的起点：数据不足以拟合"}),
            Map.entry("cal.checks", new String[] {"%s: %d checks from origins %s", "%s：起点%3$s的%2$d次检验"}),
            Map.entry("cal.skipped", new String[] {"skipped: %s", "跳过：%2$d个起点（拟合窗口的数据点不足或无法拟合）"}),
            Map.entry(
                    "cal.pit", new String[] {"PIT deciles (counts; flat if calibrated): ", "PIT十分位分布（检验次数；校准良好时应均匀）："}),
            Map.entry("cal.pit.k", new String[] {"with k:", "乘以k后："}),
            Map.entry("cal.z2", new String[] {
                "mean z² = %.3f; k = mean z² = %.3f is the factor on the shock variance that would make the mean"
                        + " squared standardised error 1, fitted in sample on these checks (sd of the ln(D/O) shocks x"
                        + " %.3f; uncertainty.variance_scale multiplies the scenario's own); the coverage \"with k\" is"
                        + " therefore optimistic, the leave-one-origin-out coverage less so",
                "z²均值 = %.3f；k = z²均值 = %.3f，即使标准化误差平方的均值为1的冲击方差系数，在这些检验上于样本内拟合"
                        + "（ln(D/O)冲击的标准差乘以%.3f；uncertainty.variance_scale乘在情景自身的设定上）；因此“乘以k后”的覆盖率偏乐观，"
                        + "留一起点的覆盖率乐观程度较低"
            }),
            Map.entry("cal.coverage", new String[] {
                "coverage 80%% / 95%%: before %s / %s; with k in sample %s / %s; with k leave-one-origin-out %s / %s"
                        + " (k without one origin: %s-%s)",
                "80%% / 95%%覆盖率：校准前%s / %s；样本内乘以k后%s / %s；留一起点乘以k后%s / %s（去掉一个起点时k为%s–%s）"
            }),
            Map.entry(
                    "cal.notes", new String[] {"shock estimator notes (%d), first: %s", "冲击估计器记录了%d条说明（各起点估计时所作的调整）"}),
            Map.entry("cal.loo.k", new String[] {"k from the others", "其他经济体的k"}),
            Map.entry("cal.loo.intro", new String[] {
                "Leave one series out: each history's bands with the factor on the shock variance that gives 80% coverage"
                        + " on every other economy's checks (china and unctad:China are one economy and leave together)",
                "留一序列：每条历史序列的区间乘以一个冲击方差系数，该系数使其他所有经济体的检验达到80%覆盖率（china与unctad:China" + "属同一经济体，一并剔除）"
            }),
            Map.entry("cal.loo.own", new String[] {
                "Applied to the model's own, uncalibrated bands: one Gaussian factor, the alternative to the"
                        + " template's Student-t calibration (whose coverage above is already leave-one-economy-out).",
                "作用于模型自身未校准的区间：一个正态系数，作为模板t分布校准的替代（上文的覆盖率已是留一经济体的结果）。"
            }),
            Map.entry("cal.evidence", new String[] {
                "Evidence from the whole panel: %d checks from origins %s. Each rate with its %.0f%% interval from a"
                        + " moving-block bootstrap over origin years (blocks of %d consecutive origins, %,d replicates):"
                        + " checks from one origin, and from neighbouring ones, are not independent, so they are"
                        + " resampled together.",
                "来自整个面板的证据：起点%2$s的%1$d次检验。各比率附移动块自助法（按起点年份重抽样，每块%4$d个相邻起点，"
                        + "%5$,d次重复）得到的%3$.0f%%区间：同一起点及相邻起点的检验并不独立，因此一起重抽样。"
            }),
            Map.entry("cal.bands", new String[] {
                "Bands %s: coverage of the central bands (nominal 50 / 80 / 95%%)", "%s：中央区间覆盖率（名义50%% / 80%% / 95%%）"
            }),
            Map.entry("cal.bands.as run", new String[] {"as run", "按运行方式的区间"}),
            Map.entry("cal.bands.calibrated in real time", new String[] {"calibrated in real time", "实时校准的区间"}),
            Map.entry("cal.bands.uncalibrated", new String[] {"uncalibrated", "未校准的区间"}),
            Map.entry("cal.dominant", new String[] {
                "Which economies' errors dominate (bands as run; z = standardised error of ln(D/O); %d economies,"
                        + " the %d largest):",
                "哪些经济体的误差占主导（按运行方式的区间；z为ln(D/O)的标准化误差；共%d个经济体，列出最大的%d个）："
            }),
            Map.entry("cal.economy", new String[] {"economy", "经济体"}),
            Map.entry("cal.below.nominal", new String[] {"below (nominal)", "单侧（名义）"}),
            Map.entry("cal.below.word", new String[] {"below", "低于区间"}),
            Map.entry("cal.above.word", new String[] {"above", "高于区间"}),
            Map.entry("cal.share.z2", new String[] {"share of Σz²", "占Σz²比重"}),
            Map.entry("cal.below", new String[] {"below %s", "低于%s区间"}),
            Map.entry("cal.above", new String[] {"above %s", "高于%s区间"}),
            Map.entry("cal.largest.z", new String[] {"largest z", "最大z"}),
            Map.entry("cal.written", new String[] {"calibration evidence written to %s", "校准证据已写入 %s"}),
            Map.entry("wrote.files", new String[] {"Wrote %s/ (%s).", "已写入 %s/（%s）。"}),
            Map.entry("list.separator", new String[] {", ", "、"}),
            Map.entry("legend.in", new String[] {
                "P(in year): probability that the share in the target year is at or above the target, the reading of the policy and the headline.",
                "当年达标概率：目标年份当年占比不低于目标值的概率，即政策口径，也是主要结论。"
            }),
            Map.entry("legend.reached", new String[] {
                "P(reached by): probability that the share is at or above the target in at least one year up to the target year;"
                        + " it is higher, because a path may reach the target and fall back.",
                "截至当年曾达到概率：到目标年份为止至少有一年占比不低于目标值的概率；它更高，因为路径可能先达到再回落。"
            }),
            Map.entry("legend.range", new String[] {
                "In brackets after a probability: its range across the credible trend families (models).",
                "概率后括号内：各可信趋势模型给出的概率区间。"
            }),
            Map.entry("legend.calibration", new String[] {
                "Bands: the model's own, calibrated on how far the same forecasts missed in %d other economies,"
                        + " 2020 included (docs/forecast-quality.md); the sensitivity command shows the answer without it.",
                "区间：模型自身的区间，按同一方法在其他%d个经济体的预测误差（含2020年）校准；敏感性分析显示不校准时的结果。"
            }),
            Map.entry("legend.uncalibrated", new String[] {
                "Not calibrated (the data hold no other economy on which its model and fit window can be backtested): %s.",
                "未校准（数据中没有可用其模型和拟合窗口回测的其他经济体）：%s。"
            }),
            Map.entry("legend.first", new String[] {
                "first reached: the first year the central path is at or above the target, then, in brackets, the median first year over the simulated paths.",
                "首次达到：中心路径首次不低于目标值的年份，括号内为模拟路径首次达到年份的中位数。"
            }),
            Map.entry("legend.words", new String[] {
                "Verdict words follow the IPCC likelihood scale (Mastrandrea et al. 2010): very likely ≥ 90%, likely ≥ 66%,"
                        + " about even 33–66%, unlikely 10–33%, very unlikely < 10%. Probabilities are rounded to whole percents;"
                        + " summary.csv gives them to four decimals.",
                "判断用语采用IPCC可能性等级（Mastrandrea等，2010）：很可能 ≥ 90%，可能 ≥ 66%，可能性相当 33–66%，不太可能 10–33%，"
                        + "很不可能 < 10%。概率取整到百分位，summary.csv中精确到小数点后四位。"
            }));

    /** Assumption names in Chinese, by enum constant name (an assumption without one keeps its English description). */
    private static final Map<String, String> ASSUMPTIONS_ZH = Map.of(
            "DIGITAL_GROWTH", "数字贸易年增长率",
            "OTHER_GROWTH", "其他服务贸易年增长率",
            "DIGITAL_VOLATILITY", "数字贸易增长波动率",
            "OTHER_VOLATILITY", "其他服务贸易增长波动率",
            "CORRELATION", "两类冲击的相关系数",
            "VARIANCE_SCALE", "冲击方差校准系数");

    private Glossary() {}

    /**
     * @param key a concept
     * @param lang the language
     * @param args values for the term's placeholders; a term is formatted only when given some
     * @return the term
     * @throws IllegalArgumentException for an unknown concept
     */
    public static String term(String key, Lang lang, Object... args) {
        String[] t = TERMS.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no term '" + key + "'");
        }
        String text = t[lang == Lang.ZH ? 1 : 0];
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }

    /**
     * @param unit a unit of levels as the data name it, e.g. {@code USD_100m}
     * @param lang the language
     * @return its name for people ({@code USD 100 million}, {@code 亿美元}); the data's own name for a unit
     *     without one
     */
    public static String unit(String unit, Lang lang) {
        return TERMS.containsKey("unit." + unit) ? term("unit." + unit, lang) : unit;
    }

    /**
     * @param l a likelihood
     * @param lang the language
     * @return its word (Chinese after the IPCC's own Chinese reports: 很可能, 可能, 可能性相当, 不太可能, 很不可能)
     */
    public static String likelihood(Likelihood l, Lang lang) {
        if (lang != Lang.ZH) {
            return l.label();
        }
        return switch (l) {
            case VERY_LIKELY -> "很可能";
            case LIKELY -> "可能";
            case ABOUT_EVEN -> "可能性相当";
            case UNLIKELY -> "不太可能";
            case VERY_UNLIKELY -> "很不可能";
        };
    }

    /**
     * @param a an assumption a planner moves
     * @param lang the language
     * @return its name, capitalised in English
     */
    public static String assumption(org.targetcast.model.analysis.Assumption a, Lang lang) {
        if (lang != Lang.ZH) {
            String d = a.description();
            return Character.toUpperCase(d.charAt(0)) + d.substring(1);
        }
        return ASSUMPTIONS_ZH.getOrDefault(a.name(), a.description());
    }

    /**
     * @param c an on-track category
     * @param lang the language
     * @return its words
     */
    public static String onTrack(OnTrackCategory c, Lang lang) {
        if (lang != Lang.ZH) {
            return c.label();
        }
        return switch (c) {
            case ACHIEVED -> "已实现";
            case ON_TRACK -> "进展顺利";
            case ACCELERATION_NEEDED -> "需加速";
            case LIMITED_PROGRESS -> "进展有限";
            case DETERIORATION -> "退步";
        };
    }

    /**
     * @param t a target
     * @param lang the language
     * @return its label with a typographic ≥, e.g. {@code share ≥ 45% in 2029}, {@code 2029年占比 ≥ 45%}
     */
    public static String target(Target t, Lang lang) {
        if (t instanceof ShareTarget s) {
            return lang == Lang.ZH
                    ? (s.reachedBy() ? "截至" + s.year() + "年占比曾达到 ≥ " : s.year() + "年占比 ≥ ") + percent(s.share()) + "%"
                    : "share ≥ " + percent(s.share()) + "% " + (s.reachedBy() ? "by " : "in ") + s.year();
        }
        GrowthTarget g = (GrowthTarget) t;
        if (g.average()) {
            return lang == Lang.ZH
                    ? g.from() + "–" + g.to() + "年数字贸易年均增长 ≥ " + percent(g.atLeast()) + "%"
                    : "digital growth ≥ " + percent(g.atLeast()) + "% a year on average " + g.from() + "–" + g.to();
        }
        return lang == Lang.ZH
                ? g.from() + "–" + g.to() + "年数字贸易每年增长 ≥ " + percent(g.atLeast()) + "%"
                : "digital growth ≥ " + percent(g.atLeast()) + "% each year " + g.from() + "–" + g.to();
    }

    /**
     * @param t a target
     * @param lang the language
     * @return its label for narrow tables: a share target as in {@link #target}, a growth target without
     *     "each year" ({@code digital ≥ 0% a year, 2025–2029})
     */
    public static String shortTarget(Target t, Lang lang) {
        if (t instanceof GrowthTarget g) {
            return lang == Lang.ZH
                    ? g.from() + "–" + g.to() + "年数字贸易年增长 ≥ " + percent(g.atLeast()) + "%"
                    : "digital ≥ " + percent(g.atLeast()) + "% a year, " + g.from() + "–" + g.to();
        }
        return target(t, lang);
    }

    /**
     * @param t a target
     * @param lang the language
     * @return the name of its headline probability: P(share in 2029 ≥ 45%), P(every year 2025–2029 ≥ 0%)
     */
    public static String probabilityName(Target t, Lang lang) {
        if (t instanceof ShareTarget s) {
            if (s.reachedBy()) {
                return reachedName(s, lang);
            }
            return lang == Lang.ZH
                    ? "P(" + s.year() + "年当年占比 ≥ " + percent(s.share()) + "%)"
                    : "P(share in " + s.year() + " ≥ " + percent(s.share()) + "%)";
        }
        GrowthTarget g = (GrowthTarget) t;
        if (g.average()) {
            return lang == Lang.ZH
                    ? g.from() + "–" + g.to() + "年数字贸易年均增长 ≥ " + percent(g.atLeast()) + "%"
                    : "digital growth ≥ " + percent(g.atLeast()) + "% a year on average " + g.from() + "–" + g.to();
        }
        return lang == Lang.ZH
                ? "P(" + g.from() + "–" + g.to() + "年逐年增长 ≥ " + percent(g.atLeast()) + "%)"
                : "P(growth ≥ " + percent(g.atLeast()) + "% every year " + g.from() + "–" + g.to() + ")";
    }

    /**
     * @param s a share target
     * @param lang the language
     * @return the name of its reached-by probability: P(reached 45% by 2029)
     */
    public static String reachedName(ShareTarget s, Lang lang) {
        return lang == Lang.ZH
                ? "P(截至" + s.year() + "年曾达到" + percent(s.share()) + "%)"
                : "P(reached " + percent(s.share()) + "% by " + s.year() + ")";
    }

    /**
     * @param name the scenario's name (its file's name)
     * @param titleZh its {@code title_zh}, or empty
     * @param lang the language
     * @return how a table names it: in English its name; in Chinese the short form of its Chinese title (the part
     *     before a full-width colon, 基准情景 for 基准情景：按拟合趋势延续…), its name where the file gives no title
     */
    public static String scenarioName(String name, String titleZh, Lang lang) {
        if (lang != Lang.ZH || titleZh.isBlank()) {
            return name;
        }
        int colon = titleZh.indexOf('：');
        return colon > 0 ? titleZh.substring(0, colon) : titleZh;
    }

    /**
     * @param name the scenario's name (its file's name)
     * @param titleZh its {@code title_zh}, or empty
     * @param lang the language
     * @return how a heading names it: in English its name; in Chinese the short form of its Chinese title with
     *     the name the reader typed after it (基准情景（baseline）), its name where the file gives no title
     */
    public static String scenarioHeading(String name, String titleZh, Lang lang) {
        String shown = scenarioName(name, titleZh, lang);
        return shown.equals(name) ? name : shown + "（" + name + "）";
    }

    /**
     * @param lang the language
     * @param files file names
     * @return them as a list in running text: {@code a.csv, b.csv}; {@code a.csv、b.csv}
     */
    public static String files(Lang lang, List<String> files) {
        return String.join(term("list.separator", lang), files);
    }

    /**
     * @param series a series id of the data, e.g. {@code knowledge_intensive_mofcom}
     * @param lang the language
     * @return its name for people in Chinese (知识密集型服务贸易（商务部）); the id in English, or for a series
     *     without a name
     */
    public static String series(String series, Lang lang) {
        return TERMS.containsKey("series." + series) ? term("series." + series, lang) : series;
    }

    /**
     * @param c a published share checked against the history
     * @param lang the language
     * @return why the history misses it: {@code reproduced}, or the history's division and what the published
     *     share needs instead (the check's own English text where it carries no figures)
     */
    public static String publishedGap(PublishedShareCheck c, Lang lang) {
        if (c.reproduced()) {
            return term("bases.reproduced", lang);
        }
        PublishedShareCheck.Arithmetic a = c.arithmetic();
        if (lang != Lang.ZH) {
            return c.explanation();
        }
        if (a == null) {
            return term("bases.differs", lang) + "，" + term("bases.undefined", lang);
        }
        String why = term(
                "bases.arithmetic",
                lang,
                a.digital(),
                a.digitalSources(),
                a.total(),
                a.totalSources(),
                c.computed(),
                c.published(),
                a.totalNeeded(),
                100 * (a.totalNeeded() / a.total() - 1),
                a.digitalNeeded(),
                100 * (a.digitalNeeded() / a.digital() - 1));
        return Double.isNaN(a.unctadShare()) ? why : why + term("bases.unctad.share", lang, a.unctadShare());
    }

    /**
     * @param r a history refused from the calibration panel
     * @param lang the language
     * @return why: in English the screen's own words; in Chinese the cause, with the sources and years of a
     *     vintage break (数据版本断点：可数字化交付服务贸易数据分别来自S24 (2010–2019)、S28 (2020–2023))
     */
    public static String refusal(RefusedHistory r, Lang lang) {
        if (lang != Lang.ZH) {
            return r.reason();
        }
        if (r.cause() == RefusedHistory.Cause.UNBUILT) {
            return term("refused.unbuilt", lang);
        }
        List<String> parts = new java.util.ArrayList<>();
        if (r.vintage().digital() != null) {
            parts.add(term("refused.vintage.digital", lang, vintages(r.vintage().digital())));
        }
        if (r.vintage().total() != null) {
            parts.add(term("refused.vintage.total", lang, vintages(r.vintage().total())));
        }
        return term("refused.vintage", lang, String.join("；", parts));
    }

    /** @return the sources of a vintage break as a Chinese list, their years joined by an en dash: S24 (2010–2019)、S28 */
    private static String vintages(String sources) {
        return sources.replace(", ", "、").replaceAll("(\\d{4})-(\\d{4})", "$1–$2");
    }

    /** @return a fraction as a short percent number: 0.45 gives 45, 0.075 gives 7.5 */
    public static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }
}
