//! The names of the app's own pages and choices, in either language: above the view state
//! whose enums they name, so the report's and the charts' words (`format`, `messages`) never
//! reach up into it.

use crate::state::{ColorScheme, View};
use report::Lang;

/// The name of a view in the navigation and the page title.
pub fn view(view: View, lang: Lang) -> &'static str {
    let (zh, en) = match view {
        View::Overview => ("概览", "Overview"),
        View::Funds => ("资金", "Funds"),
        View::Projects => ("项目", "Projects"),
        View::Training => ("培训与交流", "Training and exchange"),
        View::Sales => ("消费帮扶", "Sales and markets"),
        View::Outcomes => ("成效", "Outcomes"),
        View::Compare => ("对比", "Compare"),
        View::Source => ("报告原文", "Original text"),
        View::Print => ("打印版报告", "Printable report"),
        View::Edit => ("制作报告数据", "Make a report file"),
    };
    lang.choose(zh, en)
}

/// The name of a colour scheme in its menu.
pub fn color_scheme(scheme: ColorScheme, lang: Lang) -> &'static str {
    let (zh, en) = match scheme {
        ColorScheme::Auto => ("跟随系统", "system"),
        ColorScheme::Light => ("浅色", "light"),
        ColorScheme::Dark => ("深色", "dark"),
    };
    lang.choose(zh, en)
}
