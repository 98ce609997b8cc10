//! The authoring view's strings, in both languages (kept apart from `messages`, which the
//! reader's pages use).

use report::Lang;
use report::{Level, PairingKind, PlaceKind};

/// A message of the authoring view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditMsg {
    /// The view's heading.
    Title,
    /// How the view works.
    Help,
    /// What the start asks for.
    StartHelp,
    /// Label of the paste field.
    PasteText,
    /// Button starting from the pasted text.
    StartWithText,
    /// Label of the file picker.
    OpenTextOrReport,
    /// Before the encoding a file was read in.
    ReadIn,
    /// A file that cannot become a draft.
    FileRefused,
    /// Heading when the kept draft could not be read back.
    AsideTitle,
    /// What was done with it.
    AsideHelp,
    /// Button downloading the draft set aside.
    AsideDownload,
    /// Button deleting the draft set aside.
    AsideDelete,
    /// The draft on screen is not kept in this browser.
    NotSaved,
    /// Button downloading the draft as it is, finished or not.
    DownloadAsItIs,
    /// Another tab changed the kept draft.
    ChangedElsewhere,
    /// Button taking the other tab's draft.
    TakeOther,
    /// Button keeping this page's draft.
    KeepThis,
    /// Before the count of numbers not yet made into figures.
    NumbersToDo,
    /// Heading of the selection form.
    Selection,
    /// When nothing is selected.
    SelectHint,
    /// Group label of the quote's end buttons.
    QuoteEnds,
    /// Button moving the quote's start back.
    StartBack,
    /// Button moving the quote's start forward.
    StartForward,
    /// Button moving the quote's end back.
    EndBack,
    /// Button moving the quote's end forward.
    EndForward,
    /// Legend of the item kind choice.
    MakeInto,
    /// Kind: a figure.
    MakeFigure,
    /// Kind: a project event.
    MakeEvent,
    /// Kind: a pairing.
    MakePairing,
    /// Legend of the number choice.
    WhichNumber,
    /// Label of the value field.
    Value,
    /// Before the value read back.
    ReadsAs,
    /// After an upper-bound word (不足, 以下): read as approximate.
    Hedge,
    /// Label of the unit choice.
    Unit,
    /// Label of the measure word field.
    Counter,
    /// Hint under it.
    CounterHint,
    /// Label of the qualifier choice.
    Qualifier,
    /// The exact qualifier's name.
    Exact,
    /// Label of the period field.
    PeriodField,
    /// Hint under it.
    PeriodHint,
    /// Label of the theme choice.
    Theme,
    /// Label of the project choice.
    Project,
    /// No project.
    NoProject,
    /// Label of the id field.
    Id,
    /// Hint under an id field.
    IdHint,
    /// Hint under a figure's id field.
    FigureIdHint,
    /// Label of the indicator choice.
    Indicator,
    /// No indicator.
    NoIndicator,
    /// Group of the indicators the text's words name.
    IndicatorsProposed,
    /// Group of the unit's other indicators.
    IndicatorsOther,
    /// Under the choice when no indicator is chosen.
    IndicatorHint,
    /// Label of the whole choice.
    PartOf,
    /// Not a part of any figure.
    NotAPart,
    /// Legend of the place checkboxes.
    Places,
    /// Hint under them.
    PlacesHint,
    /// Label of the Chinese label field.
    LabelZh,
    /// Label of the English label field.
    LabelEn,
    /// Button adding a figure.
    AddFigure,
    /// Button saving a corrected figure.
    SaveFigure,
    /// Button cancelling a correction.
    Cancel,
    /// A fragment in which no number is read.
    NoNumber,
    /// Before the problems that keep a figure from being added.
    FigureRefused,
    /// A value that is not a number.
    ValueNotANumber,
    /// An id already used.
    IdTaken,
    /// An id left empty.
    IdNeeded,
    /// Choice starting a new project.
    NewProject,
    /// Label of a new project's id.
    ProjectId,
    /// Label of its Chinese name.
    ProjectNameZh,
    /// Label of its English name.
    ProjectNameEn,
    /// Label of its status.
    ProjectStatus,
    /// Label of an event's date.
    EventDate,
    /// Hint under it.
    EventDateHint,
    /// Label of an event's status.
    Status,
    /// Button adding an event.
    AddEvent,
    /// Button saving a corrected event.
    SaveEvent,
    /// Label of a pairing's id.
    PairingId,
    /// Aiding side, Chinese.
    FromZh,
    /// Aiding side, English.
    FromEn,
    /// How many on the aiding side.
    FromNumber,
    /// The figure holding that count.
    FromCount,
    /// Aided side, Chinese.
    ToZh,
    /// Aided side, English.
    ToEn,
    /// How many on the aided side.
    ToNumber,
    /// The figure holding that count.
    ToCount,
    /// Label of the pairing kind.
    PairingKindField,
    /// The kind in words, Chinese.
    KindLabelZh,
    /// The kind in words, English.
    KindLabelEn,
    /// No figure chosen.
    NoFigure,
    /// Counts that are not whole numbers.
    CountNotWhole,
    /// Button adding a pairing.
    AddPairing,
    /// Button saving a corrected pairing.
    SavePairing,
    /// Heading of the formula editor.
    Derived,
    /// What it does.
    DerivedHelp,
    /// Label of input a.
    InputA,
    /// Label of input b.
    InputB,
    /// Label of the ready-made formulas.
    FormulaPreset,
    /// Label of the formula.
    FormulaField,
    /// Hint under it.
    FormulaHint,
    /// A formula that cannot be computed yet.
    FormulaIncomplete,
    /// Button adding a derived figure.
    AddDerived,
    /// Heading of the report's details.
    Details,
    /// Label of the report id.
    ReportId,
    /// Hint under it.
    ReportIdHint,
    /// Title, Chinese.
    TitleZh,
    /// Title, English.
    TitleEn,
    /// Publisher, Chinese.
    PublisherZh,
    /// Publisher, English.
    PublisherEn,
    /// Publication time.
    PublishedField,
    /// Hint under it.
    PublishedHint,
    /// Label of the report's level.
    LevelField,
    /// No level said.
    NoLevel,
    /// Label of the source address.
    SourceUrl,
    /// Hint under it.
    SourceUrlHint,
    /// Label of a place's kind.
    PlaceKindField,
    /// Label of a place's administrative code.
    PlaceCode,
    /// Hint under it.
    PlaceCodeHint,
    /// Aided region, Chinese.
    RegionZh,
    /// Aided region, English.
    RegionEn,
    /// Partner, Chinese.
    PartnerZh,
    /// Partner, English.
    PartnerEn,
    /// Button adding another aided region.
    AddRegion,
    /// Button adding another partner.
    AddPartner,
    /// Button removing an added region (its number follows).
    RemoveRegion,
    /// Button removing an added partner (its number follows).
    RemovePartner,
    /// Button saving the details.
    SaveDetails,
    /// Heading of the draft's items.
    Items,
    /// Button opening an item in its form.
    Correct,
    /// Button removing an item.
    Remove,
    /// Marker of an item without English.
    NoEnglish,
    /// Heading of the projects' statuses.
    ProjectStatuses,
    /// Label of the toolbar.
    Toolbar,
    /// Undo button.
    Undo,
    /// Redo button.
    Redo,
    /// Download button.
    Download,
    /// Start-over button.
    Discard,
    /// The same, asking to confirm.
    DiscardConfirm,
    /// Every text has its English.
    EnglishComplete,
    /// Before the count of texts without English.
    EnglishMissing,
    /// Heading of the problem list.
    Problems,
    /// No problem found.
    NoProblems,
    /// Before the count of problems.
    ProblemCount,
    /// Heading of the draft's charts.
    Charts,
}

