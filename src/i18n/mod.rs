//! Languages, the message catalogue and locale-aware formatting.

pub mod editor;
pub mod format;
pub mod messages;
pub mod money;
pub mod pages;
pub mod problems;

pub use messages::Msg;

/// A language of the app's interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Simplified Chinese, the report's language and the default.
    #[default]
    Zh,
    /// English.
    En,
}

// In the order the switch shows them; the code is `?lang=`'s and `data-lang`'s.
crate::data::codes::codes!(Lang {
    Zh => "zh",
    En => "en",
});

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Chooses between a Chinese and an English value.
    pub fn choose<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Picks the text of this language.
    pub fn pick(self, text: &crate::data::Localized) -> &str {
        match self {
            Lang::Zh => &text.zh,
            Lang::En => &text.en,
        }
    }
}
