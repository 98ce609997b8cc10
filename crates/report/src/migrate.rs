//! Older report files read as the current format: each step turns version N into N + 1, before
//! the shape is checked, so the schema only describes the current version.
//!
//! The steps change only a few small top-level entries ([`TOUCHED`]). [`Migrated`] applies them
//! while the file is parsed, holding just those entries as JSON trees: a large report is never
//! held whole as a tree, which takes several times its text.

use super::model::{PlaceKind, SCHEMA_VERSION};
use super::problem::DataError;
use super::problem::Problem;
use serde::de::{
    self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Map, Value};
use std::fmt;

/// The top-level entries the steps read or change; every other entry passes through as read.
const TOUCHED: [&str; 2] = ["schema_version", "meta"];

/// Brings `root` to [`SCHEMA_VERSION`]. A file without `schema_version` is version 1; a file
/// of a newer version than this app reads is refused, not guessed at. `root` needs only the
/// [`TOUCHED`] entries.
fn migrate(root: &mut Map<String, Value>) -> Result<(), DataError> {
    let version = match root.get("schema_version") {
        None => 1,
        Some(Value::Number(n)) => match n.as_u64() {
            Some(version) => version,
            None => return Ok(()), // The shape check says what is wrong.
        },
        Some(_) => return Ok(()),
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(DataError::new(
            "schema_version",
            Problem::NewerFormat {
                version,
                supported: SCHEMA_VERSION,
            },
        ));
    }
    if version < 2 {
        one_to_two(root);
    }
    if version < 3 {
        two_to_three(root);
    }
    if version < 4 {
        three_to_four(root);
    }
    Ok(())
}

/// Version 4 makes places places: each name of `meta.region` and `meta.partner` gets an id
/// (from its English name, so figures can name it) and the kind its Chinese name's ending
/// says (旗 banner, 县 county, 开发区 development area; `other` when it says none). No
/// administrative code is guessed. Figures name no indicator, part or place until an
/// officer says so.
fn three_to_four(root: &mut Map<String, Value>) {
    if let Some(meta) = root.get_mut("meta").and_then(Value::as_object_mut) {
        let mut taken: Vec<String> = Vec::new();
        for key in ["region", "partner"] {
            let Some(places) = meta.get_mut(key).and_then(Value::as_array_mut) else {
                continue;
            };
            for place in places.iter_mut() {
                let Some(name) = place.as_object().filter(|p| !p.contains_key("name")) else {
                    continue;
                };
                let text = |lang: &str| name.get(lang).and_then(Value::as_str).unwrap_or_default();
                let kind = PlaceKind::of_name(text("zh"));
                let id = new_place_id(text("en"), key, &taken);
                taken.push(id.clone());
                *place = serde_json::json!({
                    "id": id,
                    "name": place.take(),
                    "kind": kind.code(),
                });
            }
        }
    }
    root.insert("schema_version".into(), Value::from(4));
}

/// A `snake_case` place id from an English name (`Baihe Banner` → `baihe_banner`),
/// not among `taken`; `fallback` and a number when the name has no letters.
pub fn new_place_id(name: &str, fallback: &str, taken: &[String]) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let base = match words.join("_") {
        base if base.starts_with(|c: char| c.is_ascii_lowercase()) => base,
        _ => fallback.to_string(),
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}_{n}");
        n += 1;
    }
    id
}

/// Version 3 adds what a report may say (the qualifier `approximate`, the units
/// `yuan_per_month` and `multiple`, periods with an open start) and changes nothing a version
/// 2 file holds.
fn two_to_three(root: &mut Map<String, Value>) {
    root.insert("schema_version".into(), Value::from(3));
}

/// Version 2 lets a report name several regions and partners: single texts become lists.
fn one_to_two(root: &mut Map<String, Value>) {
    if let Some(meta) = root.get_mut("meta").and_then(Value::as_object_mut) {
        for key in ["region", "partner"] {
            if let Some(place) = meta.get_mut(key).filter(|v| v.is_object()) {
                *place = Value::Array(vec![place.take()]);
            }
        }
    }
    root.insert("schema_version".into(), Value::from(2));
}

/// A file read as the current format while it is parsed. Its [`TOUCHED`] entries are held
/// back and handed on last, migrated (the version may come after `meta`); every other entry
/// streams through as read. A file of a newer version is put in `refused` (what it reads as
/// is then meaningless).
pub struct Migrated<'r, D> {
    file: D,
    refused: &'r mut Option<DataError>,
}