impl EditMsg {
    /// The message in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            EditMsg::Title => ("制作报告数据", "Make a report file"),
            EditMsg::Help => ("在左侧原文中选中一段含数字的文字（或用 Tab 键选中标出的数字），在右侧确认或修改识别出的数值、单位和限定词，再添加为数据。引文就是所选文字，逐字一致。", "Select a fragment of the text on the left that states a number (or reach a marked number with Tab), confirm or correct the value, unit and qualifier read from it on the right, and add it. The quote is the selected fragment itself, word for word."),
            EditMsg::StartHelp => ("粘贴报告全文，或打开报告的 .txt 文件；也可以打开已有的报告数据文件继续编辑。草稿随时保存在本浏览器中。", "Paste the report's full text, or open its .txt file; or open an existing report file to continue it. The draft is kept in this browser as you work."),
            EditMsg::PasteText => ("报告全文", "The report's full text"),
            EditMsg::StartWithText => ("用这段文字开始", "Start with this text"),
            EditMsg::OpenTextOrReport => ("打开 .txt 原文或 .json 报告文件", "Open a .txt text or a .json report file"),
            EditMsg::ReadIn => ("文件按以下编码读取：", "The file was read as "),
            EditMsg::FileRefused => ("无法打开此文件：", "This file cannot be opened:"),
            EditMsg::AsideTitle => ("本浏览器保存的草稿无法读回", "The draft kept in this browser could not be read back"),
            EditMsg::AsideHelp => ("草稿已另行保存，没有删除：请下载（可用文本编辑器修复后再打开），或将其删除。原因：", "It has been set aside, not deleted: download it (a text editor can repair it, then open it here), or delete it. Why:"),
            EditMsg::AsideDownload => ("下载该草稿", "Download it"),
            EditMsg::AsideDelete => ("删除该草稿", "Delete it"),
            EditMsg::NotSaved => ("此草稿没能保存在本浏览器中（存储空间已满或被禁用），关闭本页就会丢失：请现在下载。", "This draft could not be kept in this browser (its storage is full or blocked) and is lost when this page closes: download it now."),
            EditMsg::DownloadAsItIs => ("按现状下载草稿", "Download the draft as it is"),
            EditMsg::ChangedElsewhere => ("此草稿已在另一个标签页或窗口中修改。本页已停止保存，两边都不会被悄悄覆盖：请选择保留哪一个。", "This draft was changed in another tab or window. This page has stopped saving it, so neither is overwritten unseen: choose which to keep."),
            EditMsg::TakeOther => ("改用另一页的版本", "Use the other page's version"),
            EditMsg::KeepThis => ("保留本页的版本", "Keep this page's version"),
            EditMsg::NumbersToDo => ("尚未制成数据的数字（已标出）：", "Numbers not yet made into figures (marked): "),
            EditMsg::Selection => ("所选文字", "Selected fragment"),
            EditMsg::SelectHint => ("请在原文中选中一段文字，或按 Tab 键到标出的数字后按回车。", "Select a fragment of the text, or Tab to a marked number and press Enter."),
            EditMsg::QuoteEnds => ("调整引文起止", "Adjust where the quote starts and ends"),
            EditMsg::StartBack => ("起点前移一字", "Start one character earlier"),
            EditMsg::StartForward => ("起点后移一字", "Start one character later"),
            EditMsg::EndBack => ("终点前移一字", "End one character earlier"),
            EditMsg::EndForward => ("终点后移一字", "End one character later"),
            EditMsg::MakeInto => ("制成", "Make it into"),
            EditMsg::MakeFigure => ("数据", "A figure"),
            EditMsg::MakeEvent => ("项目进展", "A project event"),
            EditMsg::MakePairing => ("结对关系", "A pairing"),
            EditMsg::WhichNumber => ("所选文字中有多个数字，选择其一", "The fragment holds several numbers; choose one"),
            EditMsg::Value => ("数值（标准单位：元、人、平方米、千瓦……）", "Value (in canonical units: yuan, persons, m², kW …)"),
            EditMsg::ReadsAs => ("读作：", "Reads as: "),
            EditMsg::Hedge => ("：表示数字是上限（不超过），本格式无法表示上限，因此按“约数”提出，决不显示为报告原数。请核对原文。", " makes the number an upper bound (at most), which the format cannot hold: it is proposed as approximate, never shown as reported. Check the text."),
            EditMsg::Unit => ("单位", "Unit"),
            EditMsg::Counter => ("量词（如“家”“所”，与单位常用量词不同时填写）", "Measure word (家, 所 …, where not the unit's usual one)"),
            EditMsg::CounterHint => ("须出现在引文中。", "It must appear in the quote."),
            EditMsg::Qualifier => ("限定词", "Qualifier"),
            EditMsg::Exact => ("确切", "exact"),
            EditMsg::PeriodField => ("时间", "Period"),
            EditMsg::PeriodHint => ("如 2022、2022-08、2021/2023-05-25（“2021年以来”）；原文未说明则留空。", "e.g. 2022, 2022-08, 2021/2023-05-25 (“since 2021”); leave empty when the text does not say."),
            EditMsg::Theme => ("主题", "Theme"),
            EditMsg::Project => ("所属项目", "Project"),
            EditMsg::NoProject => ("（无）", "(none)"),
            EditMsg::Id => ("编号", "Id"),
            EditMsg::IdHint => ("小写英文字母、数字和下划线，在本文件中唯一；链接引用它。", "Lower-case letters, digits and _, unique in the file; links name it."),
            EditMsg::FigureIdHint => ("小写英文字母、数字和下划线。按所选指标生成，需要区分时加年份和地区；不选指标且留空则按英文名称生成。", "Lower-case letters, digits and _. Made from the chosen indicator, with the year and the place where needed to keep it unique; with no indicator and left empty, one is made from the English label."),
            EditMsg::Indicator => ("指标（统计的是什么）", "Indicator (what it counts)"),
            EditMsg::NoIndicator => ("（无对应指标）", "(no indicator)"),
            EditMsg::IndicatorsProposed => ("按原文用词建议", "Proposed from the text's words"),
            EditMsg::IndicatorsOther => ("同一单位的其他指标", "Other indicators in this unit"),
            EditMsg::IndicatorHint => ("未选指标：此数据不与其他报告的同类数据对比。", "No indicator: this figure is not compared with the same figure of other reports."),
            EditMsg::PartOf => ("属于哪个总数（“其中”）", "Part of which total (“of which”)"),
            EditMsg::NotAPart => ("（不是其中一部分）", "(not a part)"),
            EditMsg::Places => ("所指地区", "Places it is stated for"),
            EditMsg::PlacesHint => ("报告涉及多个受援地：勾选本数据所指的地区，两地合计则都勾选。", "The report covers several places: tick those this figure is stated for, all of them for a figure of them together."),
            EditMsg::LabelZh => ("中文名称", "Chinese label"),
            EditMsg::LabelEn => ("英文名称（下载前必填）", "English label (needed before download)"),
            EditMsg::AddFigure => ("添加数据", "Add figure"),
            EditMsg::SaveFigure => ("保存修改", "Save figure"),
            EditMsg::Cancel => ("取消", "Cancel"),
            EditMsg::NoNumber => ("所选文字中没有读出数字，不能制成数据。请选中写明数字的文字；数值须是引文写明的数字。", "No number is read in the selected fragment, so it cannot become a figure. Select a fragment that states a number: the value must be one the quote states."),
            EditMsg::FigureRefused => ("未添加：本应用检查这条数据时发现以下问题，请修改后再添加。", "Not added: the app's checks find these problems with the figure. Correct them and add it again."),
            EditMsg::ValueNotANumber => ("数值必须是不小于 0 的数字。", "The value must be a number, 0 or more."),
            EditMsg::IdTaken => ("此编号已被使用。", "This id is already used."),
            EditMsg::IdNeeded => ("请填写编号。", "Give an id."),
            EditMsg::NewProject => ("（新项目）", "(new project)"),
            EditMsg::ProjectId => ("项目编号", "Project id"),
            EditMsg::ProjectNameZh => ("项目中文名称", "Project name (Chinese)"),
            EditMsg::ProjectNameEn => ("项目英文名称（下载前必填）", "Project name (English, needed before download)"),
            EditMsg::ProjectStatus => ("项目状态", "Project status"),
            EditMsg::EventDate => ("日期", "Date"),
            EditMsg::EventDateHint => ("如 2023 或 2023-09；原文未说明则留空。", "e.g. 2023 or 2023-09; leave empty when the text does not say."),
            EditMsg::Status => ("状态", "Status"),
            EditMsg::AddEvent => ("添加项目进展", "Add event"),
            EditMsg::SaveEvent => ("保存修改", "Save event"),
            EditMsg::PairingId => ("结对编号", "Pairing id"),
            EditMsg::FromZh => ("帮扶方（中文）", "Aiding side (Chinese)"),
            EditMsg::FromEn => ("帮扶方（英文）", "Aiding side (English)"),
            EditMsg::FromNumber => ("帮扶方数量", "How many on the aiding side"),
            EditMsg::FromCount => ("帮扶方数量对应的数据", "Figure holding that count"),
            EditMsg::ToZh => ("受帮扶方（中文）", "Aided side (Chinese)"),
            EditMsg::ToEn => ("受帮扶方（英文）", "Aided side (English)"),
            EditMsg::ToNumber => ("受帮扶方数量", "How many on the aided side"),
            EditMsg::ToCount => ("受帮扶方数量对应的数据", "Figure holding that count"),
            EditMsg::PairingKindField => ("结对类型", "Kind of pairing"),
            EditMsg::KindLabelZh => ("类型名称（中文）", "Kind in words (Chinese)"),
            EditMsg::KindLabelEn => ("类型名称（英文）", "Kind in words (English)"),
            EditMsg::NoFigure => ("（无）", "(none)"),
            EditMsg::CountNotWhole => ("数量必须是整数。", "Counts must be whole numbers."),
            EditMsg::AddPairing => ("添加结对关系", "Add pairing"),
            EditMsg::SavePairing => ("保存修改", "Save pairing"),
            EditMsg::Derived => ("推算数据", "Derived figure"),
            EditMsg::DerivedHelp => ("由两个报告数据计算得出，标为“推算”，并附计算方法。只用报告说明了关系的数据。", "Computed from two reported figures, marked derived, with its formula. Use only figures whose relation the report states."),
            EditMsg::InputA => ("数据 a", "Figure a"),
            EditMsg::InputB => ("数据 b", "Figure b"),
            EditMsg::FormulaPreset => ("常用公式", "Ready-made formula"),
            EditMsg::FormulaField => ("公式（a、b、数字、+ − × ÷ 和括号）", "Formula (a, b, numbers, + - * / and brackets)"),
            EditMsg::FormulaHint => ("结果按格式规定取整：百分比保留一位小数，其余取整数。", "The result is rounded as the format says: percent to one decimal, everything else to a whole number."),
            EditMsg::FormulaIncomplete => ("请选择数据并填写有效公式。", "Choose the figures and write a valid formula."),
            EditMsg::AddDerived => ("添加推算数据", "Add derived figure"),
            EditMsg::Details => ("报告信息", "Report details"),
            EditMsg::ReportId => ("报告编号", "Report id"),
            EditMsg::ReportIdHint => ("小写英文字母、数字和连字符，用作文件名，如 county-2024-06-30。", "Lower-case letters, digits and -, used as the file name, e.g. county-2024-06-30."),
            EditMsg::TitleZh => ("标题（中文）", "Title (Chinese)"),
            EditMsg::TitleEn => ("标题（英文）", "Title (English)"),
            EditMsg::PublisherZh => ("发布单位（中文）", "Publisher (Chinese)"),
            EditMsg::PublisherEn => ("发布单位（英文）", "Publisher (English)"),
            EditMsg::PublishedField => ("发布时间", "Published"),
            EditMsg::PublishedHint => ("如 2024-06-30；网页写明时刻时可加上，如 2024-06-30T10:00:00+08:00。", "e.g. 2024-06-30; with the time where the page gives one, 2024-06-30T10:00:00+08:00."),
            EditMsg::LevelField => ("报告层级", "Level of the report"),
            EditMsg::NoLevel => ("（未说明）", "(not said)"),
            EditMsg::SourceUrl => ("原文网址（可不填）", "Address of the original (optional)"),
            EditMsg::SourceUrlHint => ("发布单位自己刊发本报告的网址。", "Where the publisher itself published the report."),
            EditMsg::PlaceKindField => ("类型", "Kind"),
            EditMsg::PlaceCode => ("行政区划代码（可不填）", "Administrative code (optional)"),
            EditMsg::PlaceCodeHint => ("6位数字（GB/T 2260），如 110105；开发区没有代码。", "6 digits (GB/T 2260), e.g. 110105; a development area has none."),
            EditMsg::RegionZh => ("受帮扶地区（中文）", "Aided region (Chinese)"),
            EditMsg::RegionEn => ("受帮扶地区（英文）", "Aided region (English)"),
            EditMsg::PartnerZh => ("帮扶方（中文）", "Partner (Chinese)"),
            EditMsg::PartnerEn => ("帮扶方（英文）", "Partner (English)"),
            EditMsg::AddRegion => ("添加受帮扶地区", "Add an aided region"),
            EditMsg::AddPartner => ("添加帮扶方", "Add a partner"),
            EditMsg::RemoveRegion => ("删除受帮扶地区", "Remove aided region"),
            EditMsg::RemovePartner => ("删除帮扶方", "Remove partner"),
            EditMsg::SaveDetails => ("保存报告信息", "Save details"),
            EditMsg::Items => ("已制作的内容", "Made so far"),
            EditMsg::Correct => ("修改", "Correct"),
            EditMsg::Remove => ("删除", "Remove"),
            EditMsg::NoEnglish => ("缺英文", "English missing"),
            EditMsg::ProjectStatuses => ("项目状态", "Project statuses"),
            EditMsg::Toolbar => ("草稿操作", "Draft"),
            EditMsg::Undo => ("撤销", "Undo"),
            EditMsg::Redo => ("重做", "Redo"),
            EditMsg::Download => ("下载报告文件", "Download report file"),
            EditMsg::Discard => ("重新开始", "Start over"),
            EditMsg::DiscardConfirm => ("再按一次将丢弃草稿", "Press again to discard the draft"),
            EditMsg::EnglishComplete => ("英文齐全，可以下载。", "Every text has its English; ready to download."),
            EditMsg::EnglishMissing => ("下载前还需填写英文的项目数：", "Texts still needing English before download: "),
            EditMsg::Problems => ("检查结果", "Checks"),
            EditMsg::NoProblems => ("未发现问题：本应用可以打开此文件。", "No problems: the app can open this file."),
            EditMsg::ProblemCount => ("尚需解决的问题数（解决前本应用不会打开此文件）：", "Problems to solve before the app opens this file: "),
            EditMsg::Charts => ("图表预览", "The charts, as readers will see them"),
        };
        lang.choose(zh, en)
    }
}

