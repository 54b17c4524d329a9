//! The in-memory spatial index: an rstar R-tree of points on the unit sphere whose envelopes also carry the
//! union of their services' facet bits.
//!
//! Why this shape:
//! - Points on the unit sphere make the tree's Euclidean order the great-circle order, so "nearest" is exact
//!   anywhere, including across the antimeridian (plain lat/lon degrees in an R-tree are not).
//! - Each envelope carries the OR of the facet masks below it. The nearest-neighbour walk is best-first over the
//!   tree's nodes and skips every subtree whose mask cannot satisfy the query, so a rare kind + rare language does
//!   not turn into a scan of everything nearer that does not match.
//! - Points are stored as `f32` in the tree (24-byte leaves) to halve memory; the tree only orders candidates.
//!   Every candidate's distance is then computed exactly (haversine on the `f64` coordinates), and the walk keeps
//!   going while a node could still hold something nearer than the k-th result, with a slack that covers the
//!   `f32` rounding. Results are therefore identical to a brute-force haversine scan (checked by a property test).
//! - Two trees: a bulk-loaded base and a small delta that takes in-place inserts. rstar's bulk load can leave
//!   leaves at different depths, and a later `insert` into such a tree panics ("This is a bug in rstar", georust/rstar
//!   PR #239), so the base is never inserted into: a change tombstones the old base leaf, goes into the delta, and
//!   when the delta grows past an eighth of the base both are rebuilt by one bulk load.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};

use api_types::LatLon;
use rstar::{AABB, Envelope, Point as _, RTree, RTreeNode, RTreeObject};
use uuid::Uuid;

use super::{EARTH_RADIUS_M, FacetMask, chord_to_m, distance_m, unit_vector};

/// Metres added to every lower bound so that `f32` rounding of the tree's points (≤ 1 m on the Earth) can never
/// prune a node that holds a true result.
const SLACK_M: f64 = 5.0;

/// A leaf of the tree: where a service is (as `f32` on the unit sphere), its slot and its facet bits.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Entry {
    xyz: [f32; 3],
    slot: u32,
    mask: u64,
}

/// An axis-aligned box on the unit sphere plus the OR of the facet masks of everything inside.
#[derive(Debug, Clone, Copy, PartialEq)]
struct MaskedEnvelope {
    aabb: AABB<[f32; 3]>,
    mask: u64,
}

impl Envelope for MaskedEnvelope {
    type Point = [f32; 3];

    fn new_empty() -> Self {
        Self {
            aabb: AABB::new_empty(),
            mask: 0,
        }
    }
    fn contains_point(&self, point: &[f32; 3]) -> bool {
        self.aabb.contains_point(point)
    }
    fn contains_envelope(&self, other: &Self) -> bool {
        self.aabb.contains_envelope(&other.aabb) && (self.mask & other.mask) == other.mask
    }
    fn merge(&mut self, other: &Self) {
        self.aabb.merge(&other.aabb);
        self.mask |= other.mask;
    }
    fn merged(&self, other: &Self) -> Self {
        Self {
            aabb: self.aabb.merged(&other.aabb),
            mask: self.mask | other.mask,
        }
    }
    fn intersects(&self, other: &Self) -> bool {
        self.aabb.intersects(&other.aabb)
    }
    fn intersection_area(&self, other: &Self) -> f32 {
        self.aabb.intersection_area(&other.aabb)
    }
    fn area(&self) -> f32 {
        self.aabb.area()
    }
    fn distance_2(&self, point: &[f32; 3]) -> f32 {
        self.aabb.distance_2(point)
    }
    fn min_max_dist_2(&self, point: &[f32; 3]) -> f32 {
        self.aabb.min_max_dist_2(point)
    }
    fn center(&self) -> [f32; 3] {
        self.aabb.center()
    }
    fn perimeter_value(&self) -> f32 {
        self.aabb.perimeter_value()
    }
    fn sort_envelopes<T: RTreeObject<Envelope = Self>>(axis: usize, envelopes: &mut [T]) {
        envelopes.sort_unstable_by(|l, r| lower(l, axis).total_cmp(&lower(r, axis)));
    }
    fn partition_envelopes<T: RTreeObject<Envelope = Self>>(
        axis: usize,
        envelopes: &mut [T],
        selection: usize,
    ) {
        if selection < envelopes.len() {
            envelopes.select_nth_unstable_by(selection, |l, r| lower(l, axis).total_cmp(&lower(r, axis)));
        }
    }
}

