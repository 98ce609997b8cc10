//! The editor's proposals from the command line, for authoring many reports at once and for
//! the report card (native only, never in the wasm):
//! - `author propose FILE`: FILE is a report whose `figures` may hold bare selections,
//!   `{"source": "…"}` (with `"value"` to choose among the quote's numbers); each becomes the
//!   figure the editor's form proposes for that selection, in order, after the figures before
//!   it. The result goes to standard output, to be corrected by hand and checked.
//! - `author card FILE…`: replays every stated figure of each finished report as the editor's
//!   form would propose it, and names each field the proposal got wrong.

use authoring::draft::{propose_figure, FigureFields};
use authoring::report_card::{self, Field};
use report::{validate, Figure, Report};
use serde_json::Value;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.split_first() {
        Some((mode, files)) if mode == "propose" && files.len() == 1 => propose(&files[0]),
        Some((mode, files)) if mode == "card" && !files.is_empty() => card(files),
        _ => Err("usage: author propose FILE | author card FILE…".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("author: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn propose(path: &str) -> Result<(), String> {
    let mut file: Value = serde_json::from_str(&read(path)?).map_err(|e| e.to_string())?;
    let entries = file
        .get_mut("figures")
        .and_then(Value::as_array_mut)
        .map(std::mem::take)
        .unwrap_or_default();
    let mut draft: Report =
        validate::read_unchecked(&file.to_string()).map_err(|e| format!("{path}: {e:?}"))?;
    let text = draft
        .original_text
        .clone()
        .ok_or("the file has no original_text")?;
    for entry in entries {
        let bare = entry.as_object().is_some_and(|o| {
            o.keys().all(|k| k == "source" || k == "value") && o.contains_key("source")
        });
        if !bare {
            let figure: Figure = serde_json::from_value(entry).map_err(|e| e.to_string())?;
            draft.figures.push(figure);
            continue;
        }
        let quote = entry["source"].as_str().unwrap_or_default();
        let at = text
            .find(quote)
            .ok_or_else(|| format!("not in the text: {quote}"))?;
        let selection = at..at + quote.len();
        let mut proposal = propose_figure(&draft, selection.clone(), None);
        if let Some(value) = entry.get("value").and_then(Value::as_f64) {
            if let Some(phrase) = proposal.phrases.iter().find(|p| p.value == value) {
                let number = phrase.range.clone();
                proposal = propose_figure(&draft, selection, Some(number));
            }
        }
        let fields = proposal.fields;
        let figure = figure_of(&fields, quote);
        draft.figures.push(figure);
    }
    let json = serde_json::to_string_pretty(&draft).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

/// The figure the form's fields make, with the quote as its source (no English label yet).
fn figure_of(fields: &FigureFields, quote: &str) -> Figure {
    let mut figure: Figure = serde_json::from_value(serde_json::json!({
        "id": if fields.id.is_empty() { "todo" } else { fields.id.as_str() },
        "value": fields.value.parse::<f64>().unwrap_or(0.0),
        "unit": fields.unit,
        "qualifier": fields.qualifier,
        "period": (!fields.period.is_empty()).then_some(&fields.period),
        "theme": fields.theme,
        "label": { "zh": fields.label_zh, "en": "" },
        "source": quote,
    }))
    .expect("the form's fields make a figure");
    let some = |s: &String| (!s.is_empty()).then(|| s.clone());
    figure.counter = some(&fields.counter);
    figure.indicator = some(&fields.indicator);
    figure.part_of = some(&fields.part_of);
    figure.place = fields.place.clone();
    figure
}

fn card(paths: &[String]) -> Result<(), String> {
    for path in paths {
        let report =
            validate::load(&read(path)?, None).map_err(|errors| format!("{path}: {errors:?}"))?;
        let card = report_card::replay(&report).ok_or_else(|| format!("{path}: no text"))?;
        println!(
            "{path}: {} figures, {} actions",
            card.trials.len(),
            card.actions()
        );
        for field in Field::ALL {
            println!(
                "  {:<13} {}/{}",
                field.name(),
                card.right(field),
                card.trials.len()
            );
        }
        for trial in card.trials.iter().filter(|t| !t.wrong.is_empty()) {
            let figure = report.figure(&trial.id).expect("replayed from the report");
            let made = FigureFields::of(figure);
            let wrong: Vec<String> = trial
                .wrong
                .iter()
                .map(|field| {
                    format!(
                        "{}: proposed {:?}, made {:?}",
                        field.name(),
                        field.shown(&trial.proposed),
                        field.shown(&made)
                    )
                })
                .collect();
            println!(
                "  {} «{}»",
                trial.id,
                figure.source.as_deref().unwrap_or_default()
            );
            for line in wrong {
                println!("      {line}");
            }
        }
    }
    Ok(())
}
