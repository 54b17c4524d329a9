//! Typed-town search over the gazetteer: what a person types into the "near which town?" box.
//!
//! Every main and alternate name is folded with [`fold`] (ASCII, lower case, single spaces), so accents, case
//! and punctuation never matter. Two finite-state maps hold the folded keys:
//!
//! - `names`: each whole folded name, for exact, prefix ("tegu" → Tegucigalpa) and one-edit fuzzy matches;
//! - `words`: each suffix of a name that starts at a later word ("haitien" from "cap haitien"), for matches at
//!   a word start inside a name.
//!
//! A key maps to its ordinal. Keys are sorted, so the keys that start with the query form one ordinal range,
//! and because postings (place, which name) are laid out in key order, that range is one contiguous slice of
//! postings. A range-minimum tree over the postings' rank (population, then id, then main before alternate)
//! yields the best postings of a slice in order without visiting the rest, so a one-letter query costs about
//! as much as a long one. Each country has its own postings (and tree) under the same keys, for the filter.
//!
//! Ranking, best first: exact (the whole folded name equals the folded query) > prefix of the whole name >
//! prefix of a later word > one edit away from a whole name (insertion, deletion, substitution or a swap of two
//! neighbouring letters; only for queries of at least [`FUZZY_MIN_CHARS`] characters). Within a tier larger
//! places come first, then lower GeoNames ids; a place appears once, at its best tier, and by its main name
//! when the main name and an alternate match in the same tier.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::fmt;

use api_types::CountryCode;
use fst::{Automaton, IntoStreamer, Map, Streamer};

use super::PlaceRecord;
use crate::domain::text::fold;

/// Alternate names longer than this (in characters) are not indexed: they are descriptions, not names.
const MAX_NAME_CHARS: usize = 60;
/// Shortest folded query (in bytes, which are ASCII characters) that also gets one-edit fuzzy matches; shorter
/// input is one or two letters into a name and fuzzy matches would only be noise.
pub const FUZZY_MIN_CHARS: usize = 4;
/// Longest folded query that gets fuzzy matches: the automaton's state has one bit per query position.
const FUZZY_MAX_CHARS: usize = 64;
/// `Posting::name` for the main name.
const MAIN_NAME: u32 = u32::MAX;

/// A match: the place's position in the gazetteer and the alternate name that matched, if not the main one.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMatch {
    /// Index into the gazetteer's places.
    pub index: u32,
    /// The alternate name that matched, as spelled in the gazetteer (`None` when the main name matched).
    pub matched_name: Option<String>,
}

/// The search structure, built once from the gazetteer's places.
///
/// # Example
/// ```
/// use ruta_server::reference::Gazetteer;
///
/// let gazetteer = Gazetteer::embedded().unwrap();
/// let first = &gazetteer.search("tegusigalpa", None, 5)[0];
/// assert_eq!(first.name, "Tegucigalpa");
/// ```
#[derive(Debug, Default)]
pub struct PlaceSearch {
    /// Whole folded names.
    names: KeyIndex,
    /// Folded name suffixes that start at the second word or later.
    words: KeyIndex,
}

/// One name of one place, under some key.
#[derive(Debug, Clone, Copy)]
struct Posting {
    /// Index into the places.
    place: u32,
    /// Index into the place's alternate names, or [`MAIN_NAME`].
    name: u32,
    /// Sort order within a tier: the place's rank (population descending, then id) times two, plus one for an
    /// alternate name. Smaller is better.
    order: u32,
}

/// Sorted folded keys, with their postings for all places and for each country.
#[derive(Default)]
struct KeyIndex {
    /// Key → ordinal (position in sorted order).
    map: Map<Vec<u8>>,
    all: Postings,
    by_country: HashMap<CountryCode, Postings>,
}

impl fmt::Debug for KeyIndex {
    // fst's own Debug prints every key; the counts are enough.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyIndex")
            .field("keys", &self.map.len())
            .field("postings", &self.all.postings.len())
            .field("countries", &self.by_country.len())
            .finish_non_exhaustive()
    }
}

/// Postings in key order (then by `order` within a key), with the key ordinal of each.
#[derive(Debug, Default)]
struct Postings {
    /// `key_of[i]` is the ordinal of the key of `postings[i]`; ascending.
    key_of: Vec<u32>,
    postings: Vec<Posting>,
    /// Range-minimum tree over `postings[i].order`.
    best: RangeMin,
}

