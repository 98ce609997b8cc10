//! Languages, and a report file's problems in plain words in each (`problems`).

pub mod problems;

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
crate::codes!(Lang {
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
    pub fn pick(self, text: &crate::Localized) -> &str {
        match self {
            Lang::Zh => &text.zh,
            Lang::En => &text.en,
        }
    }
}

/// `1234567` → `1,234,567`: digits grouped as both languages write them.
pub fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
