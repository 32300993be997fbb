//! Support for emitted code: the static tables a `Code` enum reads, its perfect-hash lookup and the
//! variant-index conversions. Not public API: only code emitted by `cloud-errors-codegen` (the
//! generator and `#[cloud_error]`) may use it, and it may change in any release.

use core::mem::MaybeUninit;

use crate::code::{Known, Messages};
use crate::{Category, ErrorCode, Locale, Retry, StatusRule};

pub use crate::code::unknown_description;

/// The string hash of generated lookups; the generator builds its perfect hashes with it.
#[path = "hash.rs"]
pub mod code_hash;

#[cfg(feature = "serde")]
pub use serde;

/// Many strings in one blob: string `i` is `text[ends[i]..ends[i + 1]]`. One blob and `u32`
/// offsets instead of a `&str` per string saves a 16-byte pointer and a relocation per string.
#[derive(Clone, Copy, Debug)]
pub struct Strings {
    pub text: &'static str,
    /// `len() + 1` offsets, the first 0.
    pub ends: &'static [u32],
}

impl Strings {
    pub const EMPTY: Strings = Strings { text: "", ends: &[0] };

    #[inline]
    pub fn get(&self, index: usize) -> &'static str {
        &self.text[self.ends[index] as usize..self.ends[index + 1] as usize]
    }

    /// String `index` of a text column, "" past its end: a language column no code uses is
    /// emitted as [`Strings::EMPTY`] rather than as a run of empty strings.
    #[inline]
    pub fn get_or_empty(&self, index: usize) -> &'static str {
        if index + 1 < self.ends.len() {
            self.get(index)
        } else {
            ""
        }
    }
}

/// The perfect-hash parameters the generator found for a catalog's codes (see `hash.rs`).
#[derive(Clone, Copy, Debug)]
pub struct PerfectHash {
    pub seed: u64,
    /// One pilot per bucket; never empty.
    pub pilots: &'static [u16],
    /// Each slot's code and its index, `("", EMPTY_SLOT)` for none; never empty. The code sits
    /// beside its index so that a lookup compares it after one load, not after a second,
    /// dependent one into `Table::codes` (a cache miss more per lookup in a large catalog).
    pub slots: &'static [(&'static str, u32)],
}

impl PerfectHash {
    pub const EMPTY_SLOT: u32 = u32::MAX;
}

/// Everything a catalog knows about its codes, one column per property, indexed by the code's
/// position in the catalog (which is also its variant's discriminant).
///
/// Emitted code keeps each column in a `static` and the `Table` in a constant (`Generated::TABLE`)
/// referring to them: the code reading a column then knows its address and length at compile time,
/// and `code()`, `retry()`… compile to an array index. A column no code has data in gets no
/// `static`: the constant takes it from [`Table::EMPTY`] (`..Table::EMPTY`), so a crate of many
/// catalogs does not compile a dozen empty statics per catalog.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    /// The wire codes, one `&str` each rather than in a blob: `code()` is then one load, like an
    /// array's, where slicing a blob costs two offset loads and two char-boundary checks
    /// (measured in codegen/DECISIONS.md).
    pub codes: &'static [&'static str],
    /// The codes whose variant name is not their wire code without its dots, ascending: `Debug`
    /// prints the variant's name, and most names are that (`InvalidParameter.Value` is
    /// `InvalidParameterValue`).
    pub name_codes: &'static [u32],
    /// The variant names of `name_codes`, in this order.
    pub names: &'static Strings,
    /// One column per language; a text the catalog lacks is "" (see `in_locale`).
    pub descriptions_en: &'static Strings,
    pub descriptions_ja: &'static Strings,
    pub descriptions_zh: &'static Strings,
    /// The codes that have troubleshooting help, ascending: few do, so the help columns hold
    /// theirs only, in this order.
    pub help_codes: &'static [u32],
    pub help_en: &'static Strings,
    pub help_ja: &'static Strings,
    pub help_zh: &'static Strings,
    /// The catalog's first language: the last step of the fallback chain.
    pub first_locale: Locale,
    pub statuses: &'static [u16],
    /// `len() + 1` offsets into `statuses`; empty when `statuses` is.
    pub status_ends: &'static [u32],
    /// The codes an answer at one of their statuses with an empty body is read as (the catalog's
    /// `empty_body: true`), ascending; no two share a status.
    pub empty_body_codes: &'static [u32],
    pub retry: &'static [Retry],
    pub category: &'static [Category],
    pub messages: &'static Strings,
    /// `len() + 1` offsets into `messages`; empty when no code has a message.
    pub message_ends: &'static [u32],
    pub index: PerfectHash,
    pub status_rules: &'static [StatusRule],
}