fn lower<T: RTreeObject<Envelope = MaskedEnvelope>>(t: &T, axis: usize) -> f32 {
    t.envelope().aabb.lower().nth(axis)
}

impl RTreeObject for Entry {
    type Envelope = MaskedEnvelope;
    fn envelope(&self) -> MaskedEnvelope {
        MaskedEnvelope {
            aabb: AABB::from_point(self.xyz),
            mask: self.mask,
        }
    }
}

fn squared_distance(a: [f32; 3], b: [f32; 3]) -> f32 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)
}

/// The chord of the unit sphere for a great-circle distance in metres (2 when it reaches the antipode).
fn m_to_chord(distance_m: f64) -> f64 {
    let half_angle = distance_m / EARTH_RADIUS_M / 2.0;
    if half_angle >= std::f64::consts::FRAC_PI_2 {
        2.0
    } else {
        2.0 * half_angle.sin()
    }
}

fn to_f32(p: LatLon) -> [f32; 3] {
    let [x, y, z] = unit_vector(p);
    [x as f32, y as f32, z as f32]
}

/// One point of a thing to index. A thing at several places (a service with branches) is several items with
/// the same id: a search answers it once, at its nearest point that matches.
#[derive(Debug, Clone)]
pub struct IndexItem<T> {
    /// Stable id (the service id); ties in distance are broken by it.
    pub id: Uuid,
    /// Where it is as the public may know it (the coarse area for a confidential service).
    pub point: LatLon,
    /// Its facets as bits, which every clause of a [`Query`] must share one of.
    pub mask: FacetMask,
    /// What the caller wants back with each hit.
    pub payload: T,
}

#[derive(Debug)]
struct Slot<T> {
    /// The live entry is in the base tree (else in the delta). A base leaf whose slot says otherwise is a
    /// tombstone and is skipped.
    in_base: bool,
    id: Uuid,
    /// The id has other points too, so a search must keep only its nearest.
    shared: bool,
    point: LatLon,
    mask: FacetMask,
    payload: T,
}

/// What to look for. Every clause must share a bit with a service's mask (AND across clauses); the bits inside a
/// clause are alternatives (OR), e.g. `[shelter|legal, qu]` = "(shelter or legal) and speaks Quechua".
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Facet clauses; empty matches everything.
    pub clauses: Vec<FacetMask>,
    /// Search radius in metres.
    pub radius_m: f64,
    /// How many results at most.
    pub limit: usize,
}

impl Query {
    fn admits(&self, mask: u64) -> bool {
        self.clauses.iter().all(|c| c.0 & mask != 0)
    }
}

/// A result: the id, the exact great-circle distance from the origin in metres, and the payload.
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a, T> {
    /// The item's id.
    pub id: Uuid,
    /// Where it is.
    pub point: LatLon,
    /// Haversine distance from the origin, metres.
    pub distance_m: f64,
    /// The caller's payload.
    pub payload: &'a T,
}

/// A max-heap entry of the current best results (the worst on top).
struct Best {
    distance_m: f64,
    id: Uuid,
    slot: u32,
    /// The id has other points, which may already be among the results.
    shared: bool,
}

impl Best {
    fn key(&self) -> (f64, Uuid) {
        (self.distance_m, self.id)
    }
}

impl PartialEq for Best {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Best {}
impl PartialOrd for Best {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Best {
    fn cmp(&self, other: &Self) -> Ordering {
        self.distance_m
            .total_cmp(&other.distance_m)
            .then(self.id.cmp(&other.id))
    }
}

/// A node waiting in the best-first walk, ordered by its lower-bound distance (squared chord, `f32`).
struct Pending<'t> {
    lower_bound_2: f32,
    node: &'t RTreeNode<Entry>,
    in_base: bool,
}

impl PartialEq for Pending<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.lower_bound_2.total_cmp(&other.lower_bound_2) == Ordering::Equal
    }
}
impl Eq for Pending<'_> {}
impl PartialOrd for Pending<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Pending<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.lower_bound_2.total_cmp(&other.lower_bound_2)
    }
}