/// The name of a figure's field as the figure form shows it, for a problem located at it
/// (`value`, `counter`, `label` …); `None` for a field the form does not show.
pub fn figure_field(field: &str, lang: Lang) -> Option<&'static str> {
    let (zh, en) = match field {
        "value" => ("数值", "Value"),
        "unit" => ("单位", "Unit"),
        "counter" => ("量词", "Measure word"),
        "qualifier" => ("限定词", "Qualifier"),
        "period" => ("时间", "Period"),
        "theme" => ("主题", "Theme"),
        "project" => ("所属项目", "Project"),
        "indicator" => ("指标", "Indicator"),
        "part_of" => ("属于哪个总数", "Part of"),
        "place" => ("所指地区", "Places"),
        "id" => ("编号", "Id"),
        "label" => ("名称", "Label"),
        "source" => ("引文", "Quote"),
        _ => return None,
    };
    Some(lang.choose(zh, en))
}

/// The name of a kind of pairing, in the pairing form.
pub fn pairing_kind(kind: PairingKind, lang: Lang) -> &'static str {
    let (zh, en) = match kind {
        PairingKind::Subdistrict => ("街道结对", "subdistrict"),
        PairingKind::School => ("学校结对", "school"),
        PairingKind::Hospital => ("医院结对", "hospital"),
        PairingKind::Community => ("社区结对", "community"),
        PairingKind::EnterpriseVillage => ("企业结对村", "enterprise with village"),
        PairingKind::OrganisationVillage => ("社会组织结对村", "organisation with village"),
        PairingKind::District => ("区结对旗县", "district with banner or county"),
        PairingKind::County => ("县", "county"),
        PairingKind::Banner => ("旗", "banner"),
        PairingKind::Township => ("乡镇、苏木", "township"),
        PairingKind::Other => ("其他（须写明）", "other (name it)"),
    };
    lang.choose(zh, en)
}