impl Table {
    /// A table of no codes, every column empty: the base of each emitted table's literal, which
    /// writes the columns it has data for. Its perfect hash has one empty slot, so `find` never
    /// matches.
    pub const EMPTY: Table = Table {
        codes: &[],
        name_codes: &[],
        names: &Strings::EMPTY,
        descriptions_en: &Strings::EMPTY,
        descriptions_ja: &Strings::EMPTY,
        descriptions_zh: &Strings::EMPTY,
        help_codes: &[],
        help_en: &Strings::EMPTY,
        help_ja: &Strings::EMPTY,
        help_zh: &Strings::EMPTY,
        first_locale: Locale::En,
        statuses: &[],
        status_ends: &[],
        empty_body_codes: &[],
        retry: &[],
        category: &[],
        messages: &Strings::EMPTY,
        message_ends: &[],
        index: PerfectHash {
            seed: 0,
            pilots: &[0],
            slots: &[("", PerfectHash::EMPTY_SLOT)],
        },
        status_rules: &[],
    };

    /// The number of codes.
    #[inline]
    pub const fn code_count(&self) -> u32 {
        self.retry.len() as u32
    }

    /// The position of `code` in the catalog, by one hash, two table loads and one comparison.
    ///
    /// Always inlined, so that in `from_known_code::<C>` the table is `C::TABLE`, a constant: its
    /// columns' addresses and lengths become part of the instructions. Left to the compiler, it
    /// was called out of line once the hash was inlined into it, reading them from memory on
    /// every lookup (codegen/DECISIONS.md).
    #[inline(always)]
    pub fn find(&self, code: &str) -> Option<u32> {
        let index = &self.index;
        let hash = code_hash::hash(index.seed, code.as_bytes());
        let pilot = index.pilots[code_hash::bucket(hash, index.pilots.len())];
        let (slot_code, found) = index.slots[code_hash::slot(hash, pilot, index.slots.len())];
        // An empty slot holds "": never a code, but `code` may be "".
        (slot_code == code && found != PerfectHash::EMPTY_SLOT).then_some(found)
    }

    #[inline]
    pub fn code(&self, index: u32) -> &'static str {
        self.codes[index as usize]
    }

    /// Writes the variant name of code `index`: the code without its dots, but for the few
    /// codes in `name_codes`.
    pub fn write_name(&self, index: u32, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.name_codes.binary_search(&index) {
            Ok(at) => f.write_str(self.names.get(at)),
            Err(_) => self.code(index).split('.').try_for_each(|part| f.write_str(part)),
        }
    }

    #[inline]
    pub fn http_statuses(&self, index: u32) -> &'static [u16] {
        &self.statuses[entries(self.status_ends, index)]
    }

    /// The code an answer at `status` with an empty body is read as (`empty_body: true`).
    pub fn from_empty_body(&self, status: u16) -> Option<u32> {
        (self.empty_body_codes.iter().copied()).find(|&index| self.http_statuses(index).contains(&status))
    }

    #[inline]
    pub fn retry(&self, index: u32) -> Retry {
        self.retry[index as usize]
    }

    #[inline]
    pub fn category(&self, index: u32) -> Category {
        self.category[index as usize]
    }

    /// Text `index` of the columns `[en, ja, zh]` along the chain of [`Locale`]: the requested
    /// language, English, the catalog's first language. "" only when every column lacks it.
    #[inline]
    fn in_locale(&self, columns: [&'static Strings; 3], index: usize, locale: Locale) -> &'static str {
        let column = |locale: Locale| match locale {
            Locale::En => columns[0],
            Locale::Ja => columns[1],
            Locale::Zh => columns[2],
        };
        [locale, Locale::En, self.first_locale]
            .into_iter()
            .map(|locale| column(locale).get_or_empty(index))
            .find(|text| !text.is_empty())
            .unwrap_or("")
    }

    /// Never "" for a code of the table: the generator requires a description in one of the
    /// catalog's languages, and the chain ends at its first.
    #[inline]
    pub fn description_in(&self, index: u32, locale: Locale) -> &'static str {
        let columns = [self.descriptions_en, self.descriptions_ja, self.descriptions_zh];
        self.in_locale(columns, index as usize, locale)
    }

    #[inline]
    pub fn help_in(&self, index: u32, locale: Locale) -> Option<&'static str> {
        let at = self.help_codes.binary_search(&index).ok()?;
        let text = self.in_locale([self.help_en, self.help_ja, self.help_zh], at, locale);
        (!text.is_empty()).then_some(text)
    }

    #[inline]
    pub fn messages(&self, index: u32) -> Messages {
        Messages {
            strings: *self.messages,
            range: entries(self.message_ends, index),
        }
    }
}