impl<'r, D> Migrated<'r, D> {
    /// Reads `file` as the current format.
    pub fn new(file: D, refused: &'r mut Option<DataError>) -> Migrated<'r, D> {
        Migrated { file, refused }
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Migrated<'_, D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.file.deserialize_any(Root {
            visitor,
            refused: self.refused,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

/// Hands the file's root to `visitor`, an object through [`Entries`], anything else as it is
/// (the shape check says what is wrong).
struct Root<'r, V> {
    visitor: V,
    refused: &'r mut Option<DataError>,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Root<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, entries: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(Entries {
            file: entries,
            held: Map::new(),
            migrated: None,
            value: None,
            refused: self.refused,
        })
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        self.visitor.visit_bool(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.visitor.visit_i64(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.visitor.visit_u64(v)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        self.visitor.visit_f64(v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.visitor.visit_str(v)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.visitor.visit_borrowed_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.visitor.visit_string(v)
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, items: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_seq(items)
    }
}

/// The root object's entries: the file's own, but the [`TOUCHED`] ones last and migrated.
struct Entries<'r, A> {
    file: A,
    /// The touched entries read so far (a repeated key keeps its last value, as in a tree).
    held: Map<String, Value>,
    /// The touched entries, migrated, once the file's own have all been handed on.
    migrated: Option<serde_json::map::IntoIter>,
    /// The value of a migrated entry whose key was just handed on.
    value: Option<Value>,
    refused: &'r mut Option<DataError>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Entries<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        while self.migrated.is_none() {
            match self.file.next_key::<String>()? {
                Some(key) if TOUCHED.contains(&key.as_str()) => {
                    let value = self.file.next_value()?;
                    self.held.insert(key, value);
                }
                Some(key) => return seed.deserialize(key.into_deserializer()).map(Some),
                None => {
                    let mut held = std::mem::take(&mut self.held);
                    if let Err(error) = migrate(&mut held) {
                        *self.refused = Some(error);
                    }
                    self.migrated = Some(held.into_iter());
                }
            }
        }
        let Some((key, value)) = self.migrated.as_mut().and_then(Iterator::next) else {
            return Ok(None);
        };
        self.value = Some(value);
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value).map_err(de::Error::custom),
            None => self.file.next_value_seed(seed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    fn migrated(root: Value) -> Map<String, Value> {
        let Value::Object(mut root) = root else {
            panic!("an object")
        };
        migrate(&mut root).unwrap();
        root
    }

    #[test]
    fn version_one_names_one_region_and_partner() {
        let root = migrated(json!({
            "meta": {"region": {"zh": "甲旗", "en": "A"}, "partner": {"zh": "乙区", "en": "B"}}
        }));
        assert_eq!(root["schema_version"], SCHEMA_VERSION);
        assert_eq!(
            root["meta"]["region"],
            json!([{"id": "a", "name": {"zh": "甲旗", "en": "A"}, "kind": "banner"}])
        );
        assert_eq!(root["meta"]["partner"][0]["name"]["en"], "B");
        assert_eq!(root["meta"]["partner"][0]["kind"], "district");
        // Migrating again changes nothing.
        let mut again = root.clone();
        migrate(&mut again).unwrap();
        assert_eq!(again, root);
    }

    /// Version 3 places get ids unique among regions and partners, kinds from their endings
    /// and no code; a place already in the version 4 shape is left as it is.
    #[test]
    fn version_three_places_get_ids_and_kinds() {
        let root = migrated(json!({
            "schema_version": 3,
            "meta": {
                "region": [
                    {"zh": "白河旗（虚构）", "en": "Baihe Banner"},
                    {"zh": "某地", "en": "Baihe Banner"},
                    {"zh": "某县", "en": "县"}
                ],
                "partner": [{"zh": "北京某开发区", "en": "Beijing E-Town"}]
            }
        }));
        let places: Vec<(&str, &str)> = ["region", "partner"]
            .iter()
            .flat_map(|key| root["meta"][key].as_array().unwrap())
            .map(|p| (p["id"].as_str().unwrap(), p["kind"].as_str().unwrap()))
            .collect();
        assert_eq!(
            places,
            [
                ("baihe_banner", "banner"),
                ("baihe_banner_2", "other"),
                ("region", "county"),
                ("beijing_e_town", "development_area")
            ]
        );
        assert!(root["meta"]["region"][0].get("code").is_none());
        assert_eq!(root["schema_version"], 4);
        let current = json!({"id": "x", "name": {"zh": "甲旗", "en": "A"}, "kind": "other"});
        let kept = migrated(json!({"schema_version": 3, "meta": {"region": [current.clone()]}}));
        assert_eq!(kept["meta"]["region"][0], current);
    }

    #[test]
    fn a_newer_file_is_refused() {
        let mut root = Map::new();
        root.insert("schema_version".into(), json!(99));
        let error = migrate(&mut root).unwrap_err();
        assert_eq!(error.location, "schema_version");
    }

    /// Read while parsed, a file comes out as the whole tree migrated would, whatever the
    /// order of its entries.
    #[test]
    fn a_parsed_file_reads_as_its_migrated_tree() {
        let text = r#"{"figures": [{"id": "a"}], "meta": {"region": {"zh": "甲旗", "en": "A"}},
            "original_text": "全文"}"#;
        let mut refused = None;
        let mut file = serde_json::Deserializer::from_str(text);
        let read = Value::deserialize(Migrated::new(&mut file, &mut refused)).unwrap();
        assert!(refused.is_none());
        let whole = migrated(serde_json::from_str(text).unwrap());
        assert_eq!(read, Value::Object(whole));
        // Not an object: passed on as it is.
        let mut file = serde_json::Deserializer::from_str("[1, \"x\"]");
        let read = Value::deserialize(Migrated::new(&mut file, &mut refused)).unwrap();
        assert_eq!(read, json!([1, "x"]));
    }

    #[test]
    fn a_parsed_newer_file_is_refused() {
        let mut refused = None;
        let mut file = serde_json::Deserializer::from_str(r#"{"meta": {}, "schema_version": 5}"#);
        Value::deserialize(Migrated::new(&mut file, &mut refused)).unwrap();
        assert_eq!(refused.unwrap().location, "schema_version");
    }
}