impl Postings {
    fn push(&mut self, key: u32, posting: Posting) {
        self.key_of.push(key);
        self.postings.push(posting);
    }

    fn finish(mut self) -> Self {
        self.best = RangeMin::build(&self.postings);
        self
    }

    /// Positions of the postings whose key ordinal is in `keys`.
    fn of_keys(&self, keys: std::ops::Range<u64>) -> (usize, usize) {
        let bound = |ord: u64| self.key_of.partition_point(|&k| u64::from(k) < ord);
        (bound(keys.start), bound(keys.end))
    }
}

/// An iterative segment tree that finds the position of the smallest `order` in a range of postings (ties go
/// to the lower position, so results are stable).
#[derive(Debug, Default)]
struct RangeMin {
    /// Number of leaves.
    len: usize,
    /// `tree[len + i] = i`; each inner node holds the better position of its two children.
    tree: Vec<u32>,
}

impl RangeMin {
    fn build(postings: &[Posting]) -> Self {
        let len = postings.len();
        let mut tree = vec![0u32; 2 * len];
        for (i, slot) in tree.iter_mut().skip(len).enumerate() {
            *slot = i as u32;
        }
        for node in (1..len).rev() {
            tree[node] = Self::better(postings, tree[2 * node], tree[2 * node + 1]);
        }
        Self { len, tree }
    }

    fn better(postings: &[Posting], a: u32, b: u32) -> u32 {
        let key = |i: u32| (postings.get(i as usize).map_or(u32::MAX, |p| p.order), i);
        if key(b) < key(a) { b } else { a }
    }

    /// Position of the best posting in `start..end`, or `None` for an empty range.
    fn argmin(&self, postings: &[Posting], start: usize, end: usize) -> Option<u32> {
        let end = end.min(self.len);
        if start >= end {
            return None;
        }
        let (mut lo, mut hi) = (start + self.len, end + self.len);
        let mut best: Option<u32> = None;
        let mut consider = |node: usize| {
            if let Some(&candidate) = self.tree.get(node) {
                best = Some(best.map_or(candidate, |b| Self::better(postings, b, candidate)));
            }
        };
        while lo < hi {
            if lo & 1 == 1 {
                consider(lo);
                lo += 1;
            }
            if hi & 1 == 1 {
                hi -= 1;
                consider(hi);
            }
            lo >>= 1;
            hi >>= 1;
        }
        best
    }
}

/// Postings from several ranges of one [`Postings`], best first, found lazily: a heap of sub-ranges keyed by
/// their best posting; taking one splits its range in two.
struct Ranked<'a> {
    postings: &'a Postings,
    /// (order, position, range start, range end).
    heap: BinaryHeap<Reverse<(u32, u32, usize, usize)>>,
}

impl<'a> Ranked<'a> {
    fn new(postings: &'a Postings, key_ranges: impl IntoIterator<Item = std::ops::Range<u64>>) -> Self {
        let mut ranked = Self {
            postings,
            heap: BinaryHeap::new(),
        };
        for keys in key_ranges {
            let (start, end) = postings.of_keys(keys);
            ranked.push(start, end);
        }
        ranked
    }

    fn push(&mut self, start: usize, end: usize) {
        let postings = &self.postings.postings;
        if let Some(pos) = self.postings.best.argmin(postings, start, end)
            && let Some(posting) = postings.get(pos as usize)
        {
            self.heap.push(Reverse((posting.order, pos, start, end)));
        }
    }
}

impl Iterator for Ranked<'_> {
    type Item = Posting;

    fn next(&mut self) -> Option<Posting> {
        let Reverse((_, pos, start, end)) = self.heap.pop()?;
        let pos = pos as usize;
        self.push(start, pos);
        self.push(pos + 1, end);
        self.postings.postings.get(pos).copied()
    }
}

/// Keys at most one edit from a query: one insertion, deletion or substitution, or a swap of two neighbouring
/// letters ("asuncoin" → "asuncion"), i.e. optimal-string-alignment distance ≤ 1.
///
/// fst's own `Levenshtein` automaton was the first choice, but it builds a 4 KiB-per-state DFA for every query
/// (0.1–0.3 ms for a town name, over 1 ms for a long paste) and does not count swaps as one edit. This one is
/// a bit-parallel NFA whose state is three small integers, so the query costs only the walk over the map.
#[derive(Debug)]
struct OneEdit<'q> {
    query: &'q [u8],
    /// For each byte, bit `j` set when `query[j]` is that byte.
    same: [u128; 128],
}