/// Where code `index`'s entries are in a column sliced by `ends` (`status_ends`, `message_ends`):
/// none for every code when `ends` is empty, the column left out. In a generated accessor the
/// table is a constant, so which case applies is decided at compile time.
#[inline]
fn entries(ends: &[u32], index: u32) -> core::ops::Range<usize> {
    match ends {
        [] => 0..0,
        ends => ends[index as usize] as usize..ends[index as usize + 1] as usize,
    }
}

/// The prefixes of a dotted code, nearest first: `A.B.C` gives `A.B`, then `A`.
pub fn ancestors(code: &str) -> impl Iterator<Item = &str> {
    let mut rest = code;
    core::iter::from_fn(move || {
        let dot = rest.rfind('.')?;
        rest = &rest[..dot];
        Some(rest)
    })
}

/// What emitted code tells the runtime about a `Code` enum; every behaviour of [`ErrorCode`] is
/// then written once, here, generically.
///
/// Fieldless variants map to their table index and back through the enum's discriminant instead
/// of a `match` of one arm per code: such matches are what make a 10,000-code enum take minutes to
/// compile in release (BENCHMARKS.md has the measurements).
///
/// # Safety
/// The implementor must be `#[repr(u32)]`, and its variants with the discriminants
/// `0..TABLE.code_count()` must be exactly its fieldless variants, variant `i` being code `i` of
/// `TABLE`. [`tag_of`] and [`from_tag`] rely on the layout that the Rust reference guarantees for
/// such enums ("primitive representation of enums with fields"): a `repr(C)` union of `repr(C)`
/// structs, each of which starts with the `u32` tag. So the first four bytes of any value are its
/// discriminant, and a fieldless variant is nothing but its tag.
// Every `ErrorCode` comes from here, so a type that is none (a wrong `extends`) fails on this
// trait: say so in the user's words rather than naming internals.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an error code type of cloud-errors",
    label = "not a catalog's `Code` nor a `#[cloud_error]` enum",
    note = "`extends` takes a catalog's `Code`, such as `cloud_errors::tencent::Code`, or an enum annotated with `#[cloud_error]`"
)]
pub unsafe trait Generated:
    Sized + Clone + Eq + core::hash::Hash + core::fmt::Debug + 'static
{
    /// The catalog's codes. A constant referring to the columns' statics (not a static itself),
    /// so that generic code reading it knows the columns' addresses and lengths when it is
    /// compiled.
    const TABLE: &'static Table;
    /// Which kind of variant `self` is. The generic code asks only past the known codes' tags
    /// (`entry_of`), but the answer is whole.
    fn entry(&self) -> Entry<'_>;
    /// The extended catalog's code for `code`, if this enum extends one and it knows `code`.
    fn from_base_code(code: &str) -> Option<Self>;
    /// The catch-all variant holding `code`.
    fn unknown(code: String) -> Self;
}

/// The three kinds of variant a `Code` enum has.
pub enum Entry<'a> {
    /// A code of this catalog, by index.
    Known(u32),
    /// A known code of the extended catalog.
    Base(&'a dyn DynErrorCode),
    /// A code no catalog knows.
    Unknown(&'a str),
}

/// The object-safe part of [`ErrorCode`], so an extending enum reaches its base's behaviour.
// As on `Generated`: a wrong `extends` reaches this trait first.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an error code type of cloud-errors",
    label = "not a catalog's `Code` nor a `#[cloud_error]` enum",
    note = "`extends` takes a catalog's `Code`, such as `cloud_errors::tencent::Code`, or an enum annotated with `#[cloud_error]`"
)]
pub trait DynErrorCode: core::fmt::Debug {
    fn code(&self) -> &str;
    fn http_statuses(&self) -> &'static [u16];
    fn retry(&self) -> Retry;
    fn category(&self) -> Category;
    fn description_in(&self, locale: Locale) -> &'static str;
    fn help_in(&self, locale: Locale) -> Option<&'static str>;
    fn messages(&self) -> Messages;
}