/// A message of the headline chooser and the chart grouping (kept apart from [`EditMsg`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartsMsg {
    /// Heading of the headline chooser.
    HeadlineTitle,
    /// What the headline is.
    HeadlineHelp,
    /// The headline shown is the app's proposal.
    HeadlineProposed,
    /// The headline shown is the file's own.
    HeadlineChosen,
    /// Button going back to the proposal.
    UseProposal,
    /// No figure in the headline.
    HeadlineEmpty,
    /// Button moving a figure earlier.
    MoveUp,
    /// Button moving a figure later.
    MoveDown,
    /// Button taking a figure out of the headline.
    RemoveFromHeadline,
    /// Label of the figure to add.
    FigureToAdd,
    /// The empty choice of a figure.
    ChooseFigure,
    /// Button adding it.
    AddToHeadline,
    /// Heading of the chart grouping.
    GroupingTitle,
    /// How grouping works.
    GroupingHelp,
    /// Marks a chart the app made.
    MadeByApp,
    /// Before a chart's id.
    ChartId,
    /// Label of the chart a figure is moved to.
    MoveTo,
    /// The choice of a new chart.
    NewChart,
    /// Button moving the figure.
    Move,
    /// Said of a part instead of its move controls.
    MovesWithWhole,
    /// Summary of the rename fields.
    Rename,
    /// Label of the Chinese title.
    ChartTitleZh,
    /// Label of the English title.
    ChartTitleEn,
    /// Button saving the title.
    SaveTitle,
    /// Button removing a chart.
    RemoveChart,
    /// A title without both languages.
    TitleNeeded,
    /// A figure no bars chart draws.
    NotInAChart,
    /// A chart that is gone.
    NoSuchChart,
}