/// Where the automaton may be in the query after the key bytes read so far.
#[derive(Debug, Clone, Copy)]
struct OneEditState {
    /// Query bytes matched exactly, with no edit used yet.
    exact: Option<u8>,
    /// Bit `j`: query bytes `..j` accounted for with the one edit used.
    one: u128,
    /// Half-way through a swap: the key had `query[i + 1]` where the query has `query[i]`; the next key byte
    /// must be `query[i]`.
    swap: Option<u8>,
}

impl<'q> OneEdit<'q> {
    /// `None` when the query is longer than [`FUZZY_MAX_CHARS`] bytes.
    fn new(query: &'q str) -> Option<Self> {
        let query = query.as_bytes();
        if query.len() > FUZZY_MAX_CHARS {
            return None;
        }
        let mut same = [0u128; 128];
        for (j, &byte) in query.iter().enumerate() {
            if let Some(mask) = same.get_mut(usize::from(byte)) {
                *mask |= 1 << j;
            }
        }
        Some(Self { query, same })
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.query.get(i).copied()
    }

    /// Adds what is reachable without reading: deleting the next query byte uses the edit.
    fn close(&self, mut state: OneEditState) -> OneEditState {
        if let Some(i) = state.exact
            && usize::from(i) < self.query.len()
        {
            state.one |= 1 << (i + 1);
        }
        state
    }
}

impl Automaton for OneEdit<'_> {
    type State = OneEditState;

    fn start(&self) -> OneEditState {
        self.close(OneEditState {
            exact: Some(0),
            one: 0,
            swap: None,
        })
    }

    fn is_match(&self, state: &OneEditState) -> bool {
        let end = self.query.len();
        state.exact.is_some_and(|i| usize::from(i) == end) || state.one & (1 << end) != 0
    }

    fn can_match(&self, state: &OneEditState) -> bool {
        state.exact.is_some() || state.one != 0 || state.swap.is_some()
    }

    fn accept(&self, state: &OneEditState, byte: u8) -> OneEditState {
        let same = self.same.get(usize::from(byte)).copied().unwrap_or(0);
        let mut next = OneEditState {
            exact: None,
            one: (state.one & same) << 1,
            swap: None,
        };
        if let Some(i) = state.swap
            && self.byte(usize::from(i)) == Some(byte)
        {
            next.one |= 1 << (i + 2);
        }
        if let Some(i) = state.exact {
            let at = self.byte(usize::from(i));
            if at == Some(byte) {
                next.exact = Some(i + 1);
            } else {
                if at.is_some() {
                    next.one |= 1 << (i + 1); // substitution
                }
                if self.byte(usize::from(i) + 1) == Some(byte) {
                    next.swap = Some(i);
                }
            }
            next.one |= 1 << i; // insertion of `byte`
        }
        self.close(next)
    }
}

impl KeyIndex {
    /// Builds from `(key, posting, country)` entries sorted by key then order, no place twice under one key.
    fn build(entries: &[Entry], key_of: impl Fn(&Entry) -> &str) -> Self {
        let mut keys: Vec<&str> = Vec::new();
        let mut all = Postings::default();
        let mut by_country: HashMap<CountryCode, Postings> = HashMap::new();
        for entry in entries {
            let key = key_of(entry);
            if keys.last() != Some(&key) {
                keys.push(key);
            }
            let ord = keys.len().saturating_sub(1) as u32;
            all.push(ord, entry.posting);
            by_country
                .entry(entry.country)
                .or_default()
                .push(ord, entry.posting);
        }
        let map = match Map::from_iter(keys.iter().enumerate().map(|(ord, key)| (*key, ord as u64))) {
            Ok(map) => map,
            Err(error) => {
                // Only possible if the keys were not sorted and distinct, which the caller guarantees; search
                // then finds nothing rather than taking the server down.
                tracing::error!(%error, "place search index could not be built");
                return Self::default();
            }
        };
        let by_country = by_country
            .into_iter()
            .map(|(country, p)| (country, p.finish()))
            .collect();
        Self {
            map,
            all: all.finish(),
            by_country,
        }
    }