impl<C: ErrorCode> DynErrorCode for C {
    fn code(&self) -> &str {
        ErrorCode::code(self)
    }
    fn http_statuses(&self) -> &'static [u16] {
        ErrorCode::http_statuses(self)
    }
    fn retry(&self) -> Retry {
        ErrorCode::retry(self)
    }
    fn category(&self) -> Category {
        ErrorCode::category(self)
    }
    fn description_in(&self, locale: Locale) -> &'static str {
        ErrorCode::description_in(self, locale)
    }
    fn help_in(&self, locale: Locale) -> Option<&'static str> {
        ErrorCode::help_in(self, locale)
    }
    fn messages(&self) -> Messages {
        ErrorCode::messages(self)
    }
}

/// The tag of a code of the table; `None` for `Base` and `Unknown`, whose tags follow the codes'.
/// The code count is a constant where `C` is used (`TABLE` is a constant): one comparison, which
/// also proves to the compiler that indexing any column with the tag is in bounds.
#[inline(always)]
fn known_tag<C: Generated>(value: &C) -> Option<u32> {
    let tag = tag_of(value);
    (tag < C::TABLE.code_count()).then_some(tag)
}

/// Which kind of variant `value` is, asking the generated `entry` only past the known codes.
#[inline(always)]
fn entry_of<C: Generated>(value: &C) -> Entry<'_> {
    match known_tag(value) {
        Some(tag) => Entry::Known(tag),
        None => value.entry(),
    }
}

/// The discriminant of `value`.
#[inline(always)]
pub fn tag_of<C: Generated>(value: &C) -> u32 {
    // SAFETY: by the `Generated` contract `C` is `#[repr(u32)]`, so every value of `C` begins
    // with its initialised `u32` tag, suitably aligned.
    unsafe { *(value as *const C).cast::<u32>() }
}

/// The fieldless variant for code `index` of `C::TABLE`. Panics if there is none.
#[inline(always)]
pub fn from_tag<C: Generated>(index: u32) -> C {
    assert!(index < C::TABLE.code_count(), "no code has this index");
    let mut value = MaybeUninit::<C>::uninit();
    // SAFETY: by the `Generated` contract `C` is `#[repr(u32)]` and `index` is the discriminant
    // of a fieldless variant, whose whole representation is the `u32` tag at offset 0 (a repr(C)
    // struct holding only the tag); the other bytes of the union may stay uninitialised.
    unsafe {
        value.as_mut_ptr().cast::<u32>().write(index);
        value.assume_init()
    }
}

#[inline]
pub fn from_known_code<C: Generated>(code: &str) -> Option<C> {
    match C::TABLE.find(code) {
        Some(index) => Some(from_tag(index)),
        None => C::from_base_code(code),
    }
}

#[inline]
pub fn from_code<C: Generated>(code: &str) -> C {
    from_known_code(code).unwrap_or_else(|| C::unknown(code.to_owned()))
}

#[inline]
pub fn code<C: Generated>(value: &C) -> &str {
    match known_tag(value) {
        Some(tag) => C::TABLE.code(tag),
        None => code_not_in_table(value),
    }
}

// The accessors that run in loops (`code`, and those through `inherited`) read a known code's
// column inline and leave `Base` and `Unknown` to a function of their own, cold and out of line.
// With those paths inline, the calls only they make (the base's accessors, the ancestor search)
// made the compiler keep a calling loop's values out of registers: spills and reloads on every
// iteration (`--bench lookup`; a cold call returning the `Entry`, matched inline, did not help:
// BENCHMARKS.md has the runs).

#[cold]
#[inline(never)]
fn code_not_in_table<C: Generated>(value: &C) -> &str {
    match value.entry() {
        Entry::Known(index) => C::TABLE.code(index),
        Entry::Base(base) => base.code(),
        Entry::Unknown(code) => code,
    }
}

#[inline]
pub fn is_known<C: Generated>(value: &C) -> bool {
    !matches!(entry_of(value), Entry::Unknown(_))
}

/// The nearest known ancestor of an unknown dotted code, in this catalog or the one it extends.
fn known_ancestor<C: Generated>(code: &str) -> Option<C> {
    ancestors(code).find_map(from_known_code::<C>)
}

/// Answers `property` for a known code, for an unknown code from its nearest known ancestor, and
/// with `fallback` where there is none.
#[inline]
fn inherited<C: Generated, T>(
    value: &C,
    known: impl Fn(u32) -> T,
    base: impl Fn(&dyn DynErrorCode) -> T,
    fallback: T,
) -> T {
    match known_tag(value) {
        Some(tag) => known(tag),
        None => inherited_not_in_table(value, known, base, fallback),
    }
}