/// The spatial index: nearest-first search with facet filters, updated in place.
///
/// # Example
/// ```
/// use api_types::{LatLon, ServiceKind};
/// use ruta_server::geo::{FacetMask, IndexItem, Query, SpatialIndex};
/// use uuid::Uuid;
///
/// let shelter = FacetMask::kind(ServiceKind::Shelter);
/// let legal = FacetMask::kind(ServiceKind::Legal);
/// let items = vec![
///     IndexItem { id: Uuid::from_u128(1), point: LatLon::new(14.08, -87.20).unwrap(), mask: legal, payload: "near, legal" },
///     IndexItem { id: Uuid::from_u128(2), point: LatLon::new(14.30, -87.20).unwrap(), mask: shelter, payload: "far, shelter" },
/// ];
/// let index = SpatialIndex::bulk_load(items);
/// let here = LatLon::new(14.07, -87.20).unwrap();
/// let query = Query { clauses: vec![shelter], radius_m: 50_000.0, limit: 10 };
/// let hits = index.nearest(here, &query, |_| true);
/// assert_eq!(hits.len(), 1);
/// assert_eq!(*hits[0].payload, "far, shelter");
/// assert!((hits[0].distance_m - 25_575.0).abs() < 100.0);
/// ```
#[derive(Debug)]
pub struct SpatialIndex<T> {
    base: RTree<Entry>,
    delta: RTree<Entry>,
    slots: Vec<Option<Slot<T>>>,
    free: Vec<u32>,
    /// The slots of each id's points.
    by_id: HashMap<Uuid, Vec<u32>>,
}

impl<T> Default for SpatialIndex<T> {
    fn default() -> Self {
        Self {
            base: RTree::new(),
            delta: RTree::new(),
            slots: Vec::new(),
            free: Vec::new(),
            by_id: HashMap::new(),
        }
    }
}

impl<T> SpatialIndex<T> {
    /// Builds the index in one pass (bulk load). Items with the same id are points of one thing.
    pub fn bulk_load(items: Vec<IndexItem<T>>) -> Self {
        let mut slots: Vec<Option<Slot<T>>> = Vec::with_capacity(items.len());
        let mut by_id: HashMap<Uuid, Vec<u32>> = HashMap::with_capacity(items.len());
        for item in items {
            by_id.entry(item.id).or_default().push(slots.len() as u32);
            slots.push(Some(Slot {
                in_base: true,
                id: item.id,
                shared: false,
                point: item.point,
                mask: item.mask,
                payload: item.payload,
            }));
        }
        for points in by_id.values().filter(|points| points.len() > 1) {
            for &slot in points {
                if let Some(Some(s)) = slots.get_mut(slot as usize) {
                    s.shared = true;
                }
            }
        }
        let mut index = Self {
            base: RTree::new(),
            delta: RTree::new(),
            slots,
            free: Vec::new(),
            by_id,
        };
        index.rebuild();
        index
    }

    /// Bulk-loads every live item into a new base and empties the delta.
    fn rebuild(&mut self) {
        let entries: Vec<Entry> = self
            .slots
            .iter_mut()
            .enumerate()
            .filter_map(|(i, s)| {
                let s = s.as_mut()?;
                s.in_base = true;
                Some(Entry {
                    xyz: to_f32(s.point),
                    slot: i as u32,
                    mask: s.mask.0,
                })
            })
            .collect();
        self.base = RTree::bulk_load(entries);
        self.delta = RTree::new();
    }

    /// Number of ids (a thing at several points counts once).
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The payload of an id's first point.
    pub fn get(&self, id: &Uuid) -> Option<&T> {
        let slot = *self.by_id.get(id)?.first()?;
        self.slots.get(slot as usize)?.as_ref().map(|s| &s.payload)
    }