    /// The postings to search: all, or one country's (`None` for a country without places).
    fn postings(&self, country: Option<CountryCode>) -> Option<&Postings> {
        match country {
            None => Some(&self.all),
            Some(country) => self.by_country.get(&country),
        }
    }

    /// Ordinal of the key `key`.
    fn ordinal(&self, key: &str) -> Option<u64> {
        self.map.get(key)
    }

    /// Ordinal of the first key not below `key`, or the number of keys.
    fn lower_bound(&self, key: &[u8]) -> u64 {
        let mut stream = self.map.range().ge(key).into_stream();
        match stream.next() {
            Some((_, ord)) => ord,
            None => self.map.len() as u64,
        }
    }

    /// Ordinals of every key that starts with `prefix`; without the key equal to `prefix` when `skip_equal`.
    fn keys_with_prefix(&self, prefix: &str, skip_equal: bool) -> std::ops::Range<u64> {
        let mut lo = self.lower_bound(prefix.as_bytes());
        if skip_equal && self.ordinal(prefix).is_some() {
            lo += 1;
        }
        // Keys are ASCII, so every key with this prefix sorts below the prefix followed by 0xFF.
        let mut upper = Vec::with_capacity(prefix.len() + 1);
        upper.extend_from_slice(prefix.as_bytes());
        upper.push(0xFF);
        let hi = self.lower_bound(&upper).max(lo);
        lo..hi
    }

    /// Ordinals of every key one edit away from `query` (not `query` itself).
    fn keys_one_edit_away(&self, query: &str) -> Vec<std::ops::Range<u64>> {
        let Some(automaton) = OneEdit::new(query) else {
            return Vec::new();
        };
        let exact = self.ordinal(query);
        let mut keys = Vec::new();
        let mut stream = self.map.search(&automaton).into_stream();
        while let Some((_, ord)) = stream.next() {
            if Some(ord) != exact {
                keys.push(ord..ord + 1);
            }
        }
        keys
    }
}

/// The results so far: each place once, at most `limit`.
struct Results<'p> {
    places: &'p [PlaceRecord],
    limit: usize,
    seen: HashSet<u32>,
    matches: Vec<PlaceMatch>,
}

impl Results<'_> {
    fn is_full(&self) -> bool {
        self.matches.len() >= self.limit
    }

    /// Adds postings in the order given, skipping places already in, until full.
    fn extend(&mut self, postings: impl Iterator<Item = Posting>) {
        for posting in postings {
            if self.is_full() {
                return;
            }
            if !self.seen.insert(posting.place) {
                continue;
            }
            let matched_name = if posting.name == MAIN_NAME {
                None
            } else {
                self.places
                    .get(posting.place as usize)
                    .and_then(|p| p.alternate_names.get(posting.name as usize))
                    .cloned()
            };
            self.matches.push(PlaceMatch {
                index: posting.place,
                matched_name,
            });
        }
    }
}

/// One folded name of one place.
struct Entry {
    /// The whole folded name.
    key: String,
    /// For a word-start entry, the byte where the word starts in `key`; 0 for a whole name.
    from: usize,
    country: CountryCode,
    posting: Posting,
}

impl Entry {
    fn key(&self) -> &str {
        self.key.get(self.from..).unwrap_or_default()
    }
}

/// Sorts by key then order and keeps one posting per (key, place): the best, so the main name when it folds
/// like an alternate.
fn sort_entries(entries: &mut Vec<Entry>) {
    entries.sort_unstable_by(|a, b| (a.key(), a.posting.order).cmp(&(b.key(), b.posting.order)));
    entries.dedup_by(|later, earlier| {
        later.key() == earlier.key() && later.posting.place == earlier.posting.place
    });
}