/// `inherited` for `Base` and `Unknown` (see `code_not_in_table`).
#[cold]
#[inline(never)]
fn inherited_not_in_table<C: Generated, T>(
    value: &C,
    known: impl Fn(u32) -> T,
    base: impl Fn(&dyn DynErrorCode) -> T,
    fallback: T,
) -> T {
    match value.entry() {
        Entry::Known(index) => known(index),
        Entry::Base(code) => base(code),
        Entry::Unknown(code) => match known_ancestor::<C>(code) {
            Some(ancestor) => match entry_of(&ancestor) {
                Entry::Known(index) => known(index),
                Entry::Base(code) => base(code),
                Entry::Unknown(_) => fallback,
            },
            None => fallback,
        },
    }
}

#[inline]
pub fn http_statuses<C: Generated>(value: &C) -> &'static [u16] {
    inherited(value, |i| C::TABLE.http_statuses(i), |b| b.http_statuses(), &[])
}

#[inline]
pub fn retry<C: Generated>(value: &C) -> Retry {
    inherited(value, |i| C::TABLE.retry(i), |b| b.retry(), Retry::Never)
}

#[inline]
pub fn category<C: Generated>(value: &C) -> Category {
    inherited(
        value,
        |i| C::TABLE.category(i),
        |b| b.category(),
        Category::Unknown,
    )
}

#[inline]
pub fn description_in<C: Generated>(value: &C, locale: Locale) -> &'static str {
    match entry_of(value) {
        Entry::Known(index) => C::TABLE.description_in(index, locale),
        Entry::Base(base) => base.description_in(locale),
        Entry::Unknown(_) => unknown_description(locale),
    }
}

#[inline]
pub fn help_in<C: Generated>(value: &C, locale: Locale) -> Option<&'static str> {
    match entry_of(value) {
        Entry::Known(index) => C::TABLE.help_in(index, locale),
        Entry::Base(base) => base.help_in(locale),
        Entry::Unknown(_) => None,
    }
}

#[inline]
pub fn messages<C: Generated>(value: &C) -> Messages {
    match entry_of(value) {
        Entry::Known(index) => C::TABLE.messages(index),
        Entry::Base(base) => base.messages(),
        Entry::Unknown(_) => Messages::EMPTY,
    }
}

pub fn status_rule<C: Generated>(status: u16) -> Option<&'static StatusRule> {
    C::TABLE.status_rules.iter().find(|rule| rule.status == status)
}

pub fn from_empty_body<C: Generated>(status: u16) -> Option<C> {
    C::TABLE.from_empty_body(status).map(from_tag)
}

pub fn known<C: Generated>() -> Known<C> {
    Known {
        indices: 0..C::TABLE.code_count(),
        make: from_tag::<C>,
    }
}

/// Equality as a derived impl has it: same variant, same field.
#[inline]
pub fn eq<C: Generated>(a: &C, b: &C) -> bool {
    tag_of(a) == tag_of(b)
        && match (entry_of(a), entry_of(b)) {
            (Entry::Base(a), Entry::Base(b)) => a.code() == b.code(),
            (Entry::Unknown(a), Entry::Unknown(b)) => a == b,
            _ => true,
        }
}

/// Hashing consistent with [`eq`].
pub fn hash<C: Generated, H: core::hash::Hasher>(value: &C, state: &mut H) {
    use core::hash::Hash;
    tag_of(value).hash(state);
    match entry_of(value) {
        Entry::Known(_) => {}
        Entry::Base(base) => base.code().hash(state),
        Entry::Unknown(code) => code.hash(state),
    }
}

/// `Debug` of a known code is its variant's name, as a derived impl would print it.
pub fn debug<C: Generated>(value: &C, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    match entry_of(value) {
        Entry::Known(index) => C::TABLE.write_name(index, f),
        Entry::Base(base) => f.debug_tuple("Base").field(&base).finish(),
        Entry::Unknown(code) => f.debug_tuple("Unknown").field(&code).finish(),
    }
}

impl<C: Generated> ErrorCode for C
where
    C: core::fmt::Display + core::str::FromStr<Err = core::convert::Infallible> + Send + Sync,
{
    fn from_code(code: &str) -> Self {
        from_code(code)
    }
    fn from_known_code(code: &str) -> Option<Self> {
        from_known_code(code)
    }
    fn code(&self) -> &str {
        code(self)
    }
    fn is_known(&self) -> bool {
        is_known(self)
    }
    fn http_statuses(&self) -> &'static [u16] {
        http_statuses(self)
    }
    fn retry(&self) -> Retry {
        retry(self)
    }
    fn category(&self) -> Category {
        category(self)
    }
    fn description_in(&self, locale: Locale) -> &'static str {
        description_in(self, locale)
    }
    fn help_in(&self, locale: Locale) -> Option<&'static str> {
        help_in(self, locale)
    }
    fn messages(&self) -> Messages {
        messages(self)
    }
    fn known() -> Known<Self> {
        known()
    }
    fn status_rule(status: u16) -> Option<&'static StatusRule> {
        status_rule::<C>(status)
    }
    fn from_empty_body(status: u16) -> Option<Self> {
        from_empty_body(status)
    }
}