    fn entry_of(&self, slot: u32) -> Option<Entry> {
        let s = self.slots.get(slot as usize)?.as_ref()?;
        Some(Entry {
            xyz: to_f32(s.point),
            slot,
            mask: s.mask.0,
        })
    }

    /// Removes every point of an id; returns whether there was any.
    pub fn remove(&mut self, id: &Uuid) -> bool {
        let Some(points) = self.by_id.remove(id) else {
            return false;
        };
        for slot in points {
            let in_base = self
                .slots
                .get(slot as usize)
                .and_then(Option::as_ref)
                .is_some_and(|s| s.in_base);
            if !in_base && let Some(entry) = self.entry_of(slot) {
                self.delta.remove(&entry);
            }
            // A base leaf stays as a tombstone until the next rebuild; its slot may be reused at once, because a
            // reused slot is never `in_base` until then.
            if let Some(s) = self.slots.get_mut(slot as usize) {
                *s = None;
            }
            self.free.push(slot);
        }
        true
    }

    /// Adds an item, replacing every point its id had. Searchable as soon as this returns.
    pub fn upsert(&mut self, item: IndexItem<T>) {
        self.replace(item.id, vec![item]);
    }

    /// Puts an id at the items' points (all with that id), replacing every point it had; no items removes it.
    pub fn replace(&mut self, id: Uuid, items: Vec<IndexItem<T>>) {
        self.remove(&id);
        let shared = items.len() > 1;
        for item in items.into_iter().filter(|item| item.id == id) {
            self.insert(item, shared);
        }
    }

    fn insert(&mut self, item: IndexItem<T>, shared: bool) {
        let slot = match self.free.pop() {
            Some(slot) => slot,
            None => {
                self.slots.push(None);
                (self.slots.len() - 1) as u32
            }
        };
        self.delta.insert(Entry {
            xyz: to_f32(item.point),
            slot,
            mask: item.mask.0,
        });
        self.by_id.entry(item.id).or_default().push(slot);
        if let Some(s) = self.slots.get_mut(slot as usize) {
            *s = Some(Slot {
                in_base: false,
                id: item.id,
                shared,
                point: item.point,
                mask: item.mask,
                payload: item.payload,
            });
        }
        if self.delta.size() > 1024.max(self.base.size() / 8) {
            self.rebuild();
        }
    }