impl PlaceSearch {
    /// Builds the indexes for `places` (once, at start). `search` must later be given the same slice.
    pub fn build(places: &[PlaceRecord]) -> Self {
        // Rank: population descending, then id.
        let mut by_rank: Vec<usize> = (0..places.len()).collect();
        by_rank.sort_unstable_by_key(|&i| places.get(i).map(|p| (Reverse(p.population), p.id)));
        let mut rank = vec![0u32; places.len()];
        for (r, &i) in by_rank.iter().enumerate() {
            if let Some(slot) = rank.get_mut(i) {
                *slot = r as u32;
            }
        }

        let mut names: Vec<Entry> = Vec::with_capacity(places.len() * 2);
        let mut words: Vec<Entry> = Vec::with_capacity(places.len() * 2);
        for ((place, record), &place_rank) in places.iter().enumerate().zip(&rank) {
            let main = std::iter::once((MAIN_NAME, record.name.as_str()));
            let alternates = record
                .alternate_names
                .iter()
                .enumerate()
                .filter(|(_, n)| n.chars().count() <= MAX_NAME_CHARS)
                .map(|(i, n)| (i as u32, n.as_str()));
            for (name, text) in main.chain(alternates) {
                let key = fold(text);
                if key.is_empty() {
                    continue;
                }
                let order = place_rank * 2 + u32::from(name != MAIN_NAME);
                let posting = Posting {
                    place: place as u32,
                    name,
                    order,
                };
                let country = record.country;
                for (at, _) in key.match_indices(' ') {
                    words.push(Entry {
                        key: key.clone(),
                        from: at + 1,
                        country,
                        posting,
                    });
                }
                names.push(Entry {
                    key,
                    from: 0,
                    country,
                    posting,
                });
            }
        }
        sort_entries(&mut names);
        sort_entries(&mut words);
        Self {
            names: KeyIndex::build(&names, Entry::key),
            words: KeyIndex::build(&words, Entry::key),
        }
    }