/// The entry of a `Base` variant (see [`impl_code!`]).
#[inline]
pub fn base_entry<B: ErrorCode>(code: &B) -> Entry<'_> {
    Entry::Base(code)
}

/// A column of retry classes from the generator's compact form: one byte per code, `b'a'` for
/// the first of [`Retry::ALL`], `b'b'` for the second… Evaluated at compile time.
pub const fn retry_column<const N: usize>(column: &[u8; N]) -> [Retry; N] {
    let mut out = [Retry::Never; N];
    let mut i = 0;
    while i < N {
        out[i] = Retry::ALL[(column[i] - b'a') as usize];
        i += 1;
    }
    out
}

/// A column of categories from the generator's compact form, as [`retry_column`] reads retries.
pub const fn category_column<const N: usize>(column: &[u8; N]) -> [Category; N] {
    let mut out = [Category::Unknown; N];
    let mut i = 0;
    while i < N {
        out[i] = Category::ALL[(column[i] - b'a') as usize];
        i += 1;
    }
    out
}

/// The perfect hash's slots from the code index in each slot ([`PerfectHash::EMPTY_SLOT`] for
/// none): each slot gets its code's string beside the index, without the generator writing each
/// code a second time. Evaluated at compile time.
pub const fn slots<const M: usize>(codes: &[&'static str], indices: &[u32; M]) -> [(&'static str, u32); M] {
    let mut out = [("", PerfectHash::EMPTY_SLOT); M];
    let mut i = 0;
    while i < M {
        if indices[i] != PerfectHash::EMPTY_SLOT {
            out[i] = (codes[indices[i] as usize], indices[i]);
        }
        i += 1;
    }
    out
}