impl ChartsMsg {
    /// The message in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            ChartsMsg::HeadlineTitle => ("主要数据", "Headline figures"),
            ChartsMsg::HeadlineHelp => ("总览页顶部显示的数据及其顺序。", "The figures at the top of the overview, in this order."),
            ChartsMsg::HeadlineProposed => ("现为应用的建议（文件未指定主要数据）；任何修改都会把这份名单写入文件。", "This is the app's proposal (the file names no headline); any change writes the list into the file."),
            ChartsMsg::HeadlineChosen => ("由本文件指定。", "Chosen for this file."),
            ChartsMsg::UseProposal => ("恢复应用的建议", "Back to the app's proposal"),
            ChartsMsg::HeadlineEmpty => ("未选主要数据，总览页将不显示主要数据。", "No figure in the headline: the overview will show none."),
            ChartsMsg::MoveUp => ("上移", "Move up"),
            ChartsMsg::MoveDown => ("下移", "Move down"),
            ChartsMsg::RemoveFromHeadline => ("移出主要数据", "Remove from headline"),
            ChartsMsg::FigureToAdd => ("要加入主要数据的一项", "Figure to add to the headline"),
            ChartsMsg::ChooseFigure => ("（选择数据）", "(choose a figure)"),
            ChartsMsg::AddToHeadline => ("加入主要数据", "Add to headline"),
            ChartsMsg::GroupingTitle => ("图表分组", "Charts: which figures are drawn together"),
            ChartsMsg::GroupingHelp => ("从应用生成的图表开始：可把数据移到另一图表或新图表，修改标题，删除图表（其中的数据回到应用生成的图表）。图表编号一经给出便不再改变，已发布的嵌入和链接继续有效。", "Starting from the charts the app makes: move a figure to another chart or a new one, rename a chart, remove one (its figures go back to the charts the app makes). A chart's id never changes once given, so published embeds and links keep working."),
            ChartsMsg::MadeByApp => ("应用生成", "made by the app"),
            ChartsMsg::ChartId => ("编号：", "id: "),
            ChartsMsg::MoveTo => ("移到", "Move to"),
            ChartsMsg::NewChart => ("（新图表）", "(a new chart)"),
            ChartsMsg::Move => ("移动", "Move"),
            ChartsMsg::MovesWithWhole => ("组成部分：随其总数移动。", "A part: it moves with its whole."),
            ChartsMsg::Rename => ("修改标题", "Rename"),
            ChartsMsg::ChartTitleZh => ("图表标题（中文）", "Chart title (Chinese)"),
            ChartsMsg::ChartTitleEn => ("图表标题（英文）", "Chart title (English)"),
            ChartsMsg::SaveTitle => ("保存标题", "Save title"),
            ChartsMsg::RemoveChart => ("删除图表", "Remove chart"),
            ChartsMsg::TitleNeeded => ("标题须有中文和英文。", "A title needs both Chinese and English."),
            ChartsMsg::NotInAChart => ("这项数据不在条形图中（结对数量随结对关系显示）。", "No bar chart draws this figure (a pairing's count is drawn with the pairing)."),
            ChartsMsg::NoSuchChart => ("没有这个图表。", "There is no such chart."),
        };
        lang.choose(zh, en)
    }
}