    /// Places matching `query`, best first, at most `limit`, only in `country` when given. `places` must be
    /// the slice the structure was built from. See the module documentation for the ranking.
    pub fn search(
        &self,
        query: &str,
        country: Option<CountryCode>,
        limit: usize,
        places: &[PlaceRecord],
    ) -> Vec<PlaceMatch> {
        let query = fold(query);
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let (Some(names), Some(words)) = (self.names.postings(country), self.words.postings(country)) else {
            return Vec::new();
        };
        let mut results = Results {
            places,
            limit,
            seen: HashSet::new(),
            matches: Vec::with_capacity(limit.min(64)),
        };

        let exact = self.names.ordinal(&query).map(|ord| ord..ord + 1);
        results.extend(Ranked::new(names, exact));
        if !results.is_full() {
            // The exact key's places are all in already.
            results.extend(Ranked::new(names, [self.names.keys_with_prefix(&query, true)]));
        }
        if !results.is_full() {
            results.extend(Ranked::new(words, [self.words.keys_with_prefix(&query, false)]));
        }
        if !results.is_full() && query.len() >= FUZZY_MIN_CHARS {
            results.extend(Ranked::new(names, self.names.keys_one_edit_away(&query)));
        }
        results.matches
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;
    use crate::reference::Gazetteer;

    /// Built once for all tests (a debug build takes a while).
    fn gazetteer() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| match Gazetteer::embedded() {
            Ok(g) => g,
            Err(e) => panic!("embedded gazetteer: {e}"),
        })
    }

    fn country(code: &str) -> CountryCode {
        match CountryCode::parse(code) {
            Ok(c) => c,
            Err(e) => panic!("{code}: {e}"),
        }
    }

    /// (name, country, matched name) of each result.
    fn search(
        g: &Gazetteer,
        query: &str,
        country: Option<&str>,
        limit: usize,
    ) -> Vec<(String, String, Option<String>)> {
        g.search(query, country.map(self::country), limit)
            .into_iter()
            .map(|p| (p.name, p.country.as_str().to_owned(), p.matched_name))
            .collect()
    }

    fn first(g: &Gazetteer, query: &str) -> (String, String, Option<String>) {
        match search(g, query, None, 10).into_iter().next() {
            Some(hit) => hit,
            None => panic!("nothing found for {query:?}"),
        }
    }

    fn names(g: &Gazetteer, query: &str, country: Option<&str>, limit: usize) -> Vec<String> {
        search(g, query, country, limit)
            .into_iter()
            .map(|(name, _, _)| name)
            .collect()
    }

    #[test]
    fn case_and_accents_do_not_matter() {
        let g = gazetteer();
        for query in ["tegucigalpa", "TEGUCIGALPA", "Tegucígalpa", "  tegucigalpa "] {
            assert_eq!(
                first(g, query),
                ("Tegucigalpa".into(), "HN".into(), None),
                "{query}"
            );
        }
        let (name, country, matched) = first(g, "cap haitien");
        assert_eq!(
            (name.as_str(), country.as_str(), matched),
            ("Cap-Haïtien", "HT", None)
        );
    }

    #[test]
    fn an_alternate_name_finds_the_place_and_is_reported_as_spelled() {
        let g = gazetteer();
        let (name, country, matched) = first(g, "okap");
        assert_eq!((name.as_str(), country.as_str()), ("Cap-Haïtien", "HT"));
        assert_eq!(matched.as_deref(), Some("Okap"));
    }

    #[test]
    fn typing_the_start_of_a_name_finds_it() {
        let g = gazetteer();
        assert_eq!(first(g, "tegu").0, "Tegucigalpa");
        assert_eq!(first(g, "port au").0, "Port-au-Prince");
        assert_eq!(first(g, "Port-au-").0, "Port-au-Prince");
    }

    #[test]
    fn prefix_matches_come_largest_first() {
        let g = gazetteer();
        let hits = g.search("san", None, 20);
        assert_eq!(hits.len(), 20);
        for pair in hits.windows(2) {
            assert!(
                pair[0].population >= pair[1].population,
                "{} before {}",
                pair[0].name,
                pair[1].name
            );
        }
    }

    #[test]
    fn a_word_inside_a_name_matches_below_names_that_start_with_it() {
        let g = gazetteer();
        let hits = search(g, "haitien", None, 50);
        assert!(
            hits.iter().any(|(n, c, _)| n == "Cap-Haïtien" && c == "HT"),
            "{hits:?}"
        );

        // "prince" starts some names and is a later word of Port-au-Prince, the largest of them all.
        let hits = g.search("prince", None, 200);
        let port_au_prince = hits.iter().position(|p| p.name == "Port-au-Prince");
        let Some(port_au_prince) = port_au_prince else {
            panic!("Port-au-Prince not found")
        };
        assert!(port_au_prince > 0);
        for hit in &hits[..port_au_prince] {
            let starts = fold(&hit.name).starts_with("prince")
                || hit
                    .matched_name
                    .as_deref()
                    .is_some_and(|n| fold(n).starts_with("prince"));
            assert!(
                starts,
                "{} ranked above Port-au-Prince without starting with prince",
                hit.name
            );
        }
    }

    #[test]
    fn one_typo_still_finds_the_town() {
        let g = gazetteer();
        assert_eq!(first(g, "tegusigalpa").0, "Tegucigalpa"); // an alternate spelling, in fact
        assert_eq!(first(g, "tegucigalpe").0, "Tegucigalpa"); // substitution
        assert_eq!(first(g, "tegucigalpaa").0, "Tegucigalpa"); // insertion
        assert_eq!(first(g, "tegucgalpa").0, "Tegucigalpa"); // deletion
        assert_eq!(first(g, "asuncin").0, "Asunción"); // deletion
        assert_eq!(first(g, "asuncoin").0, "Asunción"); // swap of neighbours
        assert_eq!(first(g, "Asunsión").0, "Asunción");
    }

    #[test]
    fn two_typos_or_short_queries_are_not_fuzzy() {
        let g = gazetteer();
        assert!(
            names(g, "tegucixalpq", None, 10)
                .iter()
                .all(|n| n != "Tegucigalpa")
        );
        // "lma" is one deletion from "lima" but too short to be corrected.
        assert!(names(g, "lma", None, 50).iter().all(|n| n != "Lima"));
    }

    #[test]
    fn exact_beats_prefix_beats_word_start_beats_fuzzy() {
        let g = gazetteer();
        // "Lima" exactly, before the larger places whose names only start with "lima" or contain it.
        assert_eq!(first(g, "lima").0, "Lima");
        let hits = search(g, "lima", None, 500);
        let tier = |(name, _, matched): &(String, String, Option<String>)| {
            let folded = fold(matched.as_deref().unwrap_or(name));
            if folded == "lima" {
                0
            } else if folded.starts_with("lima") {
                1
            } else if folded.split(' ').skip(1).any(|w| w.starts_with("lima")) || folded.contains(" lima") {
                2
            } else {
                3
            }
        };
        let tiers: Vec<u8> = hits.iter().map(tier).collect();
        assert!(tiers.windows(2).all(|w| w[0] <= w[1]), "{tiers:?}");
        assert!(tiers.contains(&3), "some fuzzy match for lima expected");
    }

    #[test]
    fn main_name_is_preferred_to_an_alternate_in_the_same_tier() {
        let g = gazetteer();
        // Both "Tegucigalpa" and its alternates start with "tegu"; the main name is the one reported.
        assert_eq!(first(g, "tegu").2, None);
        assert_eq!(first(g, "tegucigalpa").2, None);
    }

    #[test]
    fn each_place_appears_once() {
        let g = gazetteer();
        for query in ["san", "port", "santa maria", "ciudad", "tegucigalpa", "lima"] {
            let hits = g.search(query, None, 300);
            let mut ids: Vec<u32> = hits.iter().map(|p| p.id).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), hits.len(), "{query}");
        }
    }

    #[test]
    fn country_filter_keeps_only_that_country() {
        let g = gazetteer();
        let hits = search(g, "san jose", Some("CR"), 20);
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|(_, c, _)| c == "CR"), "{hits:?}");
        assert_eq!(hits[0].0, "San José");
        assert!(
            search(g, "tegucigalpa", Some("GT"), 10)
                .iter()
                .all(|(n, _, _)| n != "Tegucigalpa")
        );
        assert_eq!(first_in(g, "tegusigalpa", "HN"), "Tegucigalpa");
    }

    fn first_in(g: &Gazetteer, query: &str, code: &str) -> String {
        match names(g, query, Some(code), 5).into_iter().next() {
            Some(name) => name,
            None => panic!("nothing for {query:?} in {code}"),
        }
    }

    #[test]
    fn many_places_with_one_name_come_largest_first_then_by_id() {
        let g = gazetteer();
        let hits = g.search("san jose", None, 1000);
        let exact: Vec<_> = hits
            .iter()
            .take_while(|p| fold(p.matched_name.as_deref().unwrap_or(&p.name)) == "san jose")
            .collect();
        assert!(
            exact.iter().filter(|p| p.matched_name.is_none()).count() > 5,
            "expected many San José"
        );
        for pair in exact.windows(2) {
            assert!((Reverse(pair[0].population), pair[0].id) < (Reverse(pair[1].population), pair[1].id));
        }
    }

    #[test]
    fn limit_is_respected_and_blank_queries_find_nothing() {
        let g = gazetteer();
        assert_eq!(g.search("s", None, 7).len(), 7);
        assert!(g.search("s", None, 0).is_empty());
        assert!(g.search("", None, 10).is_empty());
        assert!(g.search("   \t ", None, 10).is_empty());
        assert!(g.search("--", None, 10).is_empty());
        assert!(g.search("zzzzzzzzqx", None, 10).is_empty());
    }

    #[test]
    fn results_are_the_same_every_time() {
        let g = gazetteer();
        assert_eq!(g.search("santa", None, 50), g.search("santa", None, 50));
    }

    /// Optimal-string-alignment distance, the slow way.
    fn osa(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn the_one_edit_automaton_agrees_with_edit_distance_over_every_key() {
        let search = PlaceSearch::build(gazetteer().places());
        let index = &search.names;
        let mut keys = Vec::new();
        let mut stream = index.map.stream();
        while let Some((key, _)) = stream.next() {
            keys.push(key.to_vec());
        }
        for query in [
            "lima",
            "asuncoin",
            "tegucigalpe",
            "san jose",
            "sna jose",
            "ita",
            "aa",
            "bogota",
            "guatemal",
            "leon",
        ] {
            let Some(automaton) = OneEdit::new(query) else {
                panic!("{query} is short")
            };
            let mut found = Vec::new();
            let mut stream = index.map.search(&automaton).into_stream();
            while let Some((key, _)) = stream.next() {
                found.push(key.to_vec());
            }
            let expected: Vec<Vec<u8>> = keys
                .iter()
                .filter(|k| osa(query.as_bytes(), k) <= 1)
                .cloned()
                .collect();
            assert_eq!(found, expected, "{query}");
            assert!(!found.is_empty(), "{query}");
        }
    }

    #[test]
    fn an_empty_gazetteer_finds_nothing() {
        let search = PlaceSearch::build(&[]);
        assert!(search.search("lima", None, 10, &[]).is_empty());
        assert!(PlaceSearch::default().search("lima", None, 10, &[]).is_empty());
    }
}