/// Everything a `Code` enum implements, the same for every catalog and every `#[cloud_error]`
/// enum: the unsafe [`Generated`] impl, the inherent methods users call, and `Clone`,
/// `PartialEq`, `Eq`, `Hash`, `Debug`, `Display`, `FromStr`, `From<&str>` and (with the `serde`
/// feature) `Serialize`/`Deserialize`. The emitter writes the enum, then, in a `const _` block,
/// the table (its columns as statics and the constant `TABLE: &Table` referring to them) and one
/// line:
///
/// ```text
/// ::cloud_errors::__private::impl_code!(unsafe impl Code);
/// ::cloud_errors::__private::impl_code!(unsafe impl Code, ::cloud_errors::tencent::Code);
/// ```
///
/// The optional type is the `ErrorCode` the enum extends (the enum then has a `Base` variant
/// holding it). `TABLE` is an item of the invoking scope: `macro_rules!` resolves item names where
/// it is invoked. It is a constant, not a static: code reading a column then knows its address and
/// length when it is compiled (see [`Table`]). `unsafe impl` says that the invoker upholds
/// [`Generated`]'s contract, which the impl relies on.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_code {
    (unsafe impl $ty:ident $(, $base:ty)?) => {
        // SAFETY: the invoker (the emitter in `cloud-errors-codegen`, `emit::code_enum`) writes
        // `$ty` as a `#[repr(u32)]` enum whose first variants are fieldless, one per code of
        // `TABLE` in the table's order, with implicit discriminants (so exactly `0..N`), followed
        // only by `Base` (if it extends a catalog) and `Unknown`, both holding a field. That is
        // the contract of `Generated`, on which `tag_of` and `from_tag` rely.
        unsafe impl $crate::__private::Generated for $ty {
            const TABLE: &'static $crate::__private::Table = TABLE;

            #[inline]
            fn entry(&self) -> $crate::__private::Entry<'_> {
                match self {
                    $(Self::Base(code) => $crate::__private::base_entry::<$base>(code),)?
                    Self::Unknown(code) => $crate::__private::Entry::Unknown(code),
                    known => $crate::__private::Entry::Known($crate::__private::tag_of(known)),
                }
            }

            #[inline]
            #[allow(unreachable_code)]
            fn from_base_code(code: &str) -> ::core::option::Option<Self> {
                $(return <$base as $crate::ErrorCode>::from_known_code(code).map(Self::Base);)?
                let _ = code;
                ::core::option::Option::None
            }

            #[inline]
            fn unknown(code: ::std::string::String) -> Self {
                Self::Unknown(code)
            }
        }

        impl $ty {
            /// How many codes the catalog defines itself.
            pub const KNOWN_COUNT: usize = TABLE.code_count() as usize;

            /// Looks a wire code up exactly (case-sensitive); a code the catalog does not know
            /// is kept verbatim in `Unknown`, whose `String` is the only allocation. Use
            /// `from_known_code` to look up without allocating.
            #[inline]
            pub fn from_code(code: &str) -> Self {
                $crate::__private::from_code(code)
            }

            /// The code if the catalog knows it, `None` otherwise; does not allocate.
            #[inline]
            pub fn from_known_code(code: &str) -> ::core::option::Option<Self> {
                $crate::__private::from_known_code(code)
            }

            /// The wire string, exactly as the service sends it.
            #[inline]
            pub fn code(&self) -> &str {
                $crate::__private::code(self)
            }

            /// `false` for `Unknown`.
            #[inline]
            pub fn is_known(&self) -> bool {
                $crate::__private::is_known(self)
            }

            /// The documented HTTP statuses; empty where none are documented. An unknown
            /// dotted code has those of its nearest known ancestor.
            #[inline]
            pub fn http_statuses(&self) -> &'static [u16] {
                $crate::__private::http_statuses(self)
            }

            /// Whether retrying can help; an unknown dotted code inherits the class of its
            /// nearest known ancestor, and is `Never` without one.
            #[inline]
            pub fn retry(&self) -> $crate::Retry {
                $crate::__private::retry(self)
            }

            /// `true` exactly when `retry()` is `Retry::Backoff`.
            #[inline]
            pub fn is_retryable(&self) -> bool {
                self.retry().is_retryable()
            }

            /// The provider-neutral category; unknown codes inherit it like `retry()`.
            #[inline]
            pub fn category(&self) -> $crate::Category {
                $crate::__private::category(self)
            }

            /// The English description.
            #[inline]
            pub fn description(&self) -> &'static str {
                $crate::__private::description_in(self, $crate::Locale::En)
            }

            /// The description in the given language.
            #[inline]
            pub fn description_in(&self, locale: $crate::Locale) -> &'static str {
                $crate::__private::description_in(self, locale)
            }

            /// Troubleshooting help in English, where the catalog has any.
            #[inline]
            pub fn help(&self) -> ::core::option::Option<&'static str> {
                $crate::__private::help_in(self, $crate::Locale::En)
            }

            /// Troubleshooting help in the given language, where the catalog has any.
            #[inline]
            pub fn help_in(&self, locale: $crate::Locale) -> ::core::option::Option<&'static str> {
                $crate::__private::help_in(self, locale)
            }

            /// The messages the provider documents for this code.
            #[inline]
            pub fn messages(&self) -> $crate::Messages {
                $crate::__private::messages(self)
            }

            /// Every code the catalog defines itself, in catalog order.
            #[inline]
            pub fn known() -> $crate::Known<Self> {
                $crate::__private::known()
            }

            /// How the catalog classifies a response with this status and no code, if it
            /// documents one.
            #[inline]
            pub fn status_rule(status: u16) -> ::core::option::Option<&'static $crate::StatusRule> {
                $crate::__private::status_rule::<Self>(status)
            }

            /// The code an answer with this status and an empty body is read as, if the catalog
            /// names one.
            #[inline]
            pub fn from_empty_body(status: u16) -> ::core::option::Option<Self> {
                $crate::__private::from_empty_body(status)
            }
        }

        #[automatically_derived]
        impl ::core::clone::Clone for $ty {
            #[inline]
            fn clone(&self) -> Self {
                match self {
                    $(Self::Base(code) => Self::Base(<$base as ::core::clone::Clone>::clone(code)),)?
                    Self::Unknown(code) => Self::Unknown(::core::clone::Clone::clone(code)),
                    known => $crate::__private::from_tag($crate::__private::tag_of(known)),
                }
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq for $ty {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                $crate::__private::eq(self, other)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Eq for $ty {}

        #[automatically_derived]
        impl ::core::hash::Hash for $ty {
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                $crate::__private::hash(self, state)
            }
        }

        // `#[inline]`, like every method here: no non-generic function of a `Code` is compiled
        // where it is defined, only where it is used. A crate of many catalogs then pays no
        // code generation per type (codegen/DECISIONS.md).
        #[automatically_derived]
        impl ::core::fmt::Debug for $ty {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::debug(self, f)
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $ty {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.code())
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $ty {
            type Err = ::core::convert::Infallible;

            #[inline]
            fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(Self::from_code(code))
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<&str> for $ty {
            #[inline]
            fn from(code: &str) -> Self {
                Self::from_code(code)
            }
        }

        $crate::__impl_serde!($ty);
    };
}

pub use crate::__impl_code as impl_code;

/// Serializes a code as its wire string.
#[cfg(feature = "serde")]
pub fn serialize_code<C: crate::ErrorCode, S: serde::Serializer>(
    code: &C,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(code.code())
}

/// Deserializes a code from its wire string; never fails for a string.
#[cfg(feature = "serde")]
pub fn deserialize_code<'de, C: crate::ErrorCode, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    struct WireCode<C>(core::marker::PhantomData<C>);

    impl<'de, C: crate::ErrorCode> serde::de::Visitor<'de> for WireCode<C> {
        type Value = C;

        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("an error code string")
        }

        fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<C, E> {
            Ok(C::from_code(code))
        }
    }

    deserializer.deserialize_str(WireCode(core::marker::PhantomData))
}