    /// Every point of every id, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&Uuid, LatLon, &T)> {
        self.slots.iter().flatten().map(|s| (&s.id, s.point, &s.payload))
    }

    fn offer(&self, best: &mut BinaryHeap<Best>, query: &Query, candidate: Best) {
        if candidate.distance_m > query.radius_m {
            return;
        }
        let full = best.len() >= query.limit;
        if full && best.peek().is_some_and(|worst| candidate >= *worst) {
            return;
        }
        // One result per id, at its nearest point: only ids with several points need the look.
        if candidate.shared
            && let Some(same) = best.iter().find(|b| b.id == candidate.id)
        {
            if *same <= candidate {
                return;
            }
            let id = candidate.id;
            best.retain(|b| b.id != id);
            best.push(candidate);
            return;
        }
        if best.len() < query.limit {
            best.push(candidate);
        } else if best.peek().is_some_and(|worst| candidate < *worst) {
            best.pop();
            best.push(candidate);
        }
    }

    fn hits_of(&self, best: BinaryHeap<Best>) -> Vec<Hit<'_, T>> {
        best.into_sorted_vec()
            .into_iter()
            .filter_map(|b| {
                let s = self.slots.get(b.slot as usize)?.as_ref()?;
                Some(Hit {
                    id: s.id,
                    point: s.point,
                    distance_m: b.distance_m,
                    payload: &s.payload,
                })
            })
            .collect()
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "the walk's state, passed explicitly to keep borrows simple"
    )]
    fn expand<'t>(
        &'t self,
        origin: LatLon,
        q: [f32; 3],
        query: &Query,
        accept: &impl Fn(&T) -> bool,
        children: &'t [RTreeNode<Entry>],
        in_base: bool,
        pending: &mut BinaryHeap<Reverse<Pending<'t>>>,
        best: &mut BinaryHeap<Best>,
    ) {
        // A leaf farther (in chord terms, from its f32 point) than the radius or the current k-th result cannot
        // be a result: skip it before the haversine and the caller's checks. The bound only shrinks while this
        // loop runs, so taking it once here is safe.
        let bound_m = match best.peek() {
            Some(worst) if best.len() >= query.limit => worst.distance_m.min(query.radius_m),
            _ => query.radius_m,
        };
        let bound_chord = m_to_chord(bound_m + SLACK_M);
        let bound_2 = if bound_chord >= 2.0 {
            f32::INFINITY
        } else {
            (bound_chord * bound_chord) as f32
        };
        for child in children {
            match child {
                RTreeNode::Leaf(entry) => {
                    if !query.admits(entry.mask) || squared_distance(entry.xyz, q) > bound_2 {
                        continue;
                    }
                    let Some(slot) = self.slots.get(entry.slot as usize).and_then(Option::as_ref) else {
                        continue;
                    };
                    if slot.in_base != in_base || !accept(&slot.payload) {
                        continue;
                    }
                    let candidate = Best {
                        distance_m: distance_m(origin, slot.point),
                        id: slot.id,
                        slot: entry.slot,
                        shared: slot.shared,
                    };
                    self.offer(best, query, candidate);
                }
                RTreeNode::Parent(parent) => {
                    let envelope = parent.envelope();
                    if query.admits(envelope.mask) {
                        pending.push(Reverse(Pending {
                            lower_bound_2: envelope.distance_2(&q),
                            node: child,
                            in_base,
                        }));
                    }
                }
            }
        }
    }

    /// The `query.limit` nearest items within `query.radius_m` of `origin` whose masks satisfy every clause and
    /// for which `accept` returns true, nearest first (ties by id).
    pub fn nearest(&self, origin: LatLon, query: &Query, accept: impl Fn(&T) -> bool) -> Vec<Hit<'_, T>> {
        if query.limit == 0 {
            return Vec::new();
        }
        let q = to_f32(origin);
        let mut best: BinaryHeap<Best> = BinaryHeap::with_capacity(query.limit + 1);
        let mut pending: BinaryHeap<Reverse<Pending<'_>>> = BinaryHeap::new();
        for (tree, in_base) in [(&self.base, true), (&self.delta, false)] {
            let root = tree.root();
            if query.admits(root.envelope().mask) {
                self.expand(
                    origin,
                    q,
                    query,
                    &accept,
                    root.children(),
                    in_base,
                    &mut pending,
                    &mut best,
                );
            }
        }
        while let Some(Reverse(next)) = pending.pop() {
            let lower_bound_m = chord_to_m(f64::from(next.lower_bound_2).sqrt()) - SLACK_M;
            if lower_bound_m > query.radius_m {
                break;
            }
            if best.len() == query.limit && best.peek().is_some_and(|worst| lower_bound_m > worst.key().0) {
                break;
            }
            if let RTreeNode::Parent(parent) = next.node {
                self.expand(
                    origin,
                    q,
                    query,
                    &accept,
                    parent.children(),
                    next.in_base,
                    &mut pending,
                    &mut best,
                );
            }
        }
        self.hits_of(best)
    }

    /// The same answer as [`Self::nearest`], by computing the distance to every item. The baseline for
    /// benchmarks and the oracle for property tests.
    pub fn brute_force_nearest(
        &self,
        origin: LatLon,
        query: &Query,
        accept: impl Fn(&T) -> bool,
    ) -> Vec<Hit<'_, T>> {
        if query.limit == 0 {
            return Vec::new();
        }
        let mut best: BinaryHeap<Best> = BinaryHeap::with_capacity(query.limit + 1);
        for (i, slot) in self.slots.iter().enumerate() {
            let Some(s) = slot else { continue };
            if query.admits(s.mask.0) && accept(&s.payload) {
                let candidate = Best {
                    distance_m: distance_m(origin, s.point),
                    id: s.id,
                    slot: i as u32,
                    shared: s.shared,
                };
                self.offer(&mut best, query, candidate);
            }
        }
        self.hits_of(best)
    }
}
