//! Reading a text aloud (朗读) with the browser's own speech synthesis, offered in care mode.
//! The device speaks it with a voice of the page's language: no audio or text leaves it. When
//! the device has no such voice (or the browser no speech synthesis) the control says so.

use super::context::use_lang;
use charts::i18n::Msg;
use leptos::prelude::*;
use report::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A "read aloud" button for `text`, with a line saying why it cannot when it cannot.
#[component]
pub fn ReadAloud(
    /// What is read.
    #[prop(into)]
    text: Signal<String>,
    /// What it is (a chart's title, a figure's label), for the button's accessible name.
    #[prop(into)]
    what: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    let speaking = RwSignal::new(false);
    let problem: RwSignal<Option<Msg>> = RwSignal::new(None);
    // Browsers load their voices lazily: asking once now makes them ready for the first press.
    Effect::new(move |_| {
        if let Some(synth) = synthesis() {
            let _ = synth.get_voices();
        }
    });
    let press = move |_| {
        if speaking.get_untracked() {
            if let Some(synth) = synthesis() {
                synth.cancel();
            }
            speaking.set(false);
            return;
        }
        match speak(&text.get_untracked(), lang.get_untracked(), speaking) {
            Ok(()) => {
                problem.set(None);
                speaking.set(true);
            }
            Err(msg) => problem.set(Some(msg)),
        }
    };
    let label = move || {
        let lang = lang.get();
        let action = if speaking.get() {
            Msg::StopReading
        } else {
            Msg::ReadAloud
        };
        format!(
            "{}{}{}",
            action.text(lang),
            lang.choose("：", ": "),
            what.get()
        )
    };
    view! {
        <div class="read-aloud">
            <button
                type="button"
                class="tool read-aloud-button"
                data-action="read-aloud"
                aria-label=label
                aria-pressed=move || speaking.get().to_string()
                on:click=press
            >
                {move || if speaking.get() { Msg::StopReading } else { Msg::ReadAloud }.text(lang.get())}
            </button>
            <span class="read-aloud-status" role="status">
                {move || problem.get().map(|msg| msg.text(lang.get()))}
            </span>
        </div>
    }
}

/// The browser's speech synthesis, if it has one.
fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    // Absent in some browsers: look before calling the getter.
    let present = js_sys::Reflect::has(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    present.then(|| window.speech_synthesis().ok()).flatten()
}

/// Says `text` in `lang` with a voice of that language; `speaking` is cleared when it ends.
fn speak(text: &str, lang: Lang, speaking: RwSignal<bool>) -> Result<(), Msg> {
    let synth = synthesis().ok_or(Msg::NoSpeech)?;
    let voice = voice_for(&synth, lang).ok_or(Msg::NoVoice)?;
    let utterance =
        web_sys::SpeechSynthesisUtterance::new_with_text(text).map_err(|_| Msg::NoSpeech)?;
    utterance.set_lang(lang.choose("zh-CN", "en"));
    utterance.set_voice(Some(&voice));
    let done = Closure::<dyn FnMut()>::new(move || speaking.set(false));
    utterance.set_onend(Some(done.as_ref().unchecked_ref()));
    utterance.set_onerror(Some(done.as_ref().unchecked_ref()));
    // One small closure per reading, kept for the utterance's lifetime.
    done.forget();
    synth.cancel();
    synth.speak(&utterance);
    Ok(())
}

/// The device's voice for `lang`: one for mainland Chinese (zh-CN) or any English one, else any
/// Chinese one; the browser's default for the language first.
fn voice_for(
    synth: &web_sys::SpeechSynthesis,
    lang: Lang,
) -> Option<web_sys::SpeechSynthesisVoice> {
    let voices: Vec<web_sys::SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .map(JsCast::unchecked_into)
        .collect();
    let code =
        |voice: &web_sys::SpeechSynthesisVoice| voice.lang().replace('_', "-").to_lowercase();
    let fits: Vec<&web_sys::SpeechSynthesisVoice> = match lang {
        Lang::Zh => {
            let mainland: Vec<_> = voices
                .iter()
                .filter(|v| {
                    matches!(
                        code(v).as_str(),
                        "zh-cn" | "zh-hans-cn" | "cmn-cn" | "cmn-hans-cn"
                    )
                })
                .collect();
            if mainland.is_empty() {
                voices
                    .iter()
                    .filter(|v| code(v).starts_with("zh") || code(v).starts_with("cmn"))
                    .collect()
            } else {
                mainland
            }
        }
        Lang::En => voices
            .iter()
            .filter(|v| code(v).starts_with("en"))
            .collect(),
    };
    fits.iter()
        .find(|v| v.default())
        .or_else(|| fits.first())
        .map(|v| (*v).clone())
}