/// Implements `Serialize`/`Deserialize` (as the wire string) for an `ErrorCode` when this crate's
/// `serde` feature is on, and nothing otherwise. A macro, so that the feature of `cloud-errors`
/// decides, not a feature of the crate where `#[cloud_error]` expands.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ty) => {
        impl ::cloud_errors::__private::serde::Serialize for $ty {
            fn serialize<S: ::cloud_errors::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                ::cloud_errors::__private::serialize_code(self, serializer)
            }
        }

        impl<'de> ::cloud_errors::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::cloud_errors::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                ::cloud_errors::__private::deserialize_code(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ty) => {};
}

pub use crate::__impl_serde as impl_serde;

#[cfg(test)]
mod tests {
    use super::*;

    /// A table with one code and two slots, so that every lookup lands in one of the two.
    fn table(slots: &'static [(&'static str, u32)]) -> Table {
        Table {
            codes: &["Only"],
            retry: &[Retry::Never],
            category: &[Category::Unknown],
            index: PerfectHash {
                seed: 0,
                pilots: &[0],
                slots,
            },
            ..Table::EMPTY
        }
    }

    #[test]
    fn columns_left_empty_answer_none() {
        let only = table(&[("Only", 0)]);
        assert_eq!(only.http_statuses(0), &[] as &[u16]);
        assert_eq!(only.messages(0).count(), 0);
        assert_eq!(only.help_in(0, Locale::En), None);
        assert_eq!(only.description_in(0, Locale::Ja), "");
        assert_eq!(Table::EMPTY.code_count(), 0);
        assert_eq!(Table::EMPTY.find(""), None);
    }

    /// Three codes: 0 in zh and en, 1 in zh only, 2 in ja only (a catalog `[zh, en, ja]`); help
    /// for code 1 in zh only, none for the others.
    #[test]
    fn texts_fall_back_to_english_then_to_the_first_language() {
        static EN: Strings = Strings {
            text: "zero",
            ends: &[0, 4, 4, 4],
        };
        static JA: Strings = Strings {
            text: "二",
            ends: &[0, 0, 0, 3],
        };
        static ZH: Strings = Strings {
            text: "零一",
            ends: &[0, 3, 6, 6],
        };
        static HELP_ZH: Strings = Strings {
            text: "帮助",
            ends: &[0, 6],
        };
        let table = Table {
            descriptions_en: &EN,
            descriptions_ja: &JA,
            descriptions_zh: &ZH,
            help_codes: &[1],
            help_zh: &HELP_ZH,
            first_locale: Locale::Zh,
            ..table(&[("", PerfectHash::EMPTY_SLOT)])
        };
        let all = |index| Locale::ALL.map(|locale| table.description_in(index, locale));
        assert_eq!(all(0), ["zero", "zero", "零"]);
        assert_eq!(all(1), ["一", "一", "一"]);
        // Neither English nor the first language: a code the checks would reject, answered "".
        assert_eq!(all(2), ["", "二", ""]);
        assert_eq!(table.help_in(1, Locale::Ja), Some("帮助"));
        assert_eq!(table.help_in(0, Locale::Zh), None);
    }

    #[test]
    fn an_empty_code_never_matches_an_empty_slot() {
        // Both slots empty: "" hashes to one of them and compares equal to its "".
        assert_eq!(
            table(&[("", PerfectHash::EMPTY_SLOT), ("", PerfectHash::EMPTY_SLOT)]).find(""),
            None
        );
        let full = table(&[("Only", 0), ("Only", 0)]);
        assert_eq!(full.find("Only"), Some(0));
        assert_eq!(full.find("Other"), None);
    }
}
