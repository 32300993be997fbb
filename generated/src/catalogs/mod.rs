// @generated from the list of catalogs/ by `cargo xtask generate`. Do not edit: change the source and rerun.

/// Oracle Cloud Infrastructure: error codes.
#[cfg(feature = "oci")]
#[cfg_attr(docsrs, doc(cfg(feature = "oci")))]
#[path = "oci.rs"]
pub mod oci;
