//! The crates whose catalogs the command knows: one line per crate, each the crate's own index
//! (`CATALOGS`, generated beside its modules). A new provider crate is one line here and its
//! dependency in `Cargo.toml`.

use cloud_errors::index::Catalog;

/// Every crate's catalogs, the seed crate first.
pub static CRATES: &[&[Catalog]] = &[
    cloud_errors::CATALOGS,
    cloud_errors_alibaba::CATALOGS,
    cloud_errors_aws::CATALOGS,
    cloud_errors_tencent::CATALOGS,
];

/// Every catalog of every crate, in registry order.
pub fn catalogs() -> impl Iterator<Item = &'static Catalog> {
    CRATES.iter().flat_map(|catalogs| catalogs.iter())
}