/// A kind of quantity, as the refusal to mix kinds names it.
pub fn measure(measure: crate::grouping::Measure, lang: Lang) -> &'static str {
    use crate::grouping::Measure;
    let (zh, en) = match measure {
        Measure::Amount => ("总数或数量", "a total or a count"),
        Measure::Average => ("平均数", "an average"),
        Measure::Rate => ("比率", "a rate"),
        Measure::Change => ("变化（增长）", "a change"),
    };
    lang.choose(zh, en)
}

/// The name of a kind of place, in the details form.
pub fn place_kind(kind: PlaceKind, lang: Lang) -> &'static str {
    let (zh, en) = match kind {
        PlaceKind::Banner => ("旗", "banner"),
        PlaceKind::County => ("县、县级市", "county"),
        PlaceKind::District => ("区", "district"),
        PlaceKind::DevelopmentArea => ("开发区", "development area"),
        PlaceKind::City => ("市", "city"),
        PlaceKind::League => ("盟", "league"),
        PlaceKind::Province => ("省、自治区、直辖市", "province or region"),
        PlaceKind::Township => ("乡、镇、苏木", "township"),
        PlaceKind::Other => ("其他", "other"),
    };
    lang.choose(zh, en)
}

/// Why a grouping change is refused, naming the figures by their labels in `report`.
pub fn refusal(
    refusal: &crate::grouping::Refusal,
    figure: &str,
    report: &report::Report,
    lang: Lang,
) -> String {
    use crate::grouping::Refusal;
    let label = |id: &str| {
        report
            .figure(id)
            .map_or_else(|| id.to_string(), |f| lang.pick(&f.label).to_string())
    };
    match refusal {
        Refusal::NotInAChart => ChartsMsg::NotInAChart.text(lang).into(),
        Refusal::NoSuchChart => ChartsMsg::NoSuchChart.text(lang).into(),
        Refusal::TitleNeeded => ChartsMsg::TitleNeeded.text(lang).into(),
        Refusal::PartStaysWithWhole { whole } => lang.choose(
            format!("“{}”是“{}”的组成部分，只能画在其总数所在的图表中。", label(figure), label(whole)),
            format!("“{}” is a part of “{}”: it is drawn only in its whole's chart.", label(figure), label(whole)),
        ),
        Refusal::KindsMixed { moved, there } => lang.choose(
            format!(
                "“{}”是{}，而这个图表中有{}：平均数、比率和变化不与总数、数量画在同一图表中。",
                label(figure),
                measure(*moved, lang),
                measure(*there, lang)
            ),
            format!(
                "“{}” is {}, and this chart holds {}: averages, rates and changes are never drawn among totals and counts.",
                label(figure),
                measure(*moved, lang),
                measure(*there, lang)
            ),
        ),
    }
}

/// A button's accessible name: what it does, to which figure or chart (`上移：培训人数`).
pub fn action_on(action: ChartsMsg, what: &str, lang: Lang) -> String {
    lang.choose(
        format!("{}：{what}", action.text(lang)),
        format!("{}: {what}", action.text(lang)),
    )
}

/// The name of a report's level, in the details form.
pub fn level(level: Level, lang: Lang) -> &'static str {
    let (zh, en) = match level {
        Level::County => (
            "旗县（受援地自己的报告）",
            "county or banner (the aided place's own)",
        ),
        Level::District => (
            "区（帮扶方关于受援地的报告）",
            "district (the helping side's, on the places it helps)",
        ),
        Level::City => ("市、盟", "city or league"),
        Level::Province => ("省、自治区、直辖市", "province or region"),
        Level::National => ("全国", "national"),
    };
    lang.choose(zh, en)
}
